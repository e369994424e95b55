import { NetworkError, ServerError, UnauthorizedError } from '@seller-support/contract';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/** How many times a failed request is retried when retrying can help. */
export const maxRetries = 2;

/** Only a lost connection or a 5xx may succeed on a second try; a 4xx or a malformed answer will not. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ServerError;
}

/** TanStack Query's `retry` callback: `failureCount` is the number of failures so far, minus one. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isRetryable(error);
}

export interface QueryClientOptions {
  /** `false` in tests and stories: an error state should show at once, not after backoff. */
  retry?: boolean;
  /** Called whenever a request answers 401; the host owns the session. */
  onUnauthorized?: () => void;
}

/** The module's QueryClient: one per mount, never shared with the host or another mount. */
export function createQueryClient({ retry = true, onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof UnauthorizedError) onUnauthorized?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        // The seller switches tabs often; the context rarely changes within minutes.
        staleTime: 60_000,
      },
      mutations: { retry: false },
    },
  });
}
