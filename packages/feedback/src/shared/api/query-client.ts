import { NetworkError, ServerError, TimeoutError, UnauthorizedError } from '@seller-support/contract';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/** How many times a failed request is retried when retrying can help. */
export const maxRetries = 2;

/**
 * Only a lost connection or a 5xx may succeed on a second try; a 4xx or a malformed answer will not.
 * Nor is a timeout tried again by itself: the seller has waited the whole limit already, and sees an
 * error with a retry instead of waiting as long again.
 */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ServerError;
}

/**
 * A creating `POST` that carries an idempotency key goes again after a lost answer (a lost
 * connection or a timeout: it may have arrived) or a 5xx; the key makes a repeat create nothing new.
 */
export function isRetryableSubmit(error: unknown): boolean {
  return isRetryable(error) || error instanceof TimeoutError;
}

/**
 * A 401 is tried once more: every request asks the host's token getter again, and a host that
 * renewed its session in the meantime hands over a fresh token.
 */
export function shouldRetryUnauthorized(failureCount: number, error: unknown): boolean {
  return failureCount === 0 && error instanceof UnauthorizedError;
}

/** TanStack Query's `retry` callback: `failureCount` is the number of failures so far, minus one. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return shouldRetryUnauthorized(failureCount, error) || (failureCount < maxRetries && isRetryable(error));
}

/** A fresh token needs no backoff; a lost connection or a busy server does (TanStack's default). */
export function retryDelay(failureCount: number, error: unknown): number {
  return error instanceof UnauthorizedError ? 0 : Math.min(1000 * 2 ** failureCount, 30_000);
}

export interface QueryClientOptions {
  /** `false` in tests and stories: an error state should show at once, not after backoff. */
  retry?: boolean;
  /** Called whenever a request still answers 401 after its retries; the host owns the session. */
  onUnauthorized?: () => void;
  /** Called whenever a request succeeds: the session works (again). */
  onSucceeded?: () => void;
}

/** The module's QueryClient: one per mount, never shared with the host or another mount. */
export function createQueryClient({
  retry = true,
  onUnauthorized,
  onSucceeded,
}: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof UnauthorizedError) onUnauthorized?.();
  };
  const onSuccess = () => onSucceeded?.();
  return new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({ onError, onSuccess }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        // The seller switches tabs often; the context rarely changes within minutes.
        staleTime: 60_000,
      },
      // Only a 401 is safe to send again for any mutation: the server refused it without acting.
      // Mutations that can retry more (with an idempotency key) say so themselves.
      mutations: { retry: retry ? shouldRetryUnauthorized : false, retryDelay },
    },
  });
}
