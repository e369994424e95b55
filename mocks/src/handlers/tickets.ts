import {
  listTicketsQuerySchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketEventsQuerySchema,
  ticketPageSchema,
  ticketSchema,
  type Ticket,
} from '@seller-support/contract';
import { HttpResponse, type HttpHandler } from 'msw';
import { ProblemError } from '../problem';
import { lastMessageOf } from '../store';
import { hashBytes } from '../random';
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

/**
 * A strong validator of a ticket's answer: the hash and the length of its JSON, so any change the
 * seller could see (an event, the status, the unread count) gives another one.
 */
function etagOf(ticket: Ticket): string {
  const bytes = new TextEncoder().encode(JSON.stringify(ticket));
  return `"t${hashBytes(bytes).toString(36)}-${bytes.length.toString(36)}"`;
}

/** Whether `If-None-Match` names `etag` (or is `*`); weak and strong forms compare alike for a GET. */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Everything under `/tickets`: create, list, read, reply, decide an offer, reopen, rate, mark read. */
export function ticketHandlers(context: HandlerContext): HttpHandler[] {
  const { store, scenario } = context;
  /**
   * A ticket with its events as this server answers it: its latest message as the list shows it
   * (the service sends it here too), and `eventsCursor` when it offers `GET /tickets/{id}/events`.
   */
  const withCursor = (ticket: Ticket): Ticket => {
    if (ticket.events === undefined) return ticket;
    const answer = { ...ticket, ...lastMessageOf(ticket.events) };
    return scenario.offers('ticketEvents')
      ? { ...answer, eventsCursor: store.eventsCursorOf(ticket.events) }
      : answer;
  };
  return [
    endpoint(context, 'createTicket', async ({ request }) => {
      const { created, value } = store.createTicket(await readJson(request), idempotencyKey(request));
      return respond(ticketSchema, withCursor(value), { status: created ? 201 : 200 });
    }),
    endpoint(context, 'listTickets', ({ url }) =>
      respond(
        ticketPageSchema,
        store.listTickets(parseQuery(url, listTicketsQuerySchema, ['status', 'topic'], ['unread'])),
      ),
    ),
    endpoint(context, 'getTicket', (request) => {
      const ticket = withCursor(store.getTicket(param(request, 'id')));
      if (!scenario.offers('ticketEtag')) return respond(ticketSchema, ticket);
      const etag = etagOf(ticket);
      if (matchesEtag(request.request.headers.get('If-None-Match'), etag)) {
        return new HttpResponse(null, { status: 304, headers: { ETag: etag } });
      }
      return respond(ticketSchema, ticket, { headers: { ETag: etag } });
    }),
    endpoint(context, 'getTicketEvents', (request) => {
      // An older server has no such route: the answer it gives any path it does not know.
      if (!scenario.offers('ticketEvents'))
        throw new ProblemError(404, `No endpoint GET ${request.url.pathname}.`);
      const { after } = parseQuery(request.url, ticketEventsQuerySchema);
      return respond(ticketChangesSchema, store.ticketChanges(param(request, 'id'), after));
    }),
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
        withCursor(
          store.decideOffer(
            param(request, 'id'),
            param(request, 'offerId'),
            await readJson(request.request),
            optionalIdempotencyKey(request.request),
          ),
        ),
      ),
    ),
    endpoint(context, 'reopenTicket', async (request) =>
      respond(
        ticketSchema,
        withCursor(
          store.reopenTicket(
            param(request, 'id'),
            await readJson(request.request),
            optionalIdempotencyKey(request.request),
          ),
        ),
      ),
    ),
    endpoint(context, 'rateTicket', async (request) =>
      respond(
        ticketSchema,
        withCursor(
          store.rateTicket(
            param(request, 'id'),
            await readJson(request.request),
            optionalIdempotencyKey(request.request),
          ),
        ),
      ),
    ),
    endpoint(context, 'markRead', (request) => {
      store.markRead(param(request, 'id'));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
