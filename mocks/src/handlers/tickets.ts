import {
  listTicketsQuerySchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
} from '@seller-support/contract';
import { HttpResponse, type HttpHandler } from 'msw';
import {
  endpoint,
  idempotencyKey,
  optionalIdempotencyKey,
  param,
  parseQuery,
  readJson,
  respond,
  type HandlerContext,
} from './shared';

/** Everything under `/tickets`: create, list, read, reply, decide an offer, reopen, rate, mark read. */
export function ticketHandlers(context: HandlerContext): HttpHandler[] {
  const { store } = context;
  return [
    endpoint(context, 'createTicket', async ({ request }) => {
      const { created, value } = store.createTicket(await readJson(request), idempotencyKey(request));
      return respond(ticketSchema, value, { status: created ? 201 : 200 });
    }),
    endpoint(context, 'listTickets', ({ url }) =>
      respond(
        ticketPageSchema,
        store.listTickets(parseQuery(url, listTicketsQuerySchema, ['status', 'topic'], ['unread'])),
      ),
    ),
    endpoint(context, 'getTicket', (request) => respond(ticketSchema, store.getTicket(param(request, 'id')))),
    endpoint(context, 'postMessage', async (request) => {
      const { created, value } = store.postMessage(
        param(request, 'id'),
        await readJson(request.request),
        idempotencyKey(request.request),
      );
      return respond(ticketEventSchema, value, { status: created ? 201 : 200 });
    }),
    // The ticket actions take a key if the client sends one, and are safe to repeat without.
    endpoint(context, 'decideOffer', async (request) =>
      respond(
        ticketSchema,
        store.decideOffer(
          param(request, 'id'),
          param(request, 'offerId'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    endpoint(context, 'reopenTicket', async (request) =>
      respond(
        ticketSchema,
        store.reopenTicket(
          param(request, 'id'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    endpoint(context, 'rateTicket', async (request) =>
      respond(
        ticketSchema,
        store.rateTicket(
          param(request, 'id'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    endpoint(context, 'markRead', (request) => {
      store.markRead(param(request, 'id'));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
