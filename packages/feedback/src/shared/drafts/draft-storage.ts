import { del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { draftDatabaseName, draftStoreName } from './draft-database';
import { signOutCount } from './seller-data';

/**
 * Where unfinished writing survives a reload, a route change or a closed tab: a small key-value
 * store. Features keep their own drafts in it under their own keys and validate what they read
 * back (a stored value may come from an older build). Never put a token or a secret in it.
 */
export interface DraftStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Keeps drafts for the page's lifetime only: where IndexedDB is unavailable (private modes, tests). */
export function createMemoryDraftStorage(): DraftStorage {
  const values = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    set: (key, value) => {
      values.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}

/** Thrown inside the store when the seller signed out since the storage was made: nothing is written. */
class SignedOut extends Error {}

/** Opens the database, `version` when given, creating the drafts' store if it is not there yet. */
function openDatabase(version?: number): Promise<IDBDatabase> {
  const request = indexedDB.open(draftDatabaseName, version);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(draftStoreName)) {
      request.result.createObjectStore(draftStoreName);
    }
  };
  return promisifyRequest(request);
}

/**
 * The database with its drafts' store. A database of that name without the store (made by
 * something else that opened it first, a test's probe or a devtools session) is upgraded to
 * have one, rather than leaving every draft to memory.
 */
async function openWithDraftsStore(): Promise<IDBDatabase> {
  const db = await openDatabase();
  if (db.objectStoreNames.contains(draftStoreName)) return db;
  const { version } = db;
  db.close();
  return openDatabase(version + 1);
}

/**
 * The `drafts` store of the `seller-support` database, opened for each operation and closed as
 * soon as its transaction ends. idb-keyval's own `createStore` keeps its connection open for
 * good: one per mount that stayed open, and in memory, after the module unmounted. A sign-out
 * after `generation` turns every operation away, checked when the transaction starts: one started
 * before the sign-out's clearing runs before it.
 */
const draftsStore =
  (generation: number): UseStore =>
  async (txMode, callback) => {
    const db = await openWithDraftsStore();
    try {
      if (signOutCount() !== generation) throw new SignedOut();
      return await callback(db.transaction(draftStoreName, txMode).objectStore(draftStoreName));
    } finally {
      // Closes once the transaction is done: nothing is cut short.
      db.close();
    }
  };

// Once it exists on this page, it goes on existing (a sign-out empties it, it does not delete it).
let databaseSeen = false;

/**
 * Whether the drafts' database may hold anything: false only when the browser lists the origin's
 * databases and it is not among them. Opening a database that does not exist creates it, and the
 * first database of a browser profile costs tens of milliseconds to create, which a seller who
 * never left a draft would wait for before the form shows; a read needs no database to find
 * nothing. Asked each time until it is found: another tab may create it meanwhile.
 */
async function mayHoldDrafts(): Promise<boolean> {
  if (databaseSeen || typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  databaseSeen = databases.some(({ name }) => name === draftDatabaseName);
  return databaseSeen;
}

/**
 * Drafts in IndexedDB (database `seller-support`, store `drafts`), falling back to memory once
 * IndexedDB fails: the seller can still write, the draft then lasts as long as the page. After
 * the seller signs out (`clearSellerData`), it reads nothing and writes nothing.
 */
export function createIdbDraftStorage(): DraftStorage {
  const generation = signOutCount();
  const store = draftsStore(generation);
  const memory = createMemoryDraftStorage();
  let broken = typeof indexedDB === 'undefined';
  const signedOut = () => signOutCount() !== generation;
  async function attempt<T>(
    onIdb: (s: UseStore) => Promise<T>,
    onMemory: () => Promise<T>,
    afterSignOut: T,
  ): Promise<T> {
    if (signedOut()) return afterSignOut;
    if (broken) return onMemory();
    try {
      return await onIdb(store);
    } catch (error) {
      if (error instanceof SignedOut) return afterSignOut;
      broken = true;
      return onMemory();
    }
  }
  return {
    get: (key) =>
      attempt(
        async (s) => ((await mayHoldDrafts()) ? get<unknown>(key, s) : undefined),
        () => memory.get(key),
        undefined,
      ),
    set: (key, value) =>
      attempt(
        async (s) => {
          await set(key, value, s);
          databaseSeen = true;
        },
        () => memory.set(key, value),
        undefined,
      ),
    delete: (key) =>
      attempt(
        async (s) => {
          if (await mayHoldDrafts()) await del(key, s);
        },
        () => memory.delete(key),
        undefined,
      ),
  };
}
