import { delay, http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import {
  defaultBaseUrl,
  endpointResponseSchemas,
  endpointRoutes,
  endpointUrl,
  type EndpointName,
  type JsonEndpointName,
} from './endpoints';
import { failureResponse, respond } from './handlers/shared';

/** How an override applies. */
export interface OverrideOptions {
  /** Only the first request gets it; later ones reach the handlers behind (the server recovers). */
  once?: boolean | undefined;
}

function override(
  endpoint: EndpointName,
  baseUrl: string,
  resolver: () => Response | Promise<Response>,
  { once = false }: OverrideOptions = {},
): HttpHandler {
  return http[endpointRoutes[endpoint].method](endpointUrl(baseUrl, endpoint), resolver, { once });
}

/**
 * A handler that answers one endpoint with a problem+json error (429 with `Retry-After: 30`).
 * Put it in front of the default handlers: `worker.use(mockFailure('getContext', 500))`.
 */
export function mockFailure(
  endpoint: EndpointName,
  status: number,
  baseUrl: string = defaultBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'status', status }), options);
}

/** A handler that never answers one endpoint: the loading state, for as long as the story is open. */
export function mockPending(
  endpoint: EndpointName,
  baseUrl: string = defaultBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(
    endpoint,
    baseUrl,
    async () => {
      await delay('infinite');
      return failureResponse({ kind: 'network' });
    },
    options,
  );
}

/** A handler whose request fails at the network level (`fetch` rejects): the offline state. */
export function mockNetworkError(
  endpoint: EndpointName,
  baseUrl: string = defaultBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'network' }), options);
}

/** A handler answering 200 with a body that breaks the contract: the "server sent nonsense" state. */
export function mockMalformed(
  endpoint: EndpointName,
  baseUrl: string = defaultBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'malformed' }), options);
}

/**
 * A handler answering one endpoint with fixed data, checked against the contract like every
 * mock answer: `mockResponse('listTickets', { items: [], nextCursor: null, total: 0 })`.
 */
export function mockResponse<E extends JsonEndpointName>(
  endpoint: E,
  data: z.input<(typeof endpointResponseSchemas)[E]>,
  baseUrl: string = defaultBaseUrl,
): HttpHandler {
  return override(endpoint, baseUrl, () => respond(endpointResponseSchemas[endpoint], data));
}
