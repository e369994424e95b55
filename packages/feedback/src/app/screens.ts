import { preloadableLazy } from '../shared/lib/preloadable-lazy';
import { modulePathOf } from '../shared/routing/location';
import { matchRoute } from '../shared/routing/routes';

// Each screen is a chunk of its own: the entry the host loads stays small, and the cabinet can
// mount the module long before the seller opens a screen. Asked for as the module mounts (the
// screen of the address it mounts at), beside the data layer, so it renders without suspending.

export const SupportPage = preloadableLazy(() =>
  import('./support-page').then(({ SupportPage }) => SupportPage),
);
export const RequestsScreen = preloadableLazy(() =>
  import('../features/requests/list/requests-screen').then(({ RequestsScreen }) => RequestsScreen),
);
export const RequestScreen = preloadableLazy(() =>
  import('../features/requests/request/request-screen').then(({ RequestScreen }) => RequestScreen),
);

/**
 * Starts loading the screen of the address bar's path under `basePath`. Resolves when it is here
 * or failed to come (a failure shows when the screen renders).
 */
export function preloadScreenAt(basePath: string): Promise<void> {
  const path = modulePathOf(basePath, window.location.pathname, window.location.search);
  if (path === null) return Promise.resolve();
  const route = matchRoute(path);
  const screen =
    route.name === 'ask'
      ? SupportPage
      : route.name === 'requests'
        ? RequestsScreen
        : route.name === 'request'
          ? RequestScreen
          : null;
  return (screen?.preload() ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}
