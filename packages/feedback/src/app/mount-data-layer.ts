import { FetchApiClient, type ApiClient, type SellerContext } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { contextKeys } from '../shared/api/get-context';
import { createQueryClient } from '../shared/api/query-client';
import { useReleaseQueryClientOnUnmount } from '../shared/api/release-query-client';
import { useLatest } from '../shared/lib/use-latest';
import type { HostProps } from './host-props';
import { useEmitModuleEvent } from './module-events';
import { createSessionExpiry } from './session-expiry';

export type DataLayerProps = Pick<HostProps, 'apiBaseUrl' | 'getAccessToken' | 'onSessionExpired' | 'seller'>;

/**
 * One mount's API client and QueryClient (the application's or a parcel's): created once, never
 * shared with the host or another mount, and released with the mount. A refused session reaches
 * the host once per burst; a seller the host already knows fills the cache instead of a request.
 */
export function useMountDataLayer({ apiBaseUrl, getAccessToken, onSessionExpired, seller }: DataLayerProps): {
  api: ApiClient;
  queryClient: QueryClient;
} {
  const emit = useEmitModuleEvent();
  // The host may hand over a new token getter or session callback on update; use them at once.
  const host = useLatest({ getAccessToken, onSessionExpired, emit });
  const [queryClient] = useState(() => {
    const session = createSessionExpiry({
      onExpired: () => {
        host.current.onSessionExpired?.();
        host.current.emit({ type: 'session-expired' });
      },
    });
    const client = createQueryClient({ onUnauthorized: session.refused, onSucceeded: session.succeeded });
    // Before the first render, so no screen asks for what the host already gave.
    if (seller !== undefined) seedSellerContext(client, seller);
    return client;
  });
  const [api] = useState(
    () => new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => host.current.getAccessToken() }),
  );

  // A seller context handed over by an update replaces the one in the cache.
  useEffect(() => {
    if (seller !== undefined) seedSellerContext(queryClient, seller);
  }, [queryClient, seller]);

  // Release the cache, its garbage-collection timers and its requests in flight with the mount.
  useReleaseQueryClientOnUnmount(queryClient);

  return { api, queryClient };
}

/**
 * Puts the host's seller context where `GET /context` would, and keeps it fresh for good: the
 * cabinet owns it and hands over a new one through `update`.
 */
function seedSellerContext(queryClient: QueryClient, seller: SellerContext): void {
  queryClient.setQueryDefaults(contextKeys.current(), { staleTime: Infinity });
  queryClient.setQueryData(contextKeys.current(), seller);
}
