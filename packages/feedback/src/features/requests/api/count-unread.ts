import {
  maxPageLimit,
  type ApiClient,
  type ListTicketsQuery,
  type ReceivedUnreadPage,
  type RequestOptions,
} from '@seller-support/contract';

// Without React: the unread entry (a host's badge on pages without the module) counts with this too.

/** How often the unread count is asked for while the page is visible. */
export const unreadRefreshMs = 60_000;

/**
 * The first request's page size. A server that honours `unread=true` returns only unread
 * requests, so a page of them with `total` is the answer; a server built against the original
 * contract ignores the parameter, and a read request on this page gives that away. One item
 * would prove little: the newest request is often the one with a new answer.
 */
export const unreadProbeLimit = 20;

/** Pages read at most when the count has to be made by paging: up to 1,000 requests. */
export const maxUnreadPages = 10;

/**
 * How many of the seller's requests have unread events: `total` of `GET /tickets?unread=true`
 * when the server filters and counts; otherwise the unread requests counted page by page (at most
 * {@link maxUnreadPages} pages of {@link maxPageLimit}, so a huge history gives a lower bound).
 */
export function fetchUnreadCount(api: ApiClient, options: RequestOptions = {}): Promise<number> {
  return countUnread((query) => api.listTickets(query, options));
}

export async function countUnread(
  listTickets: (query: ListTicketsQuery) => Promise<ReceivedUnreadPage>,
): Promise<number> {
  const first = await listTickets({ unread: true, limit: unreadProbeLimit });
  const unreadOnFirst = first.items.filter((ticket) => ticket.unread > 0).length;
  const serverFiltered = unreadOnFirst === first.items.length;
  if (first.nextCursor === null) return unreadOnFirst;
  if (serverFiltered && first.total !== undefined) return first.total;

  let count = unreadOnFirst;
  let cursor: string | null = first.nextCursor;
  for (let page = 1; page < maxUnreadPages && cursor !== null; page += 1) {
    const next = await listTickets({ unread: true, limit: maxPageLimit, cursor });
    count += next.items.filter((ticket) => ticket.unread > 0).length;
    cursor = next.nextCursor;
  }
  return count;
}
