import {
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '@seller-support/contract';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient, isRetryableSubmit, retryDelay, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries a lost connection and a 5xx at most twice', () => {
    for (const error of [new NetworkError(), new ServerError({ status: 503 })]) {
      expect([0, 1, 2].map((failureCount) => shouldRetry(failureCount, error))).toEqual([true, true, false]);
    }
  });

  it('tries a 401 once more, at once, since the host may hand over a fresh token', () => {
    const error = new UnauthorizedError();
    expect([0, 1].map((failureCount) => shouldRetry(failureCount, error))).toEqual([true, false]);
    expect(retryDelay(0, error)).toBe(0);
    expect(retryDelay(0, new ServerError())).toBe(1000);
  });

  it('never retries what a second try cannot fix', () => {
    for (const error of [
      new ForbiddenError(),
      new ValidationError(),
      new MalformedResponseError({ status: 200, summary: 'seller.legalName: expected string' }),
      new Error('a bug'),
    ]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  it('after a timeout, sends a submit with a key again (it may have arrived) but not a load', () => {
    const timeout = new TimeoutError({ timeoutMs: 20_000 });
    expect(isRetryableSubmit(timeout)).toBe(true);
    // The seller has waited the whole limit already: an error with a retry, not as long again.
    expect(shouldRetry(0, timeout)).toBe(false);
    expect(isRetryableSubmit(new NetworkError())).toBe(true);
    expect(isRetryableSubmit(new ValidationError())).toBe(false);
  });
});

describe('createQueryClient', () => {
  it('hands a 401 to the host only when the second try fails too', async () => {
    const onUnauthorized = vi.fn();
    const queryClient = createQueryClient({ onUnauthorized });
    const queryFn = vi.fn(() => Promise.reject(new UnauthorizedError()));

    await expect(queryClient.query({ queryKey: ['context'], queryFn })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not bother the host when the second try succeeds, and says the session works', async () => {
    const onUnauthorized = vi.fn();
    const onSucceeded = vi.fn();
    const queryClient = createQueryClient({ onUnauthorized, onSucceeded });
    const queryFn = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new UnauthorizedError())
      .mockResolvedValueOnce('context');

    await expect(queryClient.query({ queryKey: ['context'], queryFn })).resolves.toBe('context');
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(onSucceeded).toHaveBeenCalledTimes(1);
  });

  it('sends a refused mutation once more, and only a refused one', async () => {
    const onUnauthorized = vi.fn();
    const queryClient = createQueryClient({ onUnauthorized });
    const refused = vi.fn(() => Promise.reject(new UnauthorizedError()));
    const failing = vi.fn(() => Promise.reject(new ServerError()));

    await expect(
      queryClient.getMutationCache().build(queryClient, { mutationFn: refused }).execute(undefined),
    ).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(
      queryClient.getMutationCache().build(queryClient, { mutationFn: failing }).execute(undefined),
    ).rejects.toBeInstanceOf(ServerError);
    expect(refused).toHaveBeenCalledTimes(2);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('can switch retries off, for tests and stories', async () => {
    const queryClient = createQueryClient({ retry: false });
    const queryFn = vi.fn(() => Promise.reject(new ServerError()));
    await expect(queryClient.query({ queryKey: ['context'], queryFn })).rejects.toBeInstanceOf(ServerError);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
