import type { QueueQuery } from '@seller-support/contract/desk';

/** The desk's query keys, from general to specific: invalidating `all` refreshes every screen. */
export const deskKeys = {
  all: ['desk'] as const,
  me: () => [...deskKeys.all, 'me'] as const,
  queues: () => [...deskKeys.all, 'queue'] as const,
  queue: (query: Omit<QueueQuery, 'cursor'>) => [...deskKeys.queues(), query] as const,
  tickets: () => [...deskKeys.all, 'ticket'] as const,
  ticket: (id: string) => [...deskKeys.tickets(), id] as const,
};
