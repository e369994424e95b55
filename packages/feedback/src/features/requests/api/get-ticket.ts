import {
  MalformedResponseError,
  type ApiClient,
  type ReceivedTicket,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { pollingInterval } from '../../../shared/lib/backoff';

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

/**
 * One request with its timeline, kept fresh while the page is visible: polls every `pollMs`,
 * backing off after failures up to {@link ticketPollMaxMs} (the module's one back-off rule), only
 * once it is on screen, and never in a background tab.
 */
export function useTicket(id: string, { pollMs = ticketPollMs }: { pollMs?: number } = {}) {
  const api = useApiClient();
  return useQuery({
    ...ticketQueryOptions(api, id),
    refetchInterval: pollingInterval(pollMs, { maxMs: ticketPollMaxMs, onlyWithData: true }),
    refetchIntervalInBackground: false,
  });
}
