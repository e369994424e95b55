import { NetworkError, ServerError, UnauthorizedError } from '@seller-support/contract';
import { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** Only a lost connection or a 5xx may succeed on a second try; a 4xx will not. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof ServerError;
}

/**
 * The desk's QueryClient: one per mount, made by the mount's root and dropped with it, never shared
 * with the host or with another mount. `retry: false` in tests and stories, so an error shows at once.
 */
export function createDeskQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 401 once more: the host's token getter is asked again and may hand over a renewed token.
        retry: retry
          ? (failures, error) =>
              (failures === 0 && error instanceof UnauthorizedError) || (failures < 2 && isRetryable(error))
          : false,
        // The queue changes while the moderator reads it; a few seconds of cache is enough.
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * Drops the mount's cache with its timers and requests in flight when its owner unmounts: a
 * microtask later, because React runs a parent's cleanup before its children's and each observer
 * let go of schedules a garbage collection.
 */
export function useReleaseQueryClientOnUnmount(queryClient: QueryClient): void {
  useEffect(
    () => () => {
      queueMicrotask(() => {
        void queryClient.cancelQueries().then(() => queryClient.clear());
      });
    },
    [queryClient],
  );
}
