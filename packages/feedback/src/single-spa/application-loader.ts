import {
  applicationFirstParts,
  applicationFirstRequests,
  preloadParts,
  type InsertPreloadLink,
} from '../app/first-screen';
import { sendEarlyRequests } from '../shared/api/early-requests';
import { lazyLifecycles } from './lazy-lifecycles';

/**
 * The application's lifecycles as an entry hands them to single-spa (src/entry.ts, and
 * src/element.ts around them): at bootstrap they ask for the first screen's files all at once
 * (its lifecycles' own code among them), at each mount for that screen's files and its data, and
 * then wait for the code. `files` is the entry's list of its parts' files (written into it by
 * the build), `baseUrl` the entry's URL, `insert` how it puts a preload link into the page.
 */
export function applicationLoader(files: unknown, baseUrl: string, insert: InsertPreloadLink) {
  const preload = (props: Readonly<Record<string, unknown>>) =>
    preloadParts(files, baseUrl, applicationFirstParts(props), insert);
  return lazyLifecycles({
    load: () => import('./application').then(({ applicationLifecycles }) => applicationLifecycles),
    atBootstrap: preload,
    atMount: (props) => {
      // A later mount may open on another screen: its files (a file is asked for once a page).
      preload(props);
      sendEarlyRequests(props['apiBaseUrl'], props['getAccessToken'], applicationFirstRequests(props));
    },
  });
}
