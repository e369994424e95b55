import type { FetchTransport, RequestOptions } from './http-transport';
import { ticketsRequest } from './list-tickets-request';
import type { ListTicketsQuery } from './schemas/params';
import { receivedUnreadPageSchema, type ReceivedUnreadPage } from './schemas/unread';

/**
 * `GET /tickets` read for its unread counts alone (a host page's badge): the same request as
 * {@link listTicketsOver}, none of the tickets' schemas.
 */
export function listUnreadOver(
  http: FetchTransport,
  query: ListTicketsQuery = {},
  options?: RequestOptions,
): Promise<ReceivedUnreadPage> {
  return http.json(receivedUnreadPageSchema, ticketsRequest(query, options));
}
