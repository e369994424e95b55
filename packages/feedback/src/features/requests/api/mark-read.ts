import type { ApiClient } from '@seller-support/contract';
import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import type { TicketWithEvents } from './get-ticket';

/**
 * What a read request changes on this side: the open request has nothing unread any more, and the
 * lists and the unread count (which the host shows in its menu) are stale. The detail itself is
 * not refetched: the server answered 204 and the timeline is what it was.
 */
export async function applyTicketRead(queryClient: QueryClient, ticketId: string): Promise<void> {
  queryClient.setQueryData<TicketWithEvents>(ticketKeys.detail(ticketId), (ticket) =>
    ticket === undefined ? undefined : { ...ticket, unread: 0 },
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.unreadCount() }),
  ]);
}

/** `POST /tickets/{id}/read` and its effect on the cache; the variable is the ticket id. */
export function markReadMutationOptions(api: ApiClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...ticketKeys.all, 'mark-read'],
    mutationFn: (ticketId: string) => api.markRead(ticketId),
    onSuccess: (_result, ticketId) => applyTicketRead(queryClient, ticketId),
  });
}

/** Marks a request's events as read; the caller decides when (once per batch of unread events). */
export function useMarkTicketRead() {
  return useMutation(markReadMutationOptions(useApiClient(), useQueryClient()));
}
