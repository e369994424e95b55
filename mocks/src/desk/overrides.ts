import { delay, http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { joinUrl } from '../endpoints';
import { failureResponse, respond } from '../handlers/shared';
import type { OverrideOptions } from '../overrides';
import {
  defaultDeskBaseUrl,
  deskEndpointResponseSchemas,
  deskEndpointRoutes,
  type DeskEndpointName,
} from './endpoints';

// The seller's per-story overrides (../overrides.ts), for the desk's endpoints: put them in front
// of `deskHandlers` (`worker.use(mockDeskPending('listQueue'))`) for one state of one screen.

type DeskJsonEndpointName = keyof typeof deskEndpointResponseSchemas;

function override(
  endpoint: DeskEndpointName,
  baseUrl: string,
  resolver: () => Response | Promise<Response>,
  { once = false }: OverrideOptions = {},
): HttpHandler {
  const route = deskEndpointRoutes[endpoint];
  return http[route.method](joinUrl(baseUrl, route.path), resolver, { once });
}

/** One desk endpoint answers a problem+json error (429 with `Retry-After: 30`). */
export function mockDeskFailure(
  endpoint: DeskEndpointName,
  status: number,
  baseUrl: string = defaultDeskBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'status', status }), options);
}

/** One desk endpoint never answers: its loading state, for as long as the story is open. */
export function mockDeskPending(
  endpoint: DeskEndpointName,
  baseUrl: string = defaultDeskBaseUrl,
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

/** One desk endpoint fails at the network level (`fetch` rejects). */
export function mockDeskNetworkError(
  endpoint: DeskEndpointName,
  baseUrl: string = defaultDeskBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'network' }), options);
}

/** One desk endpoint answers 200 with a body that breaks the contract. */
export function mockDeskMalformed(
  endpoint: DeskEndpointName,
  baseUrl: string = defaultDeskBaseUrl,
  options?: OverrideOptions,
): HttpHandler {
  return override(endpoint, baseUrl, () => failureResponse({ kind: 'malformed' }), options);
}

/** One desk endpoint answers fixed data, checked against the desk contract like every mock answer. */
export function mockDeskResponse<E extends DeskJsonEndpointName>(
  endpoint: E,
  data: z.input<(typeof deskEndpointResponseSchemas)[E]>,
  baseUrl: string = defaultDeskBaseUrl,
): HttpHandler {
  return override(endpoint, baseUrl, () => respond(deskEndpointResponseSchemas[endpoint], data));
}
