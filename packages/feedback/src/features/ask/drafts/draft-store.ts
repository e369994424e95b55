import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { askFormShapeSchema, type AskFormValues } from '../model/form-values';

/**
 * A request being written: every field, the chosen orders, the uploaded attachments' ids and the
 * idempotency key its submit will carry. Never a token or anything else secret.
 */
export interface Draft {
  values: AskFormValues;
  idempotencyKey: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

const draftSchema = z.object({
  version: z.literal(1),
  values: askFormShapeSchema,
  idempotencyKey: z.string().check(z.minLength(1), z.maxLength(255)),
  savedAt: z.string(),
});

/** One draft per seller: the key names the seller, so another seller on the same browser never sees it. */
export const draftKey = (sellerId: string) => `seller-support:draft:${sellerId}`;

export interface DraftStore {
  load(sellerId: string): Promise<Draft | null>;
  save(sellerId: string, draft: Draft): Promise<void>;
  clear(sellerId: string): Promise<void>;
}

/** Keeps drafts for the page's lifetime only: where IndexedDB is unavailable (private modes, tests). */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, unknown>();
  return {
    load: (sellerId) => Promise.resolve(readDraft(drafts.get(draftKey(sellerId)))),
    save: (sellerId, draft) => {
      drafts.set(draftKey(sellerId), structuredClone(toStored(draft)));
      return Promise.resolve();
    },
    clear: (sellerId) => {
      drafts.delete(draftKey(sellerId));
      return Promise.resolve();
    },
  };
}

function toStored(draft: Draft): z.input<typeof draftSchema> {
  return { version: 1, ...draft };
}

/** A stored draft from an older build or a broken write is dropped, not trusted. */
function readDraft(stored: unknown): Draft | null {
  const parsed = z.safeParse(draftSchema, stored);
  if (!parsed.success) return null;
  const { values, idempotencyKey, savedAt } = parsed.data;
  return { values, idempotencyKey, savedAt };
}

/**
 * Drafts in IndexedDB (database `seller-support`, store `drafts`), falling back to memory once
 * IndexedDB fails: the seller can still write, the draft then lasts as long as the page.
 */
export function createIdbDraftStore(): DraftStore {
  const memory = createMemoryDraftStore();
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
    load: (sellerId) =>
      attempt(
        async (s) => readDraft(await get<unknown>(draftKey(sellerId), s)),
        () => memory.load(sellerId),
      ),
    save: (sellerId, draft) =>
      attempt(
        (s) => set(draftKey(sellerId), toStored(draft), s),
        () => memory.save(sellerId, draft),
      ),
    clear: (sellerId) =>
      attempt(
        (s) => del(draftKey(sellerId), s),
        () => memory.clear(sellerId),
      ),
  };
}

/** A fresh key for a new draft's submit: created once, saved with the draft, reused on every retry. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
