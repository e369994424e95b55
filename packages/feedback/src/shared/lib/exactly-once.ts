import { ApiError, ConflictError, RateLimitedError } from '@seller-support/contract';

/**
 * The rules of a submit that creates exactly one thing (a request, a message) however its answers
 * get lost: what counts as a refusal, when two bodies are the same request, when a new idempotency
 * key is taken, and what becomes of edits made after a lost answer. Pure: `useExactlyOnceSubmit`
 * runs them in a form.
 *
 * api.md: one key per logical action, reused on retry; the same key with the same body returns the
 * original, with another body a 422. So a body that went out under a key, and whose answer is not
 * known, is the only body that key may carry: it waits in the draft ("sent, not confirmed") and
 * goes again first, exactly as it was sent, until the server's answer to it is known.
 */

/** A body that went out and whose answer is not known: exactly as sent, with its key. */
export interface PendingSubmit<Body> {
  body: Body;
  idempotencyKey: string;
}

/** What a draft keeps for its submit: the key the next new body takes, and a body still waiting. */
export interface OnceState<Body> {
  idempotencyKey: string;
  /** When set, its key is `idempotencyKey`. */
  pending: PendingSubmit<Body> | undefined;
}

/**
 * The server answered and created nothing: a 4xx refuses the request before acting on it. Not a
 * 408 or a 409 (a request with the same key may still be running), and not a 5xx, a lost
 * connection, a timeout or an answer the client could not read: after those the request may have
 * arrived. Not a 429 either: it refuses the moment, not the body, and the retry after the wait is
 * the same logical action, so it keeps its key (see {@link afterFailure}).
 */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    !(error instanceof ConflictError) &&
    !(error instanceof RateLimitedError) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408
  );
}

/** `value` as JSON with sorted keys: two bodies that say the same compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two bodies ask the same, leaving out the fields in `ignored`: what changes without the
 * seller doing anything (a request's context snapshot, taken anew on each submit) is no edit.
 */
export function sameRequest<Body extends object>(
  a: Body,
  b: Body,
  ignored: readonly (keyof Body & string)[] = [],
): boolean {
  const without = (body: Body) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => !ignored.some((name) => name === key)));
  return canonicalJson(without(a)) === canonicalJson(without(b));
}

/**
 * What goes out first when the seller sends `body` (null: nothing new, only settle a waiting body):
 * - `settle`: the waiting body, exactly as it was, under its key; `body` asks something else (or
 *   there is none). If the server has it, it is the request, and `body` is not sent.
 * - `resend`: the waiting body again, as it was sent: it asks what `body` asks.
 * - `new`: `body`, under the draft's key.
 * - `nothing`: nothing waits and nothing is to be sent.
 */
export type FirstSend<Body> =
  { kind: 'settle' | 'resend'; submission: PendingSubmit<Body> } | { kind: 'new' } | { kind: 'nothing' };

export function firstSend<Body>(
  state: OnceState<Body>,
  body: Body | null,
  same: (a: Body, b: Body) => boolean,
): FirstSend<Body> {
  const { pending } = state;
  if (pending !== undefined) {
    return body !== null && same(pending.body, body)
      ? { kind: 'resend', submission: pending }
      : { kind: 'settle', submission: pending };
  }
  return body === null ? { kind: 'nothing' } : { kind: 'new' };
}

/**
 * A waiting body was confirmed: whether what the seller has now (null: a form that cannot be sent
 * as it is) is not in it. Those edits were never sent, and are not under that key.
 */
export function editsLeftOut<Body>(
  confirmed: Body,
  current: Body | null,
  same: (a: Body, b: Body) => boolean,
): boolean {
  return current === null || !same(confirmed, current);
}

/** The server confirmed: the draft is done with, and what comes next is a new action with a new key. */
export function afterConfirmed<Body>(newKey: () => string): OnceState<Body> {
  return { idempotencyKey: newKey(), pending: undefined };
}

