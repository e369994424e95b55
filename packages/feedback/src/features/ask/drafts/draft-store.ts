import { createTicketBodySchema, type CreateTicketBody } from '@seller-support/contract';
import * as z from 'zod/mini';
import {
  createIdbDraftStorage,
  createMemoryDraftStorage,
  type DraftStorage,
} from '../../../shared/drafts/draft-storage';
import {
  idempotencyKeySchema,
  pendingSubmitSchema,
  storedPending,
} from '../../../shared/drafts/pending-submit-schema';
import type { PendingSubmit } from '../../../shared/lib/exactly-once';
import { askFormShapeSchema, type AskFormValues } from '../model/form-schema';

/**
 * A request being written: every field, the chosen orders, the uploaded attachments' ids and the
 * idempotency key its submit will carry. Never a token or anything else secret.
 */
export interface Draft {
  values: AskFormValues;
  idempotencyKey: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
  /**
   * Set from the moment a submit goes out until the server's answer is known: until then this body,
   * and no other, goes out again with this key, so a request that did reach the server is never
   * created twice.
   */
  pendingSubmit?: PendingSubmit<CreateTicketBody> | undefined;
}

const draftSchema = z.object({
  version: z.literal(1),
  values: askFormShapeSchema,
  idempotencyKey: idempotencyKeySchema,
  savedAt: z.string(),
  // Drafts saved before submits were tracked have none.
  pendingSubmit: z.optional(pendingSubmitSchema(createTicketBodySchema)),
});

/**
 * One draft per seller, and per scope when a second form (the "ask about this order" dialog) must
 * keep its own: the key names the seller, so another seller on the same browser never sees it.
 */
export const draftKey = (sellerId: string, scope?: string) =>
  scope === undefined || scope === ''
    ? `seller-support:draft:${sellerId}`
    : `seller-support:draft:${sellerId}:${scope}`;

export interface DraftStore {
  load(sellerId: string, scope?: string): Promise<Draft | null>;
  save(sellerId: string, draft: Draft, scope?: string): Promise<void>;
  clear(sellerId: string, scope?: string): Promise<void>;
}

/** The request form's drafts, one per seller and scope, in the module's draft storage. */
export function createAskDraftStore(storage: DraftStorage): DraftStore {
  return {
    load: async (sellerId, scope) => readDraft(await storage.get(draftKey(sellerId, scope))),
    save: (sellerId, draft, scope) => storage.set(draftKey(sellerId, scope), toStored(draft)),
    clear: (sellerId, scope) => storage.delete(draftKey(sellerId, scope)),
  };
}

/** Drafts for the page's lifetime only (tests, stories). */
export const createMemoryDraftStore = (): DraftStore => createAskDraftStore(createMemoryDraftStorage());

/** Drafts in IndexedDB, falling back to memory once IndexedDB fails. */
export const createIdbDraftStore = (): DraftStore => createAskDraftStore(createIdbDraftStorage());

function toStored(draft: Draft): z.input<typeof draftSchema> {
  const { pendingSubmit, ...rest } = draft;
  return { version: 1, ...rest, ...storedPending(pendingSubmit) };
}

/** A stored draft from an older build or a broken write is dropped, not trusted. */
function readDraft(stored: unknown): Draft | null {
  // Nothing stored, the usual first visit: no schema to run (a refused parse builds an error the
  // form, waiting for this answer, would pay for).
  if (stored === undefined || stored === null) return null;
  const parsed = z.safeParse(draftSchema, stored);
  if (!parsed.success) return null;
  const { values, idempotencyKey, savedAt, pendingSubmit } = parsed.data;
  return { values, idempotencyKey, savedAt, ...storedPending(pendingSubmit) };
}
