import type { ListTicketsQuery } from '@seller-support/contract';

/**
 * Query keys of the seller's requests, from general to specific. Shared because three places
 * touch them: the request form (a sent request makes the lists stale), the requests screens, and
 * the unread count the module reports to the host.
 */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (query: ListTicketsQuery) => [...ticketKeys.lists(), query] as const,
  unreadCount: () => [...ticketKeys.all, 'unread-count'] as const,
  details: () => [...ticketKeys.all, 'detail'] as const,
  detail: (id: string) => [...ticketKeys.details(), id] as const,
};
