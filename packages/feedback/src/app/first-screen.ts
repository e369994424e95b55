import { modulePathOf } from '../shared/routing/location';
import { matchRoute, type ModuleRoute } from '../shared/routing/routes';
import type { Locale } from '../shared/i18n';
import { failSafeProps, hostPropsSchema } from './host-props';
import { framePacks, parcelFramePacks, screenPacks, type MessagePack } from './load-catalog';
import * as z from 'zod/mini';

/**
 * What the build gives each entry (vite.config.ts, firstScreenPlugin): per lazily loaded part,
 * named after its source file, the files it needs. Absent outside a build (tests, stories, the
 * dev server), where nothing is preloaded.
 */
const firstScreenFilesSchema = z.object({
  files: z.array(z.string()),
  parts: z.record(z.string(), z.array(z.number())),
});

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
 * (the language the frame will show: the host's, else the page's). Asked for from the entry as it
 * mounts, before the frame's code runs and asks for the words itself.
 */
export function applicationFirstParts(props: Readonly<Record<string, unknown>>): string[] {
  const { locale } = failSafeProps(props);
  const basePath = z.safeParse(hostPropsSchema.def.shape.basePath, props['basePath']);
  const path = basePath.success
    ? modulePathOf(basePath.data, window.location.pathname, window.location.search)
    : null;
  return [
    'feedback-app',
    ...packsIn(locale, framePacks),
    ...(path === null ? [] : screenParts(matchRoute(path), locale)),
  ];
}

/** The parts the parcel's dialog needs: its data layer, the form, and their words (as above). */
export function parcelFirstParts(props: Readonly<Record<string, unknown>>): string[] {
  const { locale } = failSafeProps(props);
  return [
    'parcel-app',
    'order-question-form',
    ...packsIn(locale, parcelFramePacks),
    ...packsIn(locale, screenPacks.parcelForm),
  ];
}

const preloaded = new Set<string>();

/**
 * Asks the browser for every file of `parts` at once, beside the entry's own imports, instead of
 * one after another as each part's code runs and asks for the next: `<link rel="modulepreload">`.
 * Without an `integrity` of its own: the browser checks it against the import map's hash of the
 * file, as it checks the entry's imports, so a file that is not the one built is refused here.
 * Each link leaves the page once its file is in, and a file is asked for
 * once per page; the module's later `import()` finds it loaded.
 */
export function preloadParts(files: unknown, baseUrl: string, parts: readonly string[]): void {
  const parsed = z.safeParse(firstScreenFilesSchema, files);
  if (!parsed.success) return;
  const { files: list, parts: indexes } = parsed.data;
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
