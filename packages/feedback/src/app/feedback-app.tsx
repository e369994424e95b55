import { useState } from 'react';
import { useDraftStorage } from '../shared/drafts/draft-storage-context';
import { releaseQueryClient } from '../shared/api/release-query-client';
import { createIdbDraftStorage, type DraftStorage } from '../shared/drafts/draft-storage';
import { createBrowserLocation, modulePathOf } from '../shared/routing/location';
import { matchRoute } from '../shared/routing/routes';
import { RouterProvider } from '../shared/routing/router';
import { DataProviders } from './data-providers';
import type { HostProps } from './host-props';
import type { DataLayerSlot, MountDataLayer } from './data-layer-slot';
import type { Emit } from './module-events';
import { startMountDataLayer, useMountDataLayer } from './mount-data-layer';
import { ModuleRoutes } from './module-routes';
import { prefetchFirstScreen } from './prefetch-first-screen';
import { UnreadCountReporter } from './unread-count-reporter';

/**
 * One mount's data layer and screens, in the address bar under `basePath`. A chunk of its own:
 * the entry the host loads stays a frame that parses props and shows a status line.
 */
export function FeedbackApp(props: HostProps) {
  const [location] = useState(() => createBrowserLocation(props.basePath));
  const storage = useDraftStorage();
  const { api, queryClient } = useMountDataLayer(props, (layer) => prefetchAtAddress(layer, storage, props));
  return (
    <DataProviders api={api} queryClient={queryClient}>
      <UnreadCountReporter />
      <RouterProvider location={location}>
        <ModuleRoutes host={props} />
      </RouterProvider>
    </DataProviders>
  );
}

/** The first screen's data, for the screen of the address bar under `basePath`. */
function prefetchAtAddress(layer: MountDataLayer, storage: DraftStorage, host: HostProps): void {
  const path = modulePathOf(host.basePath, window.location.pathname, window.location.search);
  prefetchFirstScreen(layer, storage, path === null ? null : matchRoute(path), host);
}

/**
 * Starts the mount's data layer, and with it the first screen's data, before the app renders:
 * the application calls it as this chunk arrives, while the screen's code is still on its way.
 * `storage` is the one a provider gave the tree, if any (IndexedDB's otherwise). Returns what
 * releases the data layer, for a module unmounted before the app took it over.
 */
export function startFeedbackAppData(
  slot: DataLayerSlot,
  host: HostProps,
  emit: Emit,
  storage: DraftStorage | null,
): () => void {
  const drafts = storage ?? createIdbDraftStorage();
  const { queryClient } = startMountDataLayer(slot, host, emit, (layer) =>
    prefetchAtAddress(layer, drafts, host),
  );
  return () => releaseQueryClient(queryClient);
}
