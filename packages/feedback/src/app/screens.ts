import type { Locale } from '../shared/i18n';
import { modulePathOf } from '../shared/routing/location';
import { matchRoute } from '../shared/routing/routes';
import { lazyScreen } from './lazy-screen';
import { screenPacks } from './load-catalog';

// Each screen is a chunk of its own, with its styles and its words beside it (asked for with the
// code, in the language shown): the entry the host loads stays small, the cabinet can mount the
// module long before the seller opens a screen, and a screen brings only what it shows. The
// screen of the address the module mounts at is asked for as it mounts (preloadScreenAt), beside
// the data layer, so it renders without suspending.
export const SupportPage = lazyScreen(() => import('./screens/support-page'), screenPacks.ask);
export const RequestsScreen = lazyScreen(() => import('./screens/requests-screen'), screenPacks.requests);
export const RequestScreen = lazyScreen(() => import('./screens/request-screen'), screenPacks.request);

/**
 * Starts loading the screen of the address bar's path under `basePath`, its code and its words in
 * `locale`. Resolves when they are here or failed to come (a failure shows when the screen renders).
 */
export function preloadScreenAt(basePath: string, locale: Locale): Promise<void> {
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
  return (screen?.preload(locale) ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}
