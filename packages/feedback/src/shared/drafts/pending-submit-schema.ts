import * as z from 'zod/mini';
import type { PendingSubmit } from '../lib/exactly-once';

/** An idempotency key as a draft keeps it. */
export const idempotencyKeySchema = z.string().check(z.minLength(1), z.maxLength(255));

/**
 * A body waiting for its answer, as a draft stores it: checked against the contract's body schema,
 * but kept as stored. Parsing would rebuild it in the schema's key order, and a server that compares
 * bytes would then see another body under the same key. Body schemas have no transforms, so what
 * passes one is a body as it is.
 */
export function pendingSubmitSchema<Body>(bodySchema: z.ZodMiniType<Body>) {
  const isBody = (value: unknown): value is Body => z.safeParse(bodySchema, value).success;
  return z.object({ body: z.custom<Body>(isBody), idempotencyKey: idempotencyKeySchema });
}

/** `pending` as a stored draft spreads it: absent rather than undefined. */
export const storedPending = <Body>(pending: PendingSubmit<Body> | undefined) =>
  pending === undefined ? {} : { pendingSubmit: pending };
