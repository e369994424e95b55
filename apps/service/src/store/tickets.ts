import { randomUUID } from 'node:crypto';
import {
  moderatorSchema,
  ratingSchema,
  ticketEventSchema,
  ticketLastMessageSchema,
  ticketRequestSchema,
  ticketStatusSchema,
  topicSchema,
  type ListTicketsQuery,
  type Moderator,
  type Page,
  type Ticket,
  type TicketEvent,
  type TicketRequest,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import { sql, type Kysely, type Transaction } from 'kysely';
import * as z from 'zod/mini';
import { lastMessageOf } from '../domain/tickets';
import { fieldProblem } from '../http/problem';
import { normalizeForSearch } from '../lib/search';
import { cursorCodec } from './cursor';
import type { Database, TicketRow } from './schema';
import { isoTimestamp, jsonb } from './sql';

/** An event before the store gives it an id and a time. */
export type NewEvent = TicketEvent extends infer E
  ? E extends TicketEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

/** A ticket as the service works with it: the contract's ticket with its owner. */
export interface StoredTicket extends Ticket {
  sellerId: string;
}

const ticketCursor = cursorCodec('tickets', z.tuple([z.string(), z.int()]));
/** A position in one ticket's timeline: the ticket and the sequence number of the last event seen. */
const eventsCursor = cursorCodec('events', z.tuple([z.string(), z.int()]), 'after');

const ticketColumns = z.object({
  id: z.string(),
  seller_id: z.string(),
  number: z.int(),
  topic: topicSchema,
  subject: z.string(),
  status: ticketStatusSchema,
  created_at: z.date(),
  updated_at: z.date(),
  assignee: z.nullable(moderatorSchema),
  expected_first_response_by: z.nullable(z.date()),
  unread: z.int(),
  rating: z.nullable(ratingSchema),
  last_message: z.nullable(ticketLastMessageSchema),
});

function toTicket(row: Omit<TicketRow, 'request' | 'search'>): StoredTicket {
  const ticket = z.parse(ticketColumns, row);
  return {
    sellerId: ticket.seller_id,
    id: ticket.id,
    number: String(ticket.number),
    topic: ticket.topic,
    subject: ticket.subject,
    status: ticket.status,
    createdAt: isoTimestamp(ticket.created_at),
    updatedAt: isoTimestamp(ticket.updated_at),
    assignee: ticket.assignee,
    expectedFirstResponseBy:
      ticket.expected_first_response_by === null ? null : isoTimestamp(ticket.expected_first_response_by),
    unread: ticket.unread,
    rating: ticket.rating,
    ...(ticket.last_message === null ? {} : { lastMessage: ticket.last_message }),
  };
}

const listColumns = [
  'id',
  'seller_id',
  'number',
  'topic',
  'subject',
  'status',
  'created_at',
  'updated_at',
  'assignee',
  'expected_first_response_by',
  'unread',
  'rating',
  'last_message',
] as const;

type Db = Kysely<Database> | Transaction<Database>;

/** What a new ticket starts with. */
export interface NewTicket {
  sellerId: string;
  topic: Topic;
  subject: string;
  request: TicketRequest;
  createdAt: string;
  expectedFirstResponseBy: string | null;
}

/** What a change to a ticket sets besides adding an event. */
export interface TicketChanges {
  status?: TicketStatus;
  assignee?: Moderator | null;
  expectedFirstResponseBy?: string | null;
  rating?: { score: number; comment?: string };
  /** Events the seller has not seen yet: a moderator's action adds one. */
  unreadIncrement?: number;
}

/** The queries of tickets and their timelines. */
export class TicketStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Inserts a ticket and its `created` event; the number comes from a sequence, so two processes never share one. */
  async insert(tx: Transaction<Database>, ticket: NewTicket): Promise<StoredTicket> {
    const { number } = await sql<{ number: number }>`select nextval('ticket_number_seq')::int as number`
      .execute(tx)
      .then((result) => {
        const row = result.rows[0];
        if (row === undefined) throw new Error('The ticket sequence gave no number');
        return row;
      });
    const id = `T-${String(number).padStart(6, '0')}`;
    const row = await tx
      .insertInto('tickets')
      .values({
        id,
        seller_id: ticket.sellerId,
        number,
        topic: ticket.topic,
        subject: ticket.subject,
        search: normalizeForSearch(ticket.subject),
        status: 'new',
        created_at: ticket.createdAt,
        updated_at: ticket.createdAt,
        assignee: jsonb(null),
        expected_first_response_by: ticket.expectedFirstResponseBy,
        rating: jsonb(null),
        request: jsonb(ticket.request),
        last_message: jsonb(null),
      })
      .returning(listColumns)
      .executeTakeFirstOrThrow();
    await this.#insertEvent(tx, id, { kind: 'created' }, ticket.createdAt, false);
    return toTicket(row);
  }

  /** The seller's ticket (none of another seller's); `forUpdate` locks it for the rest of the transaction. */
  async find(
    db: Db,
    sellerId: string | null,
    id: string,
    forUpdate = false,
  ): Promise<StoredTicket | undefined> {
    let query = db.selectFrom('tickets').select(listColumns).where('id', '=', id);
    if (sellerId !== null) query = query.where('seller_id', '=', sellerId);
    const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst();
    return row === undefined ? undefined : toTicket(row);
  }

  /** What the seller sent with the ticket. */
  async request(db: Db, id: string): Promise<TicketRequest> {
    const row = await db
      .selectFrom('tickets')
      .select('request')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return z.parse(ticketRequestSchema, row.request);
  }

  /** The timeline in the order it happened; internal notes only when asked for (the desk). */
  async events(db: Db, ticketId: string, includeInternal = false): Promise<TicketEvent[]> {
    let query = db.selectFrom('ticket_events').select('data').where('ticket_id', '=', ticketId);
    if (!includeInternal) query = query.where('internal', '=', false);
    const rows = await query.orderBy('seq').execute();
    return rows.map((row) => z.parse(ticketEventSchema, row.data));
  }

  /** The seller's events after a sequence number, oldest first, with the number of the last. */
  async #eventsAfter(
    db: Db,
    ticketId: string,
    afterSeq: number,
  ): Promise<{ events: TicketEvent[]; lastSeq: number }> {
    const rows = await db
      .selectFrom('ticket_events')
      .select(['seq', 'data'])
      .where('ticket_id', '=', ticketId)
      .where('internal', '=', false)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .execute();
    return {
      events: rows.map((row) => z.parse(ticketEventSchema, row.data)),
      lastSeq: rows.at(-1)?.seq ?? afterSeq,
    };
  }

  /** The whole ticket as `GET /tickets/{id}` shows it, with the position after its last event. */
  async full(db: Db, ticket: StoredTicket): Promise<StoredTicket> {
    const [{ events, lastSeq }, request] = await Promise.all([
      this.#eventsAfter(db, ticket.id, 0),
      this.request(db, ticket.id),
    ]);
    return { ...ticket, events, request, eventsCursor: eventsCursor.encode([ticket.id, lastSeq]) };
  }

  /**
   * What changed since a position of `GET /tickets/{id}`'s `eventsCursor`: the events after it, the
   * ticket as it stands, and every offer as it stands (an offer's status changes after its event).
   * A cursor of another ticket, or none of ours, is a 422 naming `after`.
   */
  async changes(db: Db, ticket: StoredTicket, after: string) {
    const [cursorTicket, afterSeq] = eventsCursor.decode(after) ?? ['', 0];
    if (cursorTicket !== ticket.id)
      throw fieldProblem('after', 'is a position in another request', 'invalid');
    const [{ events, lastSeq }, all] = await Promise.all([
      this.#eventsAfter(db, ticket.id, afterSeq),
      this.events(db, ticket.id),
    ]);
    return {
      ticket,
      events,
      offers: all.flatMap((event) => (event.kind === 'offer' ? [event.offer] : [])),
      eventsCursor: eventsCursor.encode([ticket.id, lastSeq]),
    };
  }

  /** Most recently updated first; `total` counts every match. */
  async list(sellerId: string, query: ListTicketsQuery & { limit: number }): Promise<Page<StoredTicket>> {
    const after = ticketCursor.decode(query.cursor);
    let filtered = this.#db.selectFrom('tickets').where('seller_id', '=', sellerId);
    if (query.status !== undefined && query.status.length > 0)
      filtered = filtered.where('status', 'in', [...query.status]);
    if (query.topic !== undefined && query.topic.length > 0)
      filtered = filtered.where('topic', 'in', [...query.topic]);
    if (query.unread === true) filtered = filtered.where('unread', '>', 0);
    const text = query.query === undefined ? '' : normalizeForSearch(query.query);
    if (text !== '') {
      filtered = filtered.where((eb) =>
        eb.or([
          eb(eb.fn('strpos', ['search', eb.val(text)]), '>', 0),
          eb(eb.fn('strpos', [eb.fn('lower', ['id']), eb.val(text)]), '>', 0),
          eb(eb.cast('number', 'text'), '=', text),
        ]),
      );
    }
    const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    let page = filtered.select(listColumns);
    if (after !== null) {
      const updatedAt = new Date(after[0]);
      const number = after[1];
      page = page.where((eb) =>
        eb.or([
          eb('updated_at', '<', updatedAt),
          eb.and([eb('updated_at', '=', updatedAt), eb('number', '<', number)]),
        ]),
      );
    }
    const rows = await page
      .orderBy('updated_at', 'desc')
      .orderBy('number', 'desc')
      .limit(query.limit + 1)
      .execute();
    const items = rows.slice(0, query.limit).map(toTicket);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > query.limit && last !== undefined
          ? ticketCursor.encode([last.updatedAt, Number(last.number)])
          : null,
      total,
    };
  }

  /**
   * Adds an event to the timeline and applies what comes with it: the ticket's `updatedAt`, its
   * latest message, and `changes`. Returns the event as stored.
   */
  async addEvent(
    tx: Transaction<Database>,
    ticketId: string,
    event: NewEvent,
    at: string,
    changes: TicketChanges = {},
    internal = false,
    by: Moderator | null = null,
  ): Promise<TicketEvent> {
    const stored = await this.#insertEvent(tx, ticketId, event, at, internal, by);
    // An internal note is the desk's: the seller's ticket does not move for it.
    if (internal) return stored;
    await tx
      .updateTable('tickets')
      .set((eb) => ({
        updated_at: at,
        ...(stored.kind === 'message' ? { last_message: jsonb(lastMessageOf(stored)) } : {}),
        ...(changes.status === undefined ? {} : { status: changes.status }),
        ...(changes.assignee === undefined ? {} : { assignee: jsonb(changes.assignee) }),
        ...(changes.expectedFirstResponseBy === undefined
          ? {}
          : { expected_first_response_by: changes.expectedFirstResponseBy }),
        ...(changes.rating === undefined ? {} : { rating: jsonb(changes.rating) }),
        ...(changes.unreadIncrement === undefined
          ? {}
          : { unread: eb('unread', '+', changes.unreadIncrement) }),
      }))
      .where('id', '=', ticketId)
      .execute();
    return stored;
  }

  /** Sets an offer's status inside its `offer` event (the timeline shows the offer as it stands). */
  async setOfferStatus(
    tx: Transaction<Database>,
    ticketId: string,
    offerId: string,
    status: 'accepted' | 'declined',
  ): Promise<void> {
    await tx
      .updateTable('ticket_events')
      .set({ data: sql`jsonb_set(data, '{offer,status}', to_jsonb(cast(${status} as text)))` })
      .where('ticket_id', '=', ticketId)
      .where('kind', '=', 'offer')
      .where(sql<boolean>`data->'offer'->>'id' = ${offerId}`)
      .execute();
  }

  /** The seller has seen every event. */
  async markRead(sellerId: string, ticketId: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('tickets')
      .set({ unread: 0 })
      .where('id', '=', ticketId)
      .where('seller_id', '=', sellerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async #insertEvent(
    tx: Transaction<Database>,
    ticketId: string,
    event: NewEvent,
    at: string,
    internal: boolean,
    by: Moderator | null = null,
  ): Promise<TicketEvent> {
    const stored = z.parse(ticketEventSchema, { ...event, id: `ev-${randomUUID()}`, at });
    await tx
      .insertInto('ticket_events')
      .values({
        id: stored.id,
        ticket_id: ticketId,
        at,
        kind: stored.kind,
        data: jsonb(stored),
        internal,
        moderator: jsonb(by),
      })
      .execute();
    return stored;
  }

  /** A moderator's internal note: in the desk's timeline only, and the ticket does not move for it. */
  async addNote(
    tx: Transaction<Database>,
    ticketId: string,
    body: string,
    at: string,
    by: Moderator,
  ): Promise<{ id: string; at: string; kind: 'note'; body: string; moderator: Moderator }> {
    const note = { id: `ev-${randomUUID()}`, at, kind: 'note' as const, body, moderator: { ...by } };
    await tx
      .insertInto('ticket_events')
      .values({
        id: note.id,
        ticket_id: ticketId,
        at,
        kind: 'note',
        data: jsonb(note),
        internal: true,
        moderator: jsonb(by),
      })
      .execute();
    return note;
  }
}
