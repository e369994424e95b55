import { getResponse, type RequestHandler } from 'msw';

/**
 * A `fetch` answered by the shared MSW handlers in the page itself, without a service worker. A
 * request no handler answers is reported as an uncaught error (which fails the run) and rejects
 * like a network failure.
 */
export function createMockFetch(handlers: readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
    const response = await getResponse([...handlers], request);
    // Handlers without the live stream answer as a server without it does: the desk polls.
    if (
      response === undefined &&
      request.method === 'GET' &&
      new URL(request.url).pathname.endsWith('/desk/v1/events')
    ) {
      return new Response(null, { status: 404 });
    }
    if (response === undefined) {
      reportError(new Error(`Unhandled request in test: ${request.method} ${request.url}`));
      throw new TypeError('Failed to fetch');
    }
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
