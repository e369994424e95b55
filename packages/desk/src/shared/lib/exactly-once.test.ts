import { ConflictError, NetworkError, TimeoutError, ValidationError } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { freshAction, isRefusal, runOnce, type PendingAction } from './exactly-once';

function keys() {
  let counter = 0;
  return () => {
    counter += 1;
    return `key-${counter}`;
  };
}

describe('a desk action sent exactly once', () => {
  it('retries a lost answer with the same key and the same body, whatever was typed since', async () => {
    const newKey = keys();
    const sent: PendingAction<string>[] = [];
    let fail = true;
    const post = (submission: PendingAction<string>) => {
      sent.push(submission);
      return fail ? Promise.reject(new NetworkError()) : Promise.resolve('created');
    };
    const first = await runOnce(freshAction<string>(newKey), 'Посылка нашлась', post, newKey);
    expect(first.ok).toBe(false);
    fail = false;
    const second = await runOnce(first.state, 'Посылка нашлась!', post, newKey);
    expect(second).toMatchObject({ ok: true, result: 'created' });
    expect(sent).toEqual([
      { body: 'Посылка нашлась', idempotencyKey: 'key-1' },
      { body: 'Посылка нашлась', idempotencyKey: 'key-1' },
    ]);
    // The next action is a new one.
    expect(second.state).toEqual({ idempotencyKey: 'key-2', pending: undefined });
  });

  it('takes a new key after a refusal: nothing was created under the old one', async () => {
    const newKey = keys();
    const outcome = await runOnce(
      freshAction<string>(newKey),
      'x',
      () => Promise.reject(new ValidationError({ fieldErrors: [] })),
      newKey,
    );
    expect(outcome.state).toEqual({ idempotencyKey: 'key-2', pending: undefined });
  });

  it('counts a timeout, or the same key still in progress, as an answer not known', () => {
    expect(isRefusal(new TimeoutError({ timeoutMs: 1000 }))).toBe(false);
    expect(isRefusal(new ConflictError({ retryAfterSeconds: 2 }))).toBe(false);
    expect(isRefusal(new ValidationError({ fieldErrors: [] }))).toBe(true);
  });

  it('counts a conflict of state (a 409 without Retry-After) as a refusal: the same body would meet it again', () => {
    expect(isRefusal(new ConflictError())).toBe(true);
  });
});
