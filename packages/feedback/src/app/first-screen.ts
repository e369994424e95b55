import { modulePathOf } from '../shared/routing/location';
import { matchRoute, type ModuleRoute } from '../shared/routing/routes';
import { hostPropsSchema } from './host-props';
import * as z from 'zod/mini';

/**
 * What the build gives each entry (vite.config.ts, firstScreenPlugin): per lazily loaded part,
 * named after its source file, the files it needs and their integrity hashes. Absent outside a
 * build (tests, stories, the dev server), where nothing is preloaded.
 */
const firstScreenFilesSchema = z.object({
  files: z.array(z.tuple([z.string(), z.string().check(z.startsWith('sha'))])),
  parts: z.record(z.string(), z.array(z.number())),
});

/** The part that holds a route's screen. */
function screenPart(route: ModuleRoute): string | null {
  switch (route.name) {
    case 'ask':
      return 'support-page';
    case 'requests':
      return 'requests-screen';
    case 'request':
      return 'request-screen';
    case 'not-found':
      return null;
  }
}

/**
 * The parts the application's first screen needs where the host mounts it: the data layer and
 * the screen of the current address. The seller's language needs no link: the frame and the
 * screen's preload ask for its packs as the module mounts, at the same moment.
 */
export function applicationFirstParts(props: Readonly<Record<string, unknown>>): string[] {
  const basePath = z.safeParse(hostPropsSchema.def.shape.basePath, props['basePath']);
  const path = basePath.success
    ? modulePathOf(basePath.data, window.location.pathname, window.location.search)
    : null;
  const screen = path === null ? null : screenPart(matchRoute(path));
  return ['feedback-app', ...(screen === null ? [] : [screen])];
}

/** The parts the parcel's dialog needs: its data layer and the form (its words: as above). */
export function parcelFirstParts(): string[] {
  return ['parcel-app', 'order-question-form'];
}

const preloaded = new Set<string>();

/**
 * Asks the browser for every file of `parts` at once, beside the entry's own imports, instead of
 * one after another as each part's code runs and asks for the next: `<link rel="modulepreload">`
 * with the file's integrity hash, so a file that is not the one built is refused here as the
 * import map refuses it. Each link leaves the page once its file is in, and a file is asked for
 * once per page; the module's later `import()` finds it loaded.
 */
export function preloadParts(files: unknown, baseUrl: string, parts: readonly string[]): void {
  const parsed = z.safeParse(firstScreenFilesSchema, files);
  if (!parsed.success) return;
  const { files: list, parts: indexes } = parsed.data;
  for (const part of parts) {
    for (const index of indexes[part] ?? []) {
      const listed = list[index];
      if (listed === undefined) continue;
      const [file, integrity] = listed;
      const href = new URL(file, baseUrl).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.integrity = integrity;
      const done = () => link.remove();
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
      document.head.append(link);
    }
  }
}
