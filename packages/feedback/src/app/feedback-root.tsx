import { FetchApiClient, type SellerContext } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { contextKeys } from '../shared/api/get-context';
import { createQueryClient } from '../shared/api/query-client';
import { useReleaseQueryClientOnUnmount } from '../shared/api/release-query-client';
import { createBrowserLocation } from '../shared/routing/location';
import { RouterProvider } from '../shared/routing/router';
import { useLatest } from '../shared/lib/use-latest';
import { DataProviders } from './data-providers';
import { failSafeProps, parseHostProps, type HostProps } from './host-props';
import { InvalidPropsScreen } from './invalid-props-screen';
import { CrashScreen } from './crash-screen';
import { ModuleCrashGuard } from './module-error-boundary';
import { ModuleEventsProvider, useEmitModuleEvent } from './module-events';
import { ModuleFrame } from './module-frame';
import { ModuleRoutes } from './module-routes';
import { createSessionExpiry } from './session-expiry';
import { UnreadCountReporter } from './unread-count-reporter';

/** Whatever the host passed: validated here, not trusted by type. */
export type RawHostProps = Readonly<Record<string, unknown>>;

/**
 * The module's root. Every mount and every update re-parses the host's props; language and
 * theme come from them even when other props are wrong, so the error the host sees is in
 * the seller's language.
 */
export function FeedbackRoot(props: RawHostProps) {
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  const parsed = useMemo(() => parseHostProps(props), [props]);

  return (
    <ModuleFrame locale={locale} theme={theme} nonce={nonce}>
      <ModuleEventsProvider onEvent={onEvent}>
        {parsed.ok ? (
          <ModuleCrashGuard>
            {/* Another API is another server, another base path other routes: start afresh. */}
            <FeedbackApp key={`${parsed.props.apiBaseUrl} ${parsed.props.basePath}`} {...parsed.props} />
          </ModuleCrashGuard>
        ) : (
          <InvalidPropsScreen problems={parsed.problems} />
        )}
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}

/**
 * One mount's data layer and screens. The API client and the QueryClient are created here,
 * once per mount, and dropped with it: nothing is shared with the host or another mount.
 */
function FeedbackApp(props: HostProps) {
  const { apiBaseUrl, getAccessToken, onSessionExpired, basePath, seller } = props;
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

  const [location] = useState(() => createBrowserLocation(basePath));

  // A seller context handed over by an update replaces the one in the cache.
  useEffect(() => {
    if (seller !== undefined) seedSellerContext(queryClient, seller);
  }, [queryClient, seller]);

  // Release the cache, its garbage-collection timers and its requests in flight with the mount.
  useReleaseQueryClientOnUnmount(queryClient);

  return (
    <DataProviders api={api} queryClient={queryClient}>
      <UnreadCountReporter />
      <RouterProvider location={location}>
        <ModuleRoutes host={props} />
      </RouterProvider>
    </DataProviders>
  );
}

/**
 * Puts the host's seller context where `GET /context` would, and keeps it fresh for good: the
 * cabinet owns it and hands over a new one through `update`.
 */
function seedSellerContext(queryClient: QueryClient, seller: SellerContext): void {
  queryClient.setQueryDefaults(contextKeys.current(), { staleTime: Infinity });
  queryClient.setQueryData(contextKeys.current(), seller);
}

/**
 * Last resort for single-spa-react's own boundary, reached only if the frame itself fails.
 * It has no restart: single-spa-react's boundary cannot be reset from inside.
 */
export function FeedbackRootFallback(props: RawHostProps) {
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  return (
    <ModuleFrame locale={locale} theme={theme} nonce={nonce}>
      <ModuleEventsProvider onEvent={onEvent}>
        <CrashReport />
        <CrashScreen />
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}

function CrashReport() {
  const emit = useEmitModuleEvent();
  useEffect(() => emit({ type: 'module-failed', reason: 'crashed' }), [emit]);
  return null;
}
