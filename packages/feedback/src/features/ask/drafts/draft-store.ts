import * as z from 'zod/mini';
import {
  createIdbDraftStorage,
  createMemoryDraftStorage,
  type DraftStorage,
} from '../../../shared/drafts/draft-storage';
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

/** The request form's drafts, one per seller, in the module's draft storage. */
export function createAskDraftStore(storage: DraftStorage): DraftStore {
  return {
    load: async (sellerId) => readDraft(await storage.get(draftKey(sellerId))),
    save: (sellerId, draft) => storage.set(draftKey(sellerId), toStored(draft)),
    clear: (sellerId) => storage.delete(draftKey(sellerId)),
  };
}

/** Drafts for the page's lifetime only (tests, stories). */
export const createMemoryDraftStore = (): DraftStore => createAskDraftStore(createMemoryDraftStorage());

/** Drafts in IndexedDB, falling back to memory once IndexedDB fails. */
export const createIdbDraftStore = (): DraftStore => createAskDraftStore(createIdbDraftStorage());

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
