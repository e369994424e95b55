/** The module's screens, matched from a module path (see ./location.ts). */
export type ModuleRoute =
  | { name: 'ask' }
  | { name: 'requests'; params: URLSearchParams }
  | { name: 'request'; id: string }
  | { name: 'not-found' };

/** Module paths of the screens, for links and navigation. */
export const routePaths = {
  ask: () => '/',
  requests: (params?: URLSearchParams) => {
    const query = params?.toString() ?? '';
    return query === '' ? '/requests' : `/requests?${query}`;
  },
  request: (id: string) => `/requests/${encodeURIComponent(id)}`,
} as const;

export function matchRoute(path: string): ModuleRoute {
  const queryStart = path.indexOf('?');
  const pathname = (queryStart === -1 ? path : path.slice(0, queryStart)).replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(queryStart === -1 ? '' : path.slice(queryStart + 1));
  if (pathname === '/') return { name: 'ask' };
  if (pathname === '/requests') return { name: 'requests', params };
  const request = /^\/requests\/([^/]+)$/.exec(pathname);
  if (request?.[1] !== undefined) {
    try {
      return { name: 'request', id: decodeURIComponent(request[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}
