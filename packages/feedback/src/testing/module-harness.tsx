import { FetchApiClient, type ApiClient } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DataProviders } from '../app/data-providers';
import type { Theme } from '../app/host-props';
import type { ModuleEvent } from '../app/events';
import { ModuleEventsProvider } from '../app/module-events';
import { allModuleStyles } from '../app/all-styles';
import { ModuleFrame } from '../app/module-frame';
import { catalogs } from './messages';
import { createQueryClient } from '../shared/api/query-client';
import type { Locale } from '../shared/i18n';
import { createMemoryLocation, type ModuleLocation } from '../shared/routing/location';
import { RouterProvider } from '../shared/routing/router';

/** Where stories, tests and the dev harness expect the mock API: the demo's base path. */
export const mockApiBaseUrl = '/api/seller-support/v1';

export interface ModuleHarnessProps {
  /** Defaults to a client on {@link mockApiBaseUrl} with the demo token. */
  api?: ApiClient | undefined;
  locale?: Locale | undefined;
  theme?: Theme | undefined;
  onEvent?: ((event: ModuleEvent) => void) | undefined;
  onUnauthorized?: (() => void) | undefined;
  /** Where the screens think they are; defaults to the module's root in memory. */
  location?: ModuleLocation | undefined;
  /** The default client's limit for an answer: a story of a stalled server shortens it. */
  requestTimeoutMs?: number | undefined;
  /** The caller's own QueryClient (a benchmark that refreshes by hand); by default a fresh one without retries. */
  queryClient?: QueryClient | undefined;
  children: ReactNode;
}

/**
 * A screen inside the module's real providers (shadow root and styles, language, events, API
 * client, QueryClient, a location in memory), for component tests and stories. Retries are off so an error state
 * shows at once, and every harness gets its own QueryClient.
 */
export function ModuleHarness({
  api,
  locale = 'ru',
  theme = 'light',
  onEvent,
  onUnauthorized,
  location,
  requestTimeoutMs,
  queryClient: givenQueryClient,
  children,
}: ModuleHarnessProps) {
  const [defaultLocation] = useState(() => createMemoryLocation('/'));
  const [queryClient] = useState(
    () =>
      givenQueryClient ??
      createQueryClient(onUnauthorized === undefined ? { retry: false } : { retry: false, onUnauthorized }),
  );
  const [defaultApi] = useState(
    () =>
      new FetchApiClient({
        baseUrl: mockApiBaseUrl,
        getAccessToken: () => 'demo-token',
        timeouts: { requestMs: requestTimeoutMs },
      }),
  );
  return (
    <ModuleFrame locale={locale} theme={theme} messages={catalogs[locale]} styles={allModuleStyles}>
      <ModuleEventsProvider onEvent={onEvent}>
        <DataProviders api={api ?? defaultApi} queryClient={queryClient}>
          <RouterProvider location={location ?? defaultLocation}>{children}</RouterProvider>
        </DataProviders>
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}
