import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import {
  defaultBaseUrl,
  endpointReceivedSchemas,
  endpointResponseSchemas,
  endpointRoutes,
  endpointUrl,
  type EndpointName,
  type JsonEndpointName,
} from './endpoints';
import { ContractDriftError, failureResponse, respond } from './handlers/shared';

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

/**
 * A handler answering one endpoint as a server that is not ours might: a newer version of the
 * contract or one written apart from this project, with enum values this version does not list,
 * fields it does not know, a malformed item in a list. `mockResponse` would refuse such a body, and
 * should: our own mocks are held to the contract. This one only checks that the client can read the
 * body at all (a typo that makes the whole answer unreadable still throws, as drift); for an answer
 * no client can read, use `mockMalformed`.
 */
export function mockForeignResponse(
  endpoint: JsonEndpointName,
  data: unknown,
  baseUrl: string = defaultBaseUrl,
): HttpHandler {
  const result = z.safeParse(endpointReceivedSchemas[endpoint], data);
  if (!result.success)
    throw new ContractDriftError(`what a client reads of ${endpoint}`, result.error.issues);
  const body = JSON.stringify(data);
  return override(
    endpoint,
    baseUrl,
    () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
  );
}
