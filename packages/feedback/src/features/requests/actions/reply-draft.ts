import { postMessageBodySchema, type PostMessageBody } from '@seller-support/contract';
import * as z from 'zod/mini';
import type { DraftAttachment } from '../../../shared/attachments/attachment-field';
import type { DraftStorage } from '../../../shared/drafts/draft-storage';
import {
  idempotencyKeySchema,
  pendingSubmitSchema,
  storedPending,
} from '../../../shared/drafts/pending-submit-schema';
import type { PendingSubmit } from '../../../shared/lib/exactly-once';
import { newIdempotencyKey } from '../../../shared/lib/idempotency-key';

/**
 * A reply being written in one request: the text as typed, the files already uploaded, the
 * idempotency key its sending will carry, and the message that went out and whose answer is not
 * known yet, so a retry after a reload still makes one message. Never a token or anything else secret.
 */
export interface ReplyDraft {
  body: string;
  attachments: DraftAttachment[];
  idempotencyKey: string;
  pendingSubmit?: PendingSubmit<PostMessageBody> | undefined;
}

const draftAttachmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  size: z.number().check(z.nonnegative()),
  type: z.string(),
  thumbnail: z.exactOptional(z.string()),
});

const storedReplyDraftSchema = z.object({
  version: z.literal(1),
  body: z.string(),
  attachments: z.array(draftAttachmentSchema),
  idempotencyKey: idempotencyKeySchema,
  savedAt: z.string(),
  // Drafts saved before sends were tracked have none.
  pendingSubmit: z.optional(pendingSubmitSchema(postMessageBodySchema)),
});

/** One draft per request; the key names the request, never the seller's token. */
export const replyDraftKey = (ticketId: string) => `seller-support:reply:${ticketId}`;

export function newReplyDraft(): ReplyDraft {
  return { body: '', attachments: [], idempotencyKey: newIdempotencyKey() };
}

/** Nothing worth keeping: no text and no files. */
export function isEmptyReplyDraft(draft: Pick<ReplyDraft, 'body' | 'attachments'>): boolean {
  return draft.body.trim() === '' && draft.attachments.length === 0;
}

/** The stored draft, or null when there is none, or it is from an older build or a broken write. */
export async function loadReplyDraft(storage: DraftStorage, ticketId: string): Promise<ReplyDraft | null> {
  let stored: unknown;
  try {
    stored = await storage.get(replyDraftKey(ticketId));
  } catch {
    return null;
  }
  const parsed = z.safeParse(storedReplyDraftSchema, stored);
  if (!parsed.success) return null;
  const { body, attachments, idempotencyKey, pendingSubmit } = parsed.data;
  return { body, attachments, idempotencyKey, ...storedPending(pendingSubmit) };
}

/** Writes the draft, or removes it once there is nothing in it and nothing waits for an answer. */
export function saveReplyDraft(
  storage: DraftStorage,
  ticketId: string,
  draft: ReplyDraft,
  now: Date = new Date(),
): Promise<void> {
  if (isEmptyReplyDraft(draft) && draft.pendingSubmit === undefined) {
    return storage.delete(replyDraftKey(ticketId));
  }
  const stored: z.input<typeof storedReplyDraftSchema> = {
    version: 1,
    body: draft.body,
    attachments: draft.attachments,
    idempotencyKey: draft.idempotencyKey,
    savedAt: now.toISOString(),
    ...storedPending(draft.pendingSubmit),
  };
  return storage.set(replyDraftKey(ticketId), stored);
}

export function clearReplyDraft(storage: DraftStorage, ticketId: string): Promise<void> {
  return storage.delete(replyDraftKey(ticketId));
}
