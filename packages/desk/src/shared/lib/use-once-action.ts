import { useCallback, useRef, useState } from 'react';
import { freshAction, runOnce, type ActionState } from './exactly-once';
import { newIdempotencyKey } from './idempotency-key';

export type OnceActionStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done' }
  /** `unconfirmed`: the answer is not known, the body waits and goes again as it was. */
  | { kind: 'failed'; error: unknown; unconfirmed: boolean };

export interface OnceAction<Body, Result> {
  /** Sends `body`, or the body still waiting for its answer; resolves with the result, or undefined on failure. */
  run: (body: Body) => Promise<Result | undefined>;
  status: OnceActionStatus;
  /** The body whose answer is not known: the form shows it and does not let it be edited. */
  waiting: Body | undefined;
}

/**
 * An action of the desk (a reply, a note, an offer…) sent exactly once: one idempotency key per
 * logical action, kept across retries until the server's answer is known (lib/exactly-once.ts).
 */
export function useOnceAction<Body, Result>(
  post: (body: Body, idempotencyKey: string) => Promise<Result>,
): OnceAction<Body, Result> {
  const state = useRef<ActionState<Body> | null>(null);
  const inFlight = useRef(false);
  const [status, setStatus] = useState<OnceActionStatus>({ kind: 'idle' });
  const [waiting, setWaiting] = useState<Body | undefined>(undefined);

  const run = useCallback(
    async (body: Body) => {
      // A second click while one runs would be a second action.
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setStatus({ kind: 'sending' });
      state.current ??= freshAction(newIdempotencyKey);
      const outcome = await runOnce(
        state.current,
        body,
        (sent) => post(sent.body, sent.idempotencyKey),
        newIdempotencyKey,
      );
      state.current = outcome.state;
      inFlight.current = false;
      setWaiting(outcome.state.pending?.body);
      if (outcome.ok) {
        setStatus({ kind: 'done' });
        return outcome.result;
      }
      setStatus({ kind: 'failed', error: outcome.error, unconfirmed: outcome.state.pending !== undefined });
      return undefined;
    },
    [post],
  );

  return { run, status, waiting };
}
