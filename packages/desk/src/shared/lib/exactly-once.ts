import { ApiError, ConflictError, RateLimitedError } from '@seller-support/contract';

/**
 * The desk's actions create exactly one thing however their answers get lost, by the seller side's
 * rules (packages/feedback/src/shared/lib/exactly-once.ts), kept to what a desk action needs: no
 * draft survives a reload here, so the state lives as long as the form.
 *
 * One key per logical action, reused on retry; the same key with another body is a 422 on the
 * server. So a body whose answer is unknown is the only body its key may carry: until its answer
 * is known it is what goes again, as it was, and the form does not let it be edited.
 */

/** A body that went out and whose answer is not known, with its key. */
export interface PendingAction<Body> {
  body: Body;
  idempotencyKey: string;
}

export interface ActionState<Body> {
  /** The key the next new body takes. */
  idempotencyKey: string;
  /** When set, its key is `idempotencyKey`. */
  pending: PendingAction<Body> | undefined;
}

/**
 * The server answered and created nothing: a 4xx other than a 408, a 409 with `Retry-After` (a
 * request under the same key may still run: the same key is right for a retry) or a 429 (the
 * moment is refused, not the body). A 409 without one is the request's state refusing the action
 * (closed meanwhile, an offer already pending): the same body would meet it again, so the key is
 * spent and the form the moderator's again.
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    !(error instanceof ConflictError && error.retryAfterSeconds !== null) &&
    !(error instanceof RateLimitedError) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408
  );
}

/** After a send of `sent` failed with `error`: a refusal spends the key, anything else may have arrived. */
export function afterFailure<Body>(
  sent: PendingAction<Body>,
  error: unknown,
  newKey: () => string,
): ActionState<Body> {
  if (isRefusal(error)) return { idempotencyKey: newKey(), pending: undefined };
  return { idempotencyKey: sent.idempotencyKey, pending: sent };
}

/** A fresh action: a new key, nothing waiting. */
export function freshAction<Body>(newKey: () => string): ActionState<Body> {
  return { idempotencyKey: newKey(), pending: undefined };
}

export type RunOutcome<Body, Result> =
  | { ok: true; state: ActionState<Body>; result: Result }
  | { ok: false; state: ActionState<Body>; error: unknown };

/**
 * One send: the waiting body as it was, under its key, if there is one (the form keeps it and does
 * not let it be edited meanwhile), else `body` under the state's key. A confirmed send starts a new
 * action; a failed one leaves the state {@link afterFailure} says.
 */
export async function runOnce<Body, Result>(
  state: ActionState<Body>,
  body: Body,
  post: (sent: PendingAction<Body>) => Promise<Result>,
  newKey: () => string,
): Promise<RunOutcome<Body, Result>> {
  const sent = state.pending ?? { body, idempotencyKey: state.idempotencyKey };
  try {
    const result = await post(sent);
    return { ok: true, state: freshAction(newKey), result };
  } catch (error) {
    return { ok: false, state: afterFailure(sent, error, newKey), error };
  }
}