/**
 * A send failed. `firstSight`: the body had never gone out before this send, and this send made
 * one attempt (no automatic retry after a lost answer).
 * - A refusal created nothing: the key is spent, and a corrected body is a new action with a new key.
 * - A 429 on a body's first sight did nothing: nothing waits, and edits go out with the same key
 *   (one logical action). A body seen before (an earlier send, an automatic retry of this one)
 *   stays waiting: that earlier try may have arrived.
 * - Anything else may have arrived: the body waits, and goes again first, as it was.
 */
export function afterFailure<Body>(
  state: OnceState<Body>,
  error: unknown,
  { firstSight }: { firstSight: boolean },
  newKey: () => string,
): OnceState<Body> {
  if (isRefusal(error)) return { idempotencyKey: newKey(), pending: undefined };
  if (error instanceof RateLimitedError && firstSight) return { ...state, pending: undefined };
  return state;
}

/** How one send ended. `sent`: the last body that went out, if any. */
export type SendOutcome<Body, Result> =
  | { kind: 'confirmed'; result: Result; editsLeftOut: boolean }
  | { kind: 'failed'; error: unknown; sent: Body | undefined; unconfirmed: boolean }
  | { kind: 'nothing' };

export interface SendOnceIo<Body, Result> {
  /** Sends one submission; `onAttempt` is told of each attempt, automatic retries included. */
  post: (submission: PendingSubmit<Body>, onAttempt: () => void) => Promise<Result>;
  /** Keeps a new state; resolves once the draft holds it (a body is stored before it goes out). */
  commit: (state: OnceState<Body>) => Promise<void>;
  newKey: () => string;
  same: (a: Body, b: Body) => boolean;
  /** What the seller has now, or null when it cannot be sent as it is. */
  current: () => Body | null;
  /** The body a new submit sends for `body` (the case as the server has it now, say); never for a waiting one. */
  fresh: (body: Body) => Promise<Body>;
}

/**
 * One send by the rules above: a waiting body first, exactly as it was; a new body stored as waiting
 * before it goes out; the state after the answer. Returns the new state with the outcome; only a
 * failure commits it (a confirmed draft is the caller's to clear or keep).
 */
export async function sendOnce<Body, Result>(
  start: OnceState<Body>,
  body: Body | null,
  io: SendOnceIo<Body, Result>,
): Promise<{ state: OnceState<Body>; outcome: SendOutcome<Body, Result> }> {
  let state = start;
  let sent: Body | undefined;
  let firstSight = false;
  let attempts = 0;
  const post = (submission: PendingSubmit<Body>) => {
    sent = submission.body;
    attempts = 0;
    return io.post(submission, () => {
      attempts += 1;
    });
  };
  const confirmed = (result: Result, leftOut: boolean) => {
    state = afterConfirmed(io.newKey);
    return { state, outcome: { kind: 'confirmed' as const, result, editsLeftOut: leftOut } };
  };

  try {
    const first = firstSend(state, body, io.same);
    if (first.kind === 'nothing') return { state, outcome: { kind: 'nothing' } };
    if (first.kind === 'settle') {
      try {
        const result = await post(first.submission);
        return confirmed(result, editsLeftOut(first.submission.body, body ?? io.current(), io.same));
      } catch (error) {
        if (body === null || !isRefusal(error)) throw error;
        // Refused: nothing was created under the earlier key. What the seller sends now is new.
        state = afterFailure(state, error, { firstSight: false }, io.newKey);
      }
    }
    if (body === null) return { state, outcome: { kind: 'nothing' } };
    // A body that went out already goes again as it was; a new one is made as of now.
    let submission = state.pending;
    if (submission === undefined) {
      submission = { body: await io.fresh(body), idempotencyKey: state.idempotencyKey };
      firstSight = true;
    }
    // From here until the answer, the draft says "sent, not confirmed": a reload asks again.
    state = { ...state, pending: submission };
    await io.commit(state);
    return confirmed(await post(submission), false);
  } catch (error) {
    const before = state;
    state = afterFailure(state, error, { firstSight: firstSight && attempts === 1 }, io.newKey);
    // The failure is what the seller must hear of; a draft that cannot be written is no news to them.
    if (state !== before) await io.commit(state).catch(() => undefined);
    return {
      state,
      outcome: { kind: 'failed', error, sent, unconfirmed: state.pending !== undefined },
    };
  }
}
