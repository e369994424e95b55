import {
  isKnownTicketStatus,
  isKnownTopic,
  ticketStatuses,
  topics,
  type ApiClient,
  type ListTicketsQuery,
  type ReceivedTicket,
  type ReceivedTicketPage,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { pollingInterval } from '../../../shared/lib/backoff';

/** Requests asked for per page: a screenful and a bit, small enough to refresh every 30 s. */
export const ticketsPageSize = 20;

/** How often the list is refreshed while the page is visible. */
export const listRefreshMs = 30_000;

/** Statuses in which a request still needs someone to act: the "open" quick choice. */
export const openStatuses: readonly TicketStatus[] = [
  'new',
  'in_progress',
  'waiting_seller',
  'waiting_third_party',
  'offer_proposed',
];

/** What the list is filtered by. Empty arrays and an empty query mean "no filter". */
export interface TicketListFilters {
  status: readonly TicketStatus[];
  topic: readonly Topic[];
  query: string;
}

function inOrder<T extends string>(all: readonly T[], chosen: readonly string[]): T[] {
  const wanted = new Set(chosen);
  return all.filter((value) => wanted.has(value));
}

/**
 * One spelling per meaning, so equal filters share a cache entry and a URL: known statuses and
 * topics only, in the contract's order, without repeats; the search trimmed.
 */
export function normalizeTicketFilters(filters: {
  status: readonly string[];
  topic: readonly string[];
  query: string;
}): TicketListFilters {
  return {
    status: inOrder(ticketStatuses, filters.status),
    topic: inOrder(topics, filters.topic),
    query: filters.query.trim().slice(0, 200),
  };
}

/**
 * The first page's query of `GET /tickets` for these filters, which is also the cache key:
 * equal filters, one cache entry.
 */
export function ticketListQuery(filters: TicketListFilters): ListTicketsQuery {
  const { status, topic, query } = normalizeTicketFilters(filters);
  return {
    ...(status.length === 0 ? {} : { status: [...status] }),
    ...(topic.length === 0 ? {} : { topic: [...topic] }),
    ...(query === '' ? {} : { query }),
    limit: ticketsPageSize,
  };
}

/**
 * Whether a ticket belongs in the list. The server filters already; a server built against the
 * original contract ignores `topic`, so the list filters what it receives as well and is never wrong.
 */
export function matchesTicketFilters(ticket: ReceivedTicket, filters: TicketListFilters): boolean {
  // A status or topic this version does not know is none of those the seller can filter by.
  const { status, topic } = ticket;
  return (
    (filters.status.length === 0 || (isKnownTicketStatus(status) && filters.status.includes(status))) &&
    (filters.topic.length === 0 || (isKnownTopic(topic) && filters.topic.includes(topic)))
  );
}

/**
 * `GET /tickets`, page by page (`nextCursor`), most recently updated first. It refreshes every
 * {@link listRefreshMs} while the page is visible (TanStack Query stops polling in a background
 * tab), backing off while refreshes fail. While other filters load, the previous list stays on
 * screen, marked busy.
 */
export function ticketsInfiniteQueryOptions(
  api: ApiClient,
  filters: TicketListFilters,
  /** The polling pace; longer while the live stream is up (`useLivePollMs`). */
  pollMs: number = listRefreshMs,
) {
  const query = ticketListQuery(filters);
  return infiniteQueryOptions({
    queryKey: ticketKeys.list(query),
    // '' is "the first page": the contract's cursors are never empty.
    initialPageParam: '',
    queryFn: ({ pageParam, signal }): Promise<ReceivedTicketPage> =>
      api.listTickets(pageParam === '' ? query : { ...query, cursor: pageParam }, { signal }),
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: pollingInterval(pollMs),
    refetchIntervalInBackground: false,
  });
}
