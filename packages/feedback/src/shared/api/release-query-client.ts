import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Drops one mount's cache, with its garbage-collection timers and the requests still in flight,
 * when the component that owns the QueryClient unmounts. Two things would otherwise leave
 * five-minute timers holding the cache behind:
 * - React runs a component's cleanup before its children's, and each query observer a screen
 *   lets go of schedules its query's garbage collection: so the clear waits a microtask;
 * - a request in flight schedules it too when it settles, even after its query left the cache:
 *   so every request is cancelled and settled before the clear.
 */
export function useReleaseQueryClientOnUnmount(queryClient: QueryClient): void {
  useEffect(() => () => releaseQueryClient(queryClient), [queryClient]);
}

/** Drops a cache as {@link useReleaseQueryClientOnUnmount} does, from a cleanup that owns it. */
export function releaseQueryClient(queryClient: QueryClient): void {
  queueMicrotask(() => {
    void queryClient.cancelQueries().then(() => {
      queryClient.clear();
    });
  });
}
