/**
 * What an entry asks for as it mounts, before the code that would ask is here: which lazily
 * loaded parts of the build its first screen needs, and which of its data. Read straight from the
 * host's props, without the schema library, so that it costs the entry nothing to run.
 */
import { ordersPageSize } from '../features/ask/api/orders-page-size';
import type { Locale } from '../shared/i18n';
import { localeOfProp } from '../shared/i18n/page-locale';
import { basePathOfProp } from '../shared/routing/base-path';
import { modulePathOf } from '../shared/routing/location';
import { matchRoute, type ModuleRoute } from '../shared/routing/routes';
import { framePacks, parcelFramePacks, screenPacks, type MessagePack } from './message-packs';

/**
 * What the build gives each entry (vite.config.ts, firstScreenPlugin): per lazily loaded part,
 * named after its source file, the files it needs. Absent outside a build (tests, stories, the
 * dev server), where nothing is preloaded.
 */
interface FirstScreenFiles {
  files: readonly string[];
  parts: Readonly<Record<string, readonly number[]>>;
}

const isFirstScreenFiles = (value: unknown): value is FirstScreenFiles =>
  typeof value === 'object' &&
  value !== null &&
  'files' in value &&
  Array.isArray(value.files) &&
  'parts' in value &&
  typeof value.parts === 'object' &&
  value.parts !== null;

/**
 * Each language pack's chunk, by language: named after its source file (load-catalog.ts imports
 * them). The build checks that every one of them is a chunk (vite.config.ts, firstScreenParts).
 */
const packParts: Readonly<Record<MessagePack, Readonly<Record<Locale, string>>>> = {
  frame: { ru: 'frame.ru', en: 'frame.en' },
  form: { ru: 'form.ru', en: 'form.en' },
  snapshot: { ru: 'snapshot', en: 'snapshot.en' },
  attachments: { ru: 'attachments', en: 'attachments.en' },
  channels: { ru: 'channels', en: 'channels.en' },
  requestsList: { ru: 'requests-list', en: 'requests-list.en' },
  request: { ru: 'request', en: 'request.en' },
  requestActions: { ru: 'request-actions', en: 'request-actions.en' },
  parcel: { ru: 'parcel', en: 'parcel.en' },
};

const packsIn = (locale: Locale, packs: readonly MessagePack[]) =>
  packs.map((pack) => packParts[pack][locale]);

/** The part that holds a route's screen, and the packs of words it shows. */
function screenParts(route: ModuleRoute, locale: Locale): string[] {
  switch (route.name) {
    case 'ask':
      return ['support-page', ...packsIn(locale, screenPacks.ask)];
    case 'requests':
      return ['requests-screen', ...packsIn(locale, screenPacks.requests)];
    case 'request':
      return ['request-screen', ...packsIn(locale, screenPacks.request)];
    case 'not-found':
      return [];
  }
}

/**
 * The parts the application's first screen needs where the host mounts it: the data layer, the
 * screen of the current address, and the frame's and the screen's words in the seller's language
 * (the language the frame will show: the host's, else the page's). Asked for by the entry as it
 * mounts, all at once, before the frame's code runs and asks for them itself.
 */
export function applicationFirstParts(props: Readonly<Record<string, unknown>>): string[] {
  const locale = localeOfProp(props['locale']);
  const route = routeOf(props);
  return [
    'feedback-app',
    ...packsIn(locale, framePacks),
    ...(route === null ? [] : screenParts(route, locale)),
  ];
}

/** The route the application opens on, under the host's `basePath` (none with a bad one). */
function routeOf(props: Readonly<Record<string, unknown>>): ModuleRoute | null {
  const basePath = basePathOfProp(props['basePath']);
  const path =
    basePath === null ? null : modulePathOf(basePath, window.location.pathname, window.location.search);
  return path === null ? null : matchRoute(path);
}

/**
 * The `GET`s the application's first screen waits for, as the client sends them (paths under
 * `apiBaseUrl`), for an entry to send as it mounts (shared/api/early-requests.ts). The request
 * form's: the seller's context (unless the host gave it), the policy, and the first page of
 * orders its picker shows (in transit only for a parcel's whereabouts, prefetch-first-screen.ts).
 * The address's topic counts when it is one the module knows, else the host's: where that cannot
 * be told without the topics' list, the orders are left to the form.
 */
export function applicationFirstRequests(props: Readonly<Record<string, unknown>>): string[] {
  const route = routeOf(props);
  if (route?.name !== 'ask') return [];
  const addressTopic = route.params.get('topic');
  const hostTopic = props['initialTopic'];
  const inTransitOnly =
    addressTopic === 'parcel_location' || (addressTopic === null && hostTopic === 'parcel_location');
  const ordersKnown = inTransitOnly || addressTopic === null || hostTopic !== 'parcel_location';
  const orders = inTransitOnly
    ? `/orders?status=in_transit&limit=${String(ordersPageSize)}`
    : `/orders?limit=${String(ordersPageSize)}`;
  return [
    ...(props['seller'] === undefined ? ['/context'] : []),
    '/policy',
    ...(ordersKnown ? [orders] : []),
  ];
}

/**
 * The `GET`s the parcel's form waits for (as {@link applicationFirstRequests}): the context
 * (unless the host gave it), the policy and the order it is about. Its order list is not shown:
 * the order is pinned at the form's top.
 */
export function parcelFirstRequests(props: Readonly<Record<string, unknown>>): string[] {
  const orderId = props['orderId'];
  return [
    ...(props['seller'] === undefined ? ['/context'] : []),
    '/policy',
    // As the client builds the path: the id percent-encoded as one segment.
    ...(typeof orderId === 'string' && orderId.trim() !== ''
      ? [`/orders/${encodeURIComponent(orderId)}`]
      : []),
  ];
}

/** The parts the parcel's dialog needs: its data layer, the form, and their words (as above). */
export function parcelFirstParts(props: Readonly<Record<string, unknown>>): string[] {
  const locale = localeOfProp(props['locale']);
  return [
    'parcel-app',
    'order-question-form',
    ...packsIn(locale, parcelFramePacks),
    ...packsIn(locale, screenPacks.parcelForm),
  ];
}

const preloaded = new Set<string>();

/**
 * Asks the browser for every file of `parts` at once, instead of one after another as each
 * part's code runs and asks for the next: `<link rel="modulepreload">`. Without an `integrity` of
 * its own: the browser checks it against the import map's hash of the file, as it checks any
 * import, so a file that is not the one built is refused here. Each link leaves the page once its
 * file is in, and a file is asked for once per page; the module's later `import()` finds it
 * loaded.
 */
export function preloadParts(files: unknown, baseUrl: string, parts: readonly string[]): void {
  if (!isFirstScreenFiles(files)) return;
  const { files: list, parts: indexes } = files;
  for (const part of parts) {
    for (const index of indexes[part] ?? []) {
      const file = list[index];
      if (file === undefined) continue;
      const href = new URL(file, baseUrl).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      const done = () => link.remove();
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
      document.head.append(link);
    }
  }
}
