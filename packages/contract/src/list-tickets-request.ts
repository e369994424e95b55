import { perCall, toSearchParams, type ApiCall, type RequestOptions } from './http-transport';
import { apiPaths } from './paths';
import type { ListTicketsQuery } from './schemas/params';

/** The request of `GET /tickets` with a query, whatever reads its answer. */
export function ticketsRequest(query: ListTicketsQuery, options: RequestOptions | undefined): ApiCall {
  return {
    method: 'GET',
    path: apiPaths.tickets,
    query: toSearchParams({
      status: query.status,
      topic: query.topic,
      // `unread=false` means no filter, so it is left out rather than sent.
      unread: query.unread === true ? true : undefined,
      query: query.query,
      cursor: query.cursor,
      limit: query.limit,
    }),
    ...perCall(options),
  };
}
