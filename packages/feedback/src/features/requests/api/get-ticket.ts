import {
  isKnownTicketEvent,
  MalformedResponseError,
  NotFoundError,
  ServerError,
  ValidationError,
  type ApiClient,
  type ReceivedOffer,
  type ReceivedTicket,
  type ReceivedTicketChanges,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useLivePollMs } from '../../../shared/api/live-updates';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { pollingInterval } from '../../../shared/lib/backoff';

/** A ticket as `GET /tickets/{id}` returns it: always with its timeline. */
export type TicketWithEvents = ReceivedTicket & {
  events: ReceivedTicketEvent[];
  /**
   * The `ETag` of the full answer the cache was last filled from, when the server sent one: the
   * next full read asks with it and takes a 304 as "nothing changed".
   */
  etag?: string | undefined;
};

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

/** What a request page shows of a ticket besides its history and what the seller sent. */
type TicketHeader = Required<
  Omit<ReceivedTicket, 'events' | 'omittedEvents' | 'request' | 'eventsCursor' | 'lastMessage'>
>;

/** The header of a ticket; `Required` makes a field the contract adds to tickets a compile error here until it is taken. */
function headerOf(ticket: ReceivedTicket): TicketHeader {
  return {
    id: ticket.id,
    number: ticket.number,
    topic: ticket.topic,
    subject: ticket.subject,
    status: ticket.status,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    assignee: ticket.assignee,
    expectedFirstResponseBy: ticket.expectedFirstResponseBy,
    unread: ticket.unread,
    rating: ticket.rating,
  };
}

/** Whether two readings of the same small value (a header, an offer) say the same. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The offer events of `events` brought up to the offers' current state; `events` itself when none changed. */
function withOffers(events: ReceivedTicketEvent[], offers: readonly ReceivedOffer[]): ReceivedTicketEvent[] {
  if (offers.length === 0) return events;
  const current = new Map(offers.map((offer) => [offer.id, offer]));
  let updated: ReceivedTicketEvent[] | null = null;
  for (const [index, event] of events.entries()) {
    if (!isKnownTicketEvent(event) || event.kind !== 'offer') continue;
    const offer = current.get(event.offer.id);
    if (offer === undefined || sameValue(offer, event.offer)) continue;
    updated ??= [...events];
    updated[index] = { ...event, offer };
  }
  return updated ?? events;
}

/**
 * The cached ticket with what changed since its cursor. Nothing new gives the cached object
 * itself, so an idle poll renders nothing. New events go after those the page has, in the
 * server's order; one the page has already (the seller's own message, put in on sending) moves to
 * where the server has it, so the history reads as the server keeps it.
 */
export function applyTicketChanges(
  cached: TicketWithEvents,
  changes: ReceivedTicketChanges,
): TicketWithEvents {
  const header = headerOf(changes.ticket);
  const added = new Set(changes.events.map((event) => event.id));
  const withNew =
    added.size === 0
      ? cached.events
      : [...cached.events.filter((event) => !added.has(event.id)), ...changes.events];
  const events = withOffers(withNew, changes.offers);
  if (
    events === cached.events &&
    changes.eventsCursor === cached.eventsCursor &&
    changes.omittedEvents === undefined &&
    sameValue(header, headerOf(cached))
  ) {
    return cached;
  }
  const omitted = (cached.omittedEvents ?? 0) + (changes.omittedEvents ?? 0);
  return {
    ...cached,
    ...header,
    events,
    eventsCursor: changes.eventsCursor,
    ...(omitted === 0 ? {} : { omittedEvents: omitted }),
  };
}

/**
 * Whether a failed `GET /tickets/{id}/events` means "ask for the whole ticket" rather than "the
 * refresh failed": a server without the endpoint (404, 405, 501), a cursor it can no longer go on
 * from (400, 410, 422), an answer the client cannot go on from. A lost connection, a timeout, a
 * 5xx or a 429 is a failed refresh like any other, retried at the back-off's pace.
 */
function callsForFullRead(error: unknown): boolean {
  return (
    error instanceof NotFoundError ||
    error instanceof ValidationError ||
    error instanceof MalformedResponseError ||
    (error instanceof ServerError && [400, 405, 410, 501].includes(error.status))
  );
}

/** `GET /tickets/{id}` in full, asked with the cached `ETag` when there is one (a 304 keeps the cache). */
async function readTicket(
  api: ApiClient,
  id: string,
  cached: TicketWithEvents | undefined,
  signal: AbortSignal | undefined,
): Promise<TicketWithEvents> {
  const answer = await api.getTicketIfChanged(id, cached?.etag, { signal });
  if (answer.notModified) {
    // A 304 to an ETag the cache holds: the cache is the answer.
    if (cached !== undefined) return cached;
    throw new MalformedResponseError({ status: 304, summary: 'a 304 to a request that sent no ETag' });
  }
  const ticket = requireEvents(answer.value);
  return answer.etag === null ? ticket : { ...ticket, etag: answer.etag };
}

/**
 * One refresh of a request, costing what changed: with a cursor (a server that offers
 * `GET /tickets/{id}/events`), the events after it merged into the cache; else the whole ticket,
 * revalidated with its `ETag` when the server sends one. When the incremental call says the
 * server cannot serve it, the whole ticket is read instead, and kept without a cursor if the
 * endpoint is missing, so that later refreshes do not try it again.
 */
export async function refreshTicket(
  api: ApiClient,
  id: string,
  cached: TicketWithEvents | undefined,
  signal?: AbortSignal,
): Promise<TicketWithEvents> {
  const cursor = cached?.eventsCursor;
  if (cached === undefined || cursor === undefined) return readTicket(api, id, cached, signal);
  try {
    return applyTicketChanges(cached, await api.getTicketEvents(id, cursor, { signal }));
  } catch (error) {
    if (!callsForFullRead(error)) throw error;
    const missing =
      error instanceof NotFoundError || (error instanceof ServerError && [405, 501].includes(error.status));
    // The whole ticket, not revalidated: the ETag describes what the cache was before the merges.
    const ticket = await readTicket(api, id, undefined, signal);
    return missing ? { ...ticket, eventsCursor: undefined } : ticket;
  }
}

/**
 * `GET /tickets/{id}`: the detail query of one request, under the shared {@link ticketKeys}. A
 * refetch (a poll, an invalidation after an action) starts from what the cache holds and asks
 * only for what changed when the server allows it (see {@link refreshTicket}).
 */
export function ticketQueryOptions(api: ApiClient, id: string) {
  // The client is the same for the module's whole mount, as the other queries' is: not part of the key.
  const refresh = (cached: TicketWithEvents | undefined, signal: AbortSignal) =>
    refreshTicket(api, id, cached, signal);
  return queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal, client, queryKey }) =>
      refresh(client.getQueryData<TicketWithEvents>(queryKey), signal),
  });
}

/**
 * One request with its timeline, kept fresh while the page is visible: polls every `pollMs`
 * (only as a safety net while the live stream says what changed),
 * backing off after failures up to {@link ticketPollMaxMs} (the module's one back-off rule), only
 * once it is on screen, and never in a background tab.
 */
export function useTicket(id: string, { pollMs = ticketPollMs }: { pollMs?: number } = {}) {
  const api = useApiClient();
  const paceMs = useLivePollMs(pollMs);
  return useQuery({
    ...ticketQueryOptions(api, id),
    refetchInterval: pollingInterval(paceMs, { maxMs: ticketPollMaxMs, onlyWithData: true }),
    refetchIntervalInBackground: false,
  });
}
