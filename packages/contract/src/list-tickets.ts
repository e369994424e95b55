import type { FetchTransport, RequestOptions } from './http-transport';
import { ticketsRequest } from './list-tickets-request';
import type { ListTicketsQuery } from './schemas/params';
import { receivedTicketPageSchema, type ReceivedTicketPage } from './schemas/tickets';

// Apart from the transport, and the unread reading apart from this (list-unread.ts): a bundle
// that reads only the unread counts (a host page's badge) must not reach the tickets' schemas.

/**
 * `GET /tickets` over a bare {@link FetchTransport}: what {@link FetchApiClient.listTickets} does,
 * for code that needs this endpoint alone.
 */
export function listTicketsOver(
  http: FetchTransport,
  query: ListTicketsQuery = {},
  options?: RequestOptions,
): Promise<ReceivedTicketPage> {
  return http.json(receivedTicketPageSchema, ticketsRequest(query, options));
}
