/**
 * Where the seller is inside the module. The module's routes live under the host's `basePath`;
 * everything here speaks module paths (`/`, `/requests`, `/requests/T-000123`, with an optional
 * `?query`) and only the browser location translates them to and from the address bar.
 *
 * No router library: the small ones patch `history.pushState` for the whole page when imported,
 * and a module living in other teams' pages must not change their globals. Three routes need
 * no more than this.
 */
export interface ModuleLocation {
  /** The current module path with its query (`/requests?status=resolved`), or null outside `basePath`. */
  current: () => string | null;
  /** Goes to a module path; `replace` rewrites the current history entry instead of adding one. */
  navigate: (to: string, options?: { replace?: boolean }) => void;
  /** The href a link to a module path carries (what "open in a new tab" opens). */
  href: (to: string) => string;
  /** Told after every change, whoever made it (the module, the host, back and forward). */
  subscribe: (onChange: () => void) => () => void;
}

function trimSlash(basePath: string): string {
  return basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
}

/** The module path of an address bar path under `basePath`, or null when it is outside. */
export function modulePathOf(basePath: string, pathname: string, search = ''): string | null {
  const base = trimSlash(basePath);
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const rest = pathname.slice(base.length);
  return `${rest === '' ? '/' : rest}${search}`;
}

/** The address bar path of a module path. */
export function browserPathOf(basePath: string, to: string): string {
  const base = trimSlash(basePath);
  return to === '/' ? `${base}/` : `${base}${to.startsWith('/') ? to : `/${to}`}`;
}

/**
 * The address bar under `basePath`. It hears back and forward and the host's navigation through
 * `popstate` (single-spa dispatches one after every `pushState`), and its own navigation directly.
 */
export function createBrowserLocation(basePath: string): ModuleLocation {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    current: () => modulePathOf(basePath, window.location.pathname, window.location.search),
    navigate(to, { replace = false } = {}) {
      const url = browserPathOf(basePath, to);
      if (replace) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
      notify();
    },
    href: (to) => browserPathOf(basePath, to),
    subscribe(onChange) {
      listeners.add(onChange);
      if (listeners.size === 1) window.addEventListener('popstate', notify);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('popstate', notify);
      };
    },
  };
}

/**
 * A location kept in memory: for the parcel (a dialog over the host's page must not change its
 * address) and for stories and tests. `basePath` only shapes the links' hrefs.
 */
export function createMemoryLocation(
  initial = '/',
  basePath = '/support',
): ModuleLocation & {
  /** Every path visited, oldest first, for tests. */
  readonly history: readonly string[];
} {
  const entries = [initial];
  const listeners = new Set<() => void>();
  return {
    get history() {
      return [...entries];
    },
    current: () => entries.at(-1) ?? '/',
    navigate(to, { replace = false } = {}) {
      if (replace) entries[entries.length - 1] = to;
      else entries.push(to);
      for (const listener of [...listeners]) listener();
    },
    href: (to) => browserPathOf(basePath, to),
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
