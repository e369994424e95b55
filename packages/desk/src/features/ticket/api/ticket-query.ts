import type { DeskClient, ReceivedDeskTicket } from '@seller-support/contract/desk';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { deskKeys } from '../../../shared/api/desk-keys';
import { useDeskClient } from '../../../shared/api/desk-client-context';

export function ticketQueryOptions(client: DeskClient, id: string) {
  return queryOptions({
    queryKey: deskKeys.ticket(id),
    queryFn: ({ signal }) => client.getTicket(id, { signal }),
    // The seller answers while the page is open; until the stream comes, the page asks.
    refetchInterval: 5_000,
  });
}

export function useTicket(id: string) {
  const client = useDeskClient();
  return useQuery(ticketQueryOptions(client, id));
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
