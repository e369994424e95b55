import { sellerContextSchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { endpoint, respond, type HandlerContext } from './shared';

/** `GET /context`: the seller, the deal summary and the orders still in transit. */
export function contextHandlers(context: HandlerContext): HttpHandler[] {
  return [endpoint(context, 'getContext', () => respond(sellerContextSchema, context.store.getContext()))];
}
