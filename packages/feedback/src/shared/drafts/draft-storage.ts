import { createStore, del, get, set, type UseStore } from 'idb-keyval';

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

/**
 * Drafts in IndexedDB (database `seller-support`, store `drafts`), falling back to memory once
 * IndexedDB fails: the seller can still write, the draft then lasts as long as the page.
 */
export function createIdbDraftStorage(): DraftStorage {
  const memory = createMemoryDraftStorage();
  let idb: UseStore | null = null;
  let broken = typeof indexedDB === 'undefined';
  const store = (): UseStore => {
    idb ??= createStore('seller-support', 'drafts');
    return idb;
  };
  async function attempt<T>(onIdb: (s: UseStore) => Promise<T>, onMemory: () => Promise<T>): Promise<T> {
    if (broken) return onMemory();
    try {
      return await onIdb(store());
    } catch {
      broken = true;
      return onMemory();
    }
  }
  return {
    get: (key) =>
      attempt(
        (s) => get<unknown>(key, s),
        () => memory.get(key),
      ),
    set: (key, value) =>
      attempt(
        (s) => set(key, value, s),
        () => memory.set(key, value),
      ),
    delete: (key) =>
      attempt(
        (s) => del(key, s),
        () => memory.delete(key),
      ),
  };
}
