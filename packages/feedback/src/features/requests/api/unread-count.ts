import type { ApiClient } from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useLivePollMs } from '../../../shared/api/live-updates';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { countUnread, unreadRefreshMs } from './count-unread';
import { pollingInterval } from '../../../shared/lib/backoff';

/**
 * The unread count as a query: polled every {@link unreadRefreshMs} while the page is visible
 * (not in a background tab), backing off while it fails.
 */
export function unreadCountQueryOptions(api: ApiClient, pollMs: number = unreadRefreshMs) {
  return queryOptions({
    queryKey: ticketKeys.unreadCount(),
    queryFn: ({ signal }) => countUnread((query) => api.listTickets(query, { signal })),
    refetchInterval: pollingInterval(pollMs),
    refetchIntervalInBackground: false,
    // A count from a minute ago is better than a flash of nothing when a screen mounts.
    staleTime: unreadRefreshMs / 2,
  });
}

/**
 * How many requests have news for the seller; `undefined` until the first answer (and while it
 * cannot be had). The app layer reports it to the host.
 */
export function useUnreadCount(): number | undefined {
  return useQuery(unreadCountQueryOptions(useApiClient(), useLivePollMs(unreadRefreshMs))).data;
}
