import { createTicketBodySchema, type CreateTicketBody } from '@seller-support/contract';
import * as z from 'zod/mini';
import {
  createIdbDraftStorage,
  createMemoryDraftStorage,
  type DraftStorage,
} from '../../../shared/drafts/draft-storage';
import { askFormShapeSchema, type AskFormValues } from '../model/form-values';

/**
 * A submit whose outcome is not known yet: the body exactly as it was sent, and the key it was
 * sent with. Until the server answers it, this body (and no other) goes out again with this key,
 * so a request that did reach the server is never created twice.
 */
export interface PendingSubmit {
  body: CreateTicketBody;
  idempotencyKey: string;
}

/**
 * A request being written: every field, the chosen orders, the uploaded attachments' ids and the
 * idempotency key its submit will carry. Never a token or anything else secret.
 */
export interface Draft {
  values: AskFormValues;
  idempotencyKey: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
  /** Set from the moment a submit goes out until the server's answer is known. */
  pendingSubmit?: PendingSubmit | undefined;
}

/**
 * The contract's body, checked but kept as stored: parsing would rebuild it in the schema's key
 * order, and a server that compares bytes would then see another body under the same key. The
 * body schema has no transforms, so what passes it is a body as it is.
 */
const isTicketBody = (value: unknown): value is CreateTicketBody =>
  z.safeParse(createTicketBodySchema, value).success;

const keySchema = z.string().check(z.minLength(1), z.maxLength(255));

const draftSchema = z.object({
  version: z.literal(1),
  values: askFormShapeSchema,
  idempotencyKey: keySchema,
  savedAt: z.string(),
  // Drafts saved before submits were tracked have none.
  pendingSubmit: z.optional(
    z.object({ body: z.custom<CreateTicketBody>(isTicketBody), idempotencyKey: keySchema }),
  ),
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
  return { version: 1, ...rest, ...(pendingSubmit === undefined ? {} : { pendingSubmit }) };
}

/** A stored draft from an older build or a broken write is dropped, not trusted. */
function readDraft(stored: unknown): Draft | null {
  const parsed = z.safeParse(draftSchema, stored);
  if (!parsed.success) return null;
  const { values, idempotencyKey, savedAt, pendingSubmit } = parsed.data;
  return { values, idempotencyKey, savedAt, ...(pendingSubmit === undefined ? {} : { pendingSubmit }) };
}
