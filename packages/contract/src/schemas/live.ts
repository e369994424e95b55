import * as z from 'zod/mini';
import { idSchema, timestampSchema } from './common';
import { named } from './registry';
import { orFallback } from './tolerance';

/*
 * Live updates: a Server-Sent Events stream at `GET /events` (the seller's API; the desk's API has
 * its own, see the desk entry). The protocol, which the OpenAPI document repeats:
 *
 * - Discovery: a client asks `GET /events` with `Accept: text/event-stream` and its bearer token.
 *   A server that offers live updates answers 200 `text/event-stream` and sends `ready` at once.
 *   Any other answer (404, 405, 501, another media type, no `ready` within a few seconds) means the
 *   server has no stream (or a proxy buffers it): the client polls, as a client that predates the
 *   stream does. 401 is an expired token, as anywhere else; 429 carries `Retry-After`.
 * - Messages: `event: ready` (no `id`) first; then `event: ticket` for each change of one of the
 *   caller's tickets, with an opaque `id` that only ever grows in the server's order; `event:
 *   reset` (with an `id`) when the server cannot replay from the `Last-Event-ID` it was given (too
 *   old, unknown or from another caller): the client refetches what it shows and goes on from the
 *   reset's id. Comment lines (`: keep-alive`) at least every `heartbeatSeconds`, so a client can
 *   tell a dead connection from a quiet one and proxies keep it open.
 * - Resume: on reconnect the client sends the last `id` it received as `Last-Event-ID`; the
 *   server sends every change after it, in order, then the live ones: nothing lost, nothing twice.
 * - A change names the ticket and the event; the data itself is read from the REST resources
 *   (`GET /tickets/{id}/events?after=`, `GET /tickets`), so a stream message never carries more
 *   than the caller may see and the REST answers stay the one source of truth.
 */

/** The media type of the live stream. */
export const liveStreamMediaType = 'text/event-stream';

/** The `event:` names of the live stream. */
export const liveEventNames = ['ready', 'ticket', 'reset'] as const;
/** An `event:` name of the live stream. */
export type LiveEventName = (typeof liveEventNames)[number];

/** Data of `event: ready`: the stream is open and says how often it sends a keep-alive at least. */
export const liveReadySchema = named(
  z.object({
    /** The longest quiet gap between two writes of this stream (messages or keep-alive comments). */
    heartbeatSeconds: z.int().check(z.positive(), z.lte(300)),
  }),
  'LiveReady',
);
/** Data of `event: ready`. */
export type LiveReady = z.infer<typeof liveReadySchema>;

/** Data of `event: ticket` on the seller's stream: something happened on one of the seller's tickets. */
export const liveTicketChangeSchema = named(
  z.object({
    ticketId: idSchema,
    /** The id of the ticket's new event (as in `GET /tickets/{id}`). */
    eventId: idSchema,
    /** The event's kind, one of the ticket event kinds; a client reads it as an open value. */
    kind: z.string().check(z.minLength(1), z.maxLength(64)),
    at: timestampSchema,
  }),
  'LiveTicketChange',
);
/** Data of `event: ticket` on the seller's stream. */
export type LiveTicketChange = z.infer<typeof liveTicketChangeSchema>;

/** Data of `event: reset`: the changes since the client's `Last-Event-ID` cannot be replayed. */
export const liveResetSchema = named(z.object({}), 'LiveReset');
/** Data of `event: reset`. */
export type LiveReset = z.infer<typeof liveResetSchema>;

/** The client's reading of `ready`: a heartbeat it cannot read is taken as the default. */
export const receivedLiveReadySchema = z.object({
  heartbeatSeconds: orFallback(z.int().check(z.positive(), z.lte(300)), 15),
});

/**
 * The client's reading of `event: ticket`: only the ticket's id is needed to refetch it; the rest
 * is read when it can be, so a change of a kind this version does not know still refreshes.
 */
export const receivedLiveTicketChangeSchema = z.object({
  ticketId: idSchema,
  eventId: orFallback(z.nullable(z.string()), null),
  kind: orFallback(z.nullable(z.string()), null),
});
/** A ticket change as a client reads it. */
export type ReceivedLiveTicketChange = z.infer<typeof receivedLiveTicketChangeSchema>;
