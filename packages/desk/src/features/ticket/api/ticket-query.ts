import type { DeskClient, ReceivedDeskTicket } from '@seller-support/contract/desk';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deskKeys } from '../../../shared/api/desk-keys';
import { useDeskClient } from '../../../shared/api/desk-client-context';
import { useDeskPollMs } from '../../../shared/api/live-updates';

/** How often an open request asks for news without the live stream. */
export const ticketPollMs = 5_000;

export function ticketQueryOptions(client: DeskClient, id: string, pollMs: number = ticketPollMs) {
  return queryOptions({
    queryKey: deskKeys.ticket(id),
    queryFn: ({ signal }) => client.getTicket(id, { signal }),
    // The seller answers while the page is open: without the live stream, the page asks.
    refetchInterval: pollMs,
  });
}

export function useTicket(id: string) {
  const client = useDeskClient();
  return useQuery(ticketQueryOptions(client, id, useDeskPollMs(ticketPollMs)));
}

/**
 * After an action: the ticket as the server answered it when it did (take, resolve, close), and
 * the ticket and the queue asked for again either way (its status, counts and order changed).
 */
export function useAfterAction(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (ticket?: ReceivedDeskTicket) => {
      if (ticket !== undefined) queryClient.setQueryData(deskKeys.ticket(id), ticket);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deskKeys.ticket(id) }),
        queryClient.invalidateQueries({ queryKey: deskKeys.queues() }),
      ]);
    },
    [queryClient, id],
  );
}
