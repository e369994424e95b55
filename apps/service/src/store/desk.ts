import {
  moderatorSchema,
  offerSchema,
  ticketLastMessageSchema,
  ticketStatusSchema,
  topicSchema,
  type Moderator,
  type Offer,
  type TicketLastMessage,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import { deskTicketEventSchema, type DeskTicketEvent, type QueueCounts } from '@seller-support/contract/desk';
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import * as z from 'zod/mini';
import { cursorCodec } from './cursor';
import type { Database } from './schema';
import { isoTimestamp } from './sql';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Events the seller made, which a moderator has not read until they open the ticket: the request
 * itself, the seller's messages and decisions. The moderators' own events and the system's
 * resolution after an accepted offer are not news to a moderator.
 */
const bySeller = sql<boolean>`(e.kind in ('created', 'offer_decided', 'reopened', 'rated') or (e.kind = 'message' and e.data->>'author' = 'seller'))`;

/** The seller events of ticket `t` after what `moderatorId` last read. */
function unreadFor(moderatorId: string): RawBuilder<number> {
  return sql<number>`(
    select count(*)::int from ticket_events e
    where e.ticket_id = t.id and not e.internal and ${bySeller}
      and e.seq > coalesce(
        (select r.seq from moderator_reads r where r.moderator_id = ${moderatorId} and r.ticket_id = t.id), 0)
  )`;
}

const openStatuses = sql`t.status not in ('resolved', 'closed')`;

/** A queue position: the last item's due time (null: answered), its update time and its id. */
const queueCursor = cursorCodec('queue', z.tuple([z.nullable(z.string()), z.string(), z.string()]));

const queueRow = z.object({
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
  last_message: z.nullable(ticketLastMessageSchema),
  order_ids: z.nullable(z.array(z.string())),
  snapshot_seller: z.unknown(),
  desk_unread: z.int(),
});

const countsRow = z.object({
  count_open: z.int(),
  count_mine: z.int(),
  count_unassigned: z.int(),
  count_overdue: z.int(),
});

/** A queue item before its seller is looked up. */
export interface QueueRow {
  id: string;
  sellerId: string;
  number: string;
  topic: Topic;
  subject: string;
  status: TicketStatus;
  createdAt: string;
  updatedAt: string;
  assignee: Moderator | null;
  firstResponseDueAt: string | null;
  overdue: boolean;
  unread: number;
  lastMessage: TicketLastMessage | null;
  orderIds: string[];
  /** The seller as the request's context snapshot named them, when the marketplace does not. */
  snapshotSeller: unknown;
}

/** What `GET /queue` asks for, parsed. */
export interface QueueFilter {
  moderatorId: string;
  now: string;
  assignee: 'me' | 'unassigned' | 'any';
  statuses: readonly TicketStatus[] | undefined;
  topic: Topic | undefined;
  q: string | undefined;
  overdue: boolean;
  cursor: string | undefined;
  limit: number;
}

const deskEventRow = z.object({
  data: z.record(z.string(), z.unknown()),
  internal: z.boolean(),
  moderator: z.nullable(moderatorSchema),
});

/** The moderator's side of the tickets: the queue, the desk's timeline, the moderators' read marks. */
export class DeskStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * A page of the queue and its counters in one statement: the counters over every open ticket,
   * the page by the filters, in the contract's order (due soonest first, answered ones after by
   * update, then id), from a keyset position.
   */
  async queue(
    filter: QueueFilter,
  ): Promise<{ items: QueueRow[]; nextCursor: string | null; counts: QueueCounts }> {
    const { moderatorId, now } = filter;
    const due = sql.ref('t.expected_first_response_by');
    const nowAt = sql`cast(${now} as timestamptz)`;
    const where: RawBuilder<unknown>[] = [];
    where.push(
      filter.statuses === undefined || filter.statuses.length === 0
        ? openStatuses
        : sql`t.status in (${sql.join(filter.statuses.map((status) => sql`${status}`))})`,
    );
    if (filter.assignee === 'me') where.push(sql`t.assignee->>'id' = ${moderatorId}`);
    if (filter.assignee === 'unassigned') where.push(sql`t.assignee->>'id' is null`);
    if (filter.topic !== undefined) where.push(sql`t.topic = ${filter.topic}`);
    if (filter.overdue) where.push(sql`${due} < ${nowAt}`);
    const q = filter.q?.trim() ?? '';
    if (q !== '') {
      const number = /^(?:T-)?0*(\d{1,9})$/i.exec(q)?.[1];
      where.push(sql`(
        ${number === undefined ? sql`false` : sql`t.number = ${Number(number)}`}
        or lower(t.seller_id) = lower(${q})
        or strpos(lower(coalesce(t.request->'context'->'seller'->>'legalName', '')), lower(${q})) > 0
        or coalesce(t.request->'orderIds', '[]'::jsonb) @> jsonb_build_array(cast(${q} as text))
      )`);
    }
    const after = queueCursor.decode(filter.cursor);
    if (after !== null) {
      const [afterDue, afterUpdated, afterId] = after;
      const sameDueLater = sql`(t.updated_at < cast(${afterUpdated} as timestamptz) or (t.updated_at = cast(${afterUpdated} as timestamptz) and t.id > ${afterId}))`;
      where.push(
        afterDue === null
          ? sql`(${due} is null and ${sameDueLater})`
          : sql`(${due} > cast(${afterDue} as timestamptz) or ${due} is null or (${due} = cast(${afterDue} as timestamptz) and ${sameDueLater}))`,
      );
    }
    const order = sql`expected_first_response_by asc nulls last, updated_at desc, id asc`;
    const result = await sql<Record<string, unknown>>`
      with counts as (
        select
          count(*)::int as count_open,
          (count(*) filter (where t.assignee->>'id' = ${moderatorId}))::int as count_mine,
          (count(*) filter (where t.assignee->>'id' is null))::int as count_unassigned,
          (count(*) filter (where ${due} < ${nowAt}))::int as count_overdue
        from tickets t where ${openStatuses}
      ),
      page as (
        select t.id, t.seller_id, t.number, t.topic, t.subject, t.status, t.created_at, t.updated_at,
          t.assignee, t.expected_first_response_by, t.last_message,
          t.request->'orderIds' as order_ids, t.request->'context'->'seller' as snapshot_seller,
          ${unreadFor(moderatorId)} as desk_unread
        from tickets t
        where ${sql.join(where, sql` and `)}
        order by ${order}
        limit ${filter.limit + 1}
      )
      select counts.*, page.* from counts left join page on true
      order by ${order}`.execute(this.#db);

    const first = result.rows[0];
    const counts = z.parse(countsRow, first);
    const rows = result.rows.filter((row) => row['id'] !== null && row['id'] !== undefined);
    const items = rows.slice(0, filter.limit).map((raw): QueueRow => {
      const row = z.parse(queueRow, raw);
      const dueAt = row.expected_first_response_by;
      return {
        id: row.id,
        sellerId: row.seller_id,
        number: String(row.number),
        topic: row.topic,
        subject: row.subject,
        status: row.status,
        createdAt: isoTimestamp(row.created_at),
        updatedAt: isoTimestamp(row.updated_at),
        assignee: row.assignee,
        firstResponseDueAt: dueAt === null ? null : isoTimestamp(dueAt),
        overdue: dueAt !== null && dueAt.getTime() < Date.parse(now),
        unread: row.desk_unread,
        lastMessage: row.last_message,
        orderIds: row.order_ids ?? [],
        snapshotSeller: row.snapshot_seller,
      };
    });
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > filter.limit && last !== undefined
          ? queueCursor.encode([last.firstResponseDueAt, last.updatedAt, last.id])
          : null,
      counts: {
        open: counts.count_open,
        mine: counts.count_mine,
        unassigned: counts.count_unassigned,
        overdue: counts.count_overdue,
      },
    };
  }

  /** Seller events of one ticket this moderator has not read. */
  async unread(db: Db, moderatorId: string, ticketId: string): Promise<number> {
    const result = await sql<{ unread: number }>`
      select ${unreadFor(moderatorId)} as unread from tickets t where t.id = ${ticketId}`.execute(db);
    return result.rows[0]?.unread ?? 0;
  }

  /**
   * The whole timeline as the desk shows it: every seller event with who did it, and the internal
   * notes, in the order they happened; the offers as they stand now.
   */
  async timeline(db: Db, ticketId: string): Promise<{ events: DeskTicketEvent[]; offers: Offer[] }> {
    const rows = await db
      .selectFrom('ticket_events')
      .select(['data', 'internal', 'moderator'])
      .where('ticket_id', '=', ticketId)
      .orderBy('seq')
      .execute();
    const events = rows.flatMap((raw): DeskTicketEvent[] => {
      const row = z.parse(deskEventRow, raw);
      if (row.internal) {
        // Only notes are internal events the desk has a shape for.
        return row.data['kind'] === 'note'
          ? [z.parse(deskTicketEventSchema, { ...row.data, visibility: 'internal' })]
          : [];
      }
      const by =
        row.moderator !== null && row.data['kind'] !== 'assigned' ? { moderator: row.moderator } : {};
      return [z.parse(deskTicketEventSchema, { ...row.data, ...by, visibility: 'seller' })];
    });
    const offers = events.flatMap((event) =>
      event.kind === 'offer' ? [z.parse(offerSchema, event.offer)] : [],
    );
    return { events, offers };
  }

  /** This moderator has read every event of the ticket; false when there is no such ticket. */
  async markRead(moderatorId: string, ticketId: string): Promise<boolean> {
    const result = await sql<{ ticket_id: string }>`
      insert into moderator_reads (moderator_id, ticket_id, seq)
      select ${moderatorId}, t.id, coalesce((select max(e.seq) from ticket_events e where e.ticket_id = t.id), 0)
      from tickets t where t.id = ${ticketId}
      on conflict (moderator_id, ticket_id) do update set seq = excluded.seq
      returning ticket_id`.execute(this.#db);
    return result.rows.length > 0;
  }
}
