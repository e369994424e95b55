import { listOrdersQuerySchema, orderPageSchema, orderSchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { endpoint, param, parseQuery, respond, type HandlerContext } from './shared';

/** `GET /orders` (search, status filter, dates, cursor pages) and `GET /orders/{id}`. */
export function orderHandlers(context: HandlerContext): HttpHandler[] {
  return [
    endpoint(context, 'listOrders', ({ url }) =>
      respond(orderPageSchema, context.store.listOrders(parseQuery(url, listOrdersQuerySchema, ['status']))),
    ),
    endpoint(context, 'getOrder', (request) =>
      respond(orderSchema, context.store.getOrder(param(request, 'id'))),
    ),
  ];
}
