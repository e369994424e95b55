import { facilityPageSchema, listFacilitiesQuerySchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { endpoint, parseQuery, respond, type HandlerContext } from './shared';

/** `GET /facilities`: warehouses, distribution centres and pickup points, by type and text. */
export function facilityHandlers(context: HandlerContext): HttpHandler[] {
  return [
    endpoint(context, 'listFacilities', ({ url }) =>
      respond(facilityPageSchema, context.store.listFacilities(parseQuery(url, listFacilitiesQuerySchema))),
    ),
  ];
}
