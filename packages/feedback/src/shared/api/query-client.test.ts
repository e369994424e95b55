import {
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from '@seller-support/contract';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries a lost connection and a 5xx at most twice', () => {
    for (const error of [new NetworkError(), new ServerError({ status: 503 })]) {
      expect([0, 1, 2].map((failureCount) => shouldRetry(failureCount, error))).toEqual([true, true, false]);
    }
  });

  it('never retries what a second try cannot fix', () => {
    for (const error of [
      new UnauthorizedError(),
      new ForbiddenError(),
      new ValidationError(),
      new MalformedResponseError({ status: 200, summary: 'seller.legalName: expected string' }),
      new Error('a bug'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });
});

describe('createQueryClient', () => {
  it('hands a 401 to the host and does not retry it', async () => {
    const onUnauthorized = vi.fn();
    const queryClient = createQueryClient({ onUnauthorized });
    const queryFn = vi.fn(() => Promise.reject(new UnauthorizedError()));

    await expect(queryClient.query({ queryKey: ['context'], queryFn })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('can switch retries off, for tests and stories', async () => {
    const queryClient = createQueryClient({ retry: false });
    const queryFn = vi.fn(() => Promise.reject(new ServerError()));
    await expect(queryClient.query({ queryKey: ['context'], queryFn })).rejects.toBeInstanceOf(ServerError);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
