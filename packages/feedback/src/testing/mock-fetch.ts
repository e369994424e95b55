import { getResponse, type RequestHandler } from 'msw';

/** The API's `GET /events` (not a ticket's `/tickets/{id}/events`). */
function isLiveStreamPath(pathname: string): boolean {
  return pathname.endsWith('/events') && !/\/tickets\/[^/]+\/events$/.test(pathname);
}

/**
 * A `fetch` answered by MSW request handlers in the page itself, without a service worker:
 * the shared mock handlers, in tests that need no worker script served. A request no handler
 * answers is reported as an uncaught error, which fails the test run, and rejects like a
 * network failure.
 */
export function createMockFetch(handlers: readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
    const response = await getResponse([...handlers], request);
    // Handlers without the live stream answer as a server without it does: the module polls.
    if (
      response === undefined &&
      request.method === 'GET' &&
      isLiveStreamPath(new URL(request.url).pathname)
    ) {
      return new Response(null, { status: 404 });
    }
    if (response === undefined) {
      reportError(new Error(`Unhandled request in test: ${request.method} ${request.url}`));
      throw new TypeError('Failed to fetch');
    }
    // `HttpResponse.error()`: what the service worker would turn into a rejected fetch.
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
