import type { DeskClient, QueueQuery, ReceivedQueuePage } from '@seller-support/contract/desk';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { deskKeys } from '../../../shared/api/desk-keys';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { useDeskPollMs } from '../../../shared/api/live-updates';

/** The queue's filters as the screen holds them: what `GET /queue` takes, less the cursor. */
export type QueueFilters = Omit<QueueQuery, 'cursor' | 'limit'>;

/** How many requests a page of the queue brings. */
export const queuePageSize = 20;

// The first page has no cursor.
const firstPage: string | null = null;

/** How often the open queue asks for news without the live stream. */
export const queuePollMs = 15_000;

export function queueQueryOptions(client: DeskClient, filters: QueueFilters, pollMs: number = queuePollMs) {
  return infiniteQueryOptions({
    queryKey: deskKeys.queue(filters),
    queryFn: ({ pageParam, signal }): Promise<ReceivedQueuePage> =>
      client.listQueue(
        { ...filters, limit: queuePageSize, ...(pageParam === null ? {} : { cursor: pageParam }) },
        { signal },
      ),
    initialPageParam: firstPage,
    getNextPageParam: (last) => last.nextCursor,
    // The queue moves while it is open: new requests, other moderators taking them.
    refetchInterval: pollMs,
    // Another filter keeps the list in view until its own arrives, instead of a loading line.
    placeholderData: keepPreviousData,
  });
}

/** The queue under these filters, page after page ("show more"). */
export function useQueue(filters: QueueFilters) {
  const client = useDeskClient();
  return useInfiniteQuery(queueQueryOptions(client, filters, useDeskPollMs(queuePollMs)));
}
