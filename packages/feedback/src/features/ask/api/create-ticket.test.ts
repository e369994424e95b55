import { NetworkError, ServerError, TimeoutError } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { shouldRetryCreateTicket } from './create-ticket';

describe('shouldRetryCreateTicket', () => {
  it('sends the request again after a lost answer (a lost connection or a timeout) or a 5xx, twice at most', () => {
    for (const error of [
      new NetworkError(),
      new TimeoutError({ timeoutMs: 20_000 }),
      new ServerError({ status: 502 }),
    ]) {
      expect([0, 1, 2].map((count) => shouldRetryCreateTicket(count, error))).toEqual([true, true, false]);
    }
  });
});
