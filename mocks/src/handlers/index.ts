import type { HttpHandler } from 'msw';
import { articleHandlers } from './articles';
import { attachmentHandlers } from './attachments';
import { contextHandlers } from './context';
import { facilityHandlers } from './facilities';
import { liveHandlers } from './live';
import { orderHandlers } from './orders';
import { policyHandlers } from './policy';
import type { HandlerContext } from './shared';
import { ticketHandlers } from './tickets';

export { ContractDriftError, malformedBody, problemResponse, respond, type HandlerContext } from './shared';

/** MSW handlers for every endpoint of api.md, answering from `store` and obeying `scenario`. */
export function createHandlers(context: HandlerContext): HttpHandler[] {
  return [
    ...contextHandlers(context),
    ...orderHandlers(context),
    ...facilityHandlers(context),
    ...policyHandlers(context),
    ...articleHandlers(context),
    ...attachmentHandlers(context),
    ...ticketHandlers(context),
    ...liveHandlers(context),
  ];
}
