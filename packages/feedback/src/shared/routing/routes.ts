/** The module's screens, matched from a module path (see ./location.ts). */
export type ModuleRoute =
  | { name: 'ask'; params: URLSearchParams }
  | { name: 'requests'; params: URLSearchParams }
  | { name: 'request'; id: string }
  | { name: 'not-found' };

// encodeURIComponent leaves "." and ".." as they are, and a URL resolves them as dot segments
// ("/support/requests/.." is "/support/"), percent-encoded or not. Such a segment gets a raw "=" in
// front, which encodeURIComponent never leaves raw, so no other id can look the same.
const dotSegment = /^\.{1,2}$/;
const markedDotSegment = /^=\.{1,2}$/;

/** An id as one path segment: every id, "..", "a/b", "%2F" or "?x" included, comes back as it was. */
function encodePathSegment(id: string): string {
  const encoded = encodeURIComponent(id);
  return dotSegment.test(encoded) ? `=${encoded}` : encoded;
}

/** The id of a path segment written by {@link encodePathSegment}; null when it is not one. */
function decodePathSegment(segment: string): string | null {
  if (markedDotSegment.test(segment)) return segment.slice(1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Module paths of the screens, for links and navigation. */
export const routePaths = {
  /** The form; `?topic=&order=` open a fresh one on a topic and an order (the parcel's "full form"). */
  ask: (prefill?: { topic?: string | undefined; orderId?: string | undefined }) => {
    const query = new URLSearchParams();
    if (prefill?.topic !== undefined) query.set('topic', prefill.topic);
    if (prefill?.orderId !== undefined) query.set('order', prefill.orderId);
    return query.size === 0 ? '/' : `/?${query.toString()}`;
  },
  requests: (params?: URLSearchParams) => {
    const query = params?.toString() ?? '';
    return query === '' ? '/requests' : `/requests?${query}`;
  },
  request: (id: string) => `/requests/${encodePathSegment(id)}`,
} as const;

export function matchRoute(path: string): ModuleRoute {
  const queryStart = path.indexOf('?');
  const pathname = (queryStart === -1 ? path : path.slice(0, queryStart)).replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(queryStart === -1 ? '' : path.slice(queryStart + 1));
  if (pathname === '/') return { name: 'ask', params };
  if (pathname === '/requests') return { name: 'requests', params };
  const request = /^\/requests\/([^/]+)$/.exec(pathname);
  const id = request?.[1] === undefined ? null : decodePathSegment(request[1]);
  return id === null ? { name: 'not-found' } : { name: 'request', id };
}
