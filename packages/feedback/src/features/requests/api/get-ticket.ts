import {
  MalformedResponseError,
  type ApiClient,
  type ReceivedTicket,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../../shared/api/api-client-context';
import { ticketKeys } from '../../../shared/api/ticket-keys';

/** A ticket as `GET /tickets/{id}` returns it: always with its timeline. */
export type TicketWithEvents = ReceivedTicket & { events: ReceivedTicketEvent[] };

/** How often an open request page asks for news while the page is visible. */
export const ticketPollMs = 12_000;

/** The longest wait between two polls after repeated failures. */
export const ticketPollMaxMs = 3 * 60_000;

/**
 * The contract makes `events` optional because lists leave it out; `GET /tickets/{id}` always
 * carries it, so a detail without it is as broken as one that fails the schema.
 */
export function requireEvents(ticket: ReceivedTicket): TicketWithEvents {
  const { events } = ticket;
  if (events === undefined) {
    throw new MalformedResponseError({ status: 200, summary: 'events: expected the ticket’s timeline' });
  }
  return { ...ticket, events };
}

/** `GET /tickets/{id}`: the detail query of one request, under the shared {@link ticketKeys}. */
export function ticketQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: async ({ signal }) => requireEvents(await api.getTicket(id, { signal })),
  });
}

/** The part of a query's state a poll schedule looks at. */
export interface PollState {
  data: unknown;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  errorUpdateCount: number;
}

/**
 * How long to wait before the next poll: the normal interval after a success, doubling with every
 * failed poll in a row (a server in trouble is not hammered every 12 s), capped at
 * {@link ticketPollMaxMs}. No polling until there is something on screen to update: a first load
 * that failed shows an error with its own retry button.
 *
 * TanStack Query's `fetchFailureCount` starts again at every fetch, so it cannot count failed polls
 * in a row; each schedule remembers how many errors there had been at the last success.
 */
export function createPollSchedule({ baseMs = ticketPollMs, maxMs = ticketPollMaxMs } = {}) {
  let errorsAtLastSuccess = 0;
  return (state: PollState): number | false => {
    if (state.data === undefined) return false;
    if (state.dataUpdatedAt >= state.errorUpdatedAt) {
      errorsAtLastSuccess = state.errorUpdateCount;
      return baseMs;
    }
    const failuresInARow = Math.max(1, state.errorUpdateCount - errorsAtLastSuccess);
    return Math.min(maxMs, baseMs * 2 ** failuresInARow);
  };
}

/**
 * One request with its timeline, kept fresh while the page is visible: polls every `pollMs`
 * (backing off after failures, see {@link createPollSchedule}) and never in a background tab.
 */
export function useTicket(id: string, { pollMs = ticketPollMs }: { pollMs?: number } = {}) {
  const api = useApiClient();
  // One schedule per request: its count of failures in a row belongs to that request's query.
  const schedule = useMemo(
    () => createPollSchedule({ baseMs: pollMs, maxMs: Math.max(pollMs, ticketPollMaxMs) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `id` is not read, it starts a new count
    [id, pollMs],
  );
  return useQuery({
    ...ticketQueryOptions(api, id),
    refetchInterval: (query) => schedule(query.state),
    refetchIntervalInBackground: false,
  });
}
