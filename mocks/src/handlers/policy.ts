import { policySchema } from '@seller-support/contract';
import type { HttpHandler } from 'msw';
import { endpoint, respond, type HandlerContext } from './shared';

/** `GET /policy`: hours, response targets, attachment limits and the other channels. */
export function policyHandlers(context: HandlerContext): HttpHandler[] {
  return [endpoint(context, 'getPolicy', () => respond(policySchema, context.store.getPolicy()))];
}
