import { useState } from 'react';
import { useDraftStorage } from '../shared/drafts/draft-storage-context';
import { createBrowserLocation } from '../shared/routing/location';
import { matchRoute } from '../shared/routing/routes';
import { RouterProvider } from '../shared/routing/router';
import { DataProviders } from './data-providers';
import type { HostProps } from './host-props';
import { useMountDataLayer } from './mount-data-layer';
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
  const { api, queryClient } = useMountDataLayer(props, (layer) => {
    const path = location.current();
    prefetchFirstScreen(layer, storage, path === null ? null : matchRoute(path), props);
  });
  return (
    <DataProviders api={api} queryClient={queryClient}>
      <UnreadCountReporter />
      <RouterProvider location={location}>
        <ModuleRoutes host={props} />
      </RouterProvider>
    </DataProviders>
  );
}
