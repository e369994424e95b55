import { FetchApiClient } from '@seller-support/contract';
import { useEffect, useMemo, useState } from 'react';
import { createQueryClient } from '../shared/api/query-client';
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
  const { apiBaseUrl, getAccessToken, onSessionExpired, basePath } = props;
  // The host may hand over a new token getter or session callback on update; use them at once.
  const host = useLatest({ getAccessToken, onSessionExpired });
  const [queryClient] = useState(() =>
    createQueryClient({ onUnauthorized: () => host.current.onSessionExpired?.() }),
  );
  const [api] = useState(
    () => new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => host.current.getAccessToken() }),
  );

  const [location] = useState(() => createBrowserLocation(basePath));

  // Release the cache and its garbage-collection timers with the mount. Requests in flight are
  // aborted already: their observers unsubscribe and the query function passes on the signal.
  useEffect(() => () => queryClient.clear(), [queryClient]);

  return (
    <DataProviders api={api} queryClient={queryClient}>
      <RouterProvider location={location}>
        <ModuleRoutes host={props} />
      </RouterProvider>
    </DataProviders>
  );
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
