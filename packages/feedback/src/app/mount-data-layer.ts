import { FetchApiClient, type ReceivedSellerContext } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useState } from 'react';
import { fetchWithEarlyAnswers } from '../shared/api/early-requests';
import { contextKeys } from '../shared/api/get-context';
import { connectLiveUpdates } from '../shared/api/live-updates';
import { createQueryClient } from '../shared/api/query-client';
import { useReleaseQueryClientOnUnmount } from '../shared/api/release-query-client';
import {
  HostCallbacks,
  useDataLayerSlot,
  type DataLayerSlot,
  type DataLayerHost,
  type MountDataLayer,
  type SlotContent,
} from './data-layer-slot';
import type { HostProps } from './host-props';
import { useEmitModuleEvent, type Emit } from './module-events';
import { createSessionExpiry } from './session-expiry';

export type DataLayerProps = Pick<HostProps, 'apiBaseUrl' | 'getAccessToken' | 'onSessionExpired' | 'seller'>;

/**
 * One mount's API client and QueryClient (the application's or a parcel's): created once, never
 * shared with the host or another mount, and released with the mount. A refused session reaches
 * the host once per burst; a seller the host already knows fills the cache instead of a request.
 */
export function useMountDataLayer(
  { apiBaseUrl, getAccessToken, onSessionExpired, seller }: DataLayerProps,
  /**
   * Starts what the mount's first screen needs the moment its cache exists, beside the screen's
   * code rather than after it renders (the screens find it under their own query keys).
   */
  prefetch?: (layer: MountDataLayer) => void,
): MountDataLayer {
  const emit = useEmitModuleEvent();
  const slot = useDataLayerSlot();
  const [{ layer, host }] = useState(() => {
    const make = () =>
      createPrefetchingDataLayer({ apiBaseUrl, getAccessToken, onSessionExpired, seller }, emit, prefetch);
    // A render React threw away, or the mount before the app's code arrived
    // (startMountDataLayer), may have made it already: take that one, not a second.
    return slot === null ? make() : slot.take(make);
  });
  // The host may hand over a new token getter or session callback on update; use them at once.
  useLayoutEffect(() => {
    host.set({ getAccessToken, onSessionExpired, emit });
  });
  const { queryClient } = layer;

  // A seller context handed over by an update replaces the one in the cache.
  useEffect(() => {
    if (seller !== undefined) seedSellerContext(queryClient, seller);
  }, [queryClient, seller]);

  // After mount, never in the first load: the page's one live stream, shared with other mounts.
  useEffect(
    () => connectLiveUpdates(queryClient, apiBaseUrl, () => host.current.getAccessToken()),
    [queryClient, apiBaseUrl, host],
  );

  // Release the cache, its garbage-collection timers and its requests in flight with the mount.
  useReleaseQueryClientOnUnmount(queryClient);

  return layer;
}

/**
 * Makes the mount's data layer into its slot before the component that uses it renders (the
 * application starts it as the app's code arrives, beside the screen's): the first screen's data
 * is asked for then. The component takes it from the slot and releases it with the mount.
 */
export function startMountDataLayer(
  slot: DataLayerSlot,
  props: DataLayerProps,
  emit: Emit,
  prefetch?: (layer: MountDataLayer) => void,
): MountDataLayer {
  return slot.take(() => createPrefetchingDataLayer(props, emit, prefetch)).layer;
}

function createPrefetchingDataLayer(
  { apiBaseUrl, getAccessToken, onSessionExpired, seller }: DataLayerProps,
  emit: Emit,
  prefetch: ((layer: MountDataLayer) => void) | undefined,
): SlotContent {
  const content = createDataLayer(apiBaseUrl, seller, { getAccessToken, onSessionExpired, emit });
  prefetch?.(content.layer);
  return content;
}

function createDataLayer(
  apiBaseUrl: string,
  seller: ReceivedSellerContext | undefined,
  initialHost: DataLayerHost,
): SlotContent {
  const host = new HostCallbacks(initialHost);
  const session = createSessionExpiry({
    onExpired: () => {
      host.current.onSessionExpired?.();
      host.current.emit({ type: 'session-expired' });
    },
  });
  const queryClient = createQueryClient({ onUnauthorized: session.refused, onSucceeded: session.succeeded });
  // Before the first render, so no screen asks for what the host already gave.
  if (seller !== undefined) seedSellerContext(queryClient, seller);
  const api = new FetchApiClient({
    baseUrl: apiBaseUrl,
    getAccessToken: () => host.current.getAccessToken(),
    // The first screen's requests the entry sent as it mounted are answered from there.
    fetch: fetchWithEarlyAnswers,
  });
  return { layer: { api, queryClient }, host };
}

/**
 * Puts the host's seller context where `GET /context` would, and keeps it fresh for good: the
 * cabinet owns it and hands over a new one through `update`.
 */
function seedSellerContext(queryClient: QueryClient, seller: ReceivedSellerContext): void {
  queryClient.setQueryDefaults(contextKeys.current(), { staleTime: Infinity });
  queryClient.setQueryData(contextKeys.current(), seller);
}
