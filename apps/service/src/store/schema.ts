import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// The database as the queries see it: one description for PGlite and PostgreSQL alike. JSON
// columns hold contract objects; they are parsed with the contract's schemas on the way out, so
// what the columns say here is what was written, not a promise the rows keep.

/** A `jsonb` column: written through `jsonb()` (see sql.ts), read back as parsed JSON. */
type Json = ColumnType<unknown, unknown, unknown>;
/** A `timestamptz` column: the drivers read a `Date`; the service writes ISO strings of its clock. */
type Timestamp = ColumnType<Date, string, string>;

export interface SellerTable {
  id: string;
  profile: Json;
  deal_summary: Json;
  /** The moment the demo's data was anchored to (the demo adapter re-seeds on a new day). */
  seeded_at: Timestamp;
}

export interface OrderTable {
  seller_id: string;
  id: string;
  created_at: Timestamp;
  status: string;
  /** Item names and SKUs, normalised for search (lower case, ё as е). */
  search: string;
  body: Json;
}

export interface FacilityTable {
  id: string;
  position: number;
  type: string;
  name: string;
  address: string;
  search: string;
}

export interface TicketTable {
  id: string;
  seller_id: string;
  number: number;
  topic: string;
  subject: string;
  /** The subject normalised for search. */
  search: string;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  assignee: Json;
  expected_first_response_by: ColumnType<Date | null, string | null, string | null>;
  unread: Generated<number>;
  rating: Json;
  request: Json;
  /** The latest message as lists show it, kept with the ticket so a list reads one table. */
  last_message: Json;
}

export interface TicketEventTable {
  /** Insertion order: events of one millisecond still read in the order they happened. */
  seq: Generated<number>;
  id: string;
  ticket_id: string;
  at: Timestamp;
  kind: string;
  /** The whole event as the contract shapes it. */
  data: Json;
  /** Notes a moderator keeps for the desk: never part of the seller's timeline. */
  internal: Generated<boolean>;
  /** The moderator who did it (a `Moderator`), or null for the seller's own events. */
  moderator: Generated<unknown>;
}

export interface ModeratorReadTable {
  moderator_id: string;
  ticket_id: string;
  /** The last event's `seq` when the moderator read the ticket. */
  seq: number;
}

export interface AttachmentTable {
  id: string;
  /** Whose upload it is: a seller's id, or a moderator's desk principal (`desk:<moderator id>`). */
  seller_id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
  storage_key: string;
  created_at: Timestamp;
}

export interface IdempotencyKeyTable {
  seller_id: string;
  operation: string;
  key: string;
  /** Hash of what the request asked for; null while an upload's content is still arriving. */
  fingerprint: string | null;
  state: 'running' | 'done';
  /** Which attempt holds a running key, so a stale one can be taken over exactly once. */
  owner: string;
  locked_at: Timestamp;
  created_at: Timestamp;
  response_status: number | null;
  resource_id: string | null;
  response: Json;
}

export interface ArticleTable {
  id: string;
  position: number;
  topic: string;
  title: string;
  excerpt: string;
  url: string;
  keywords: string;
  /** Generated: Russian and English full-text vectors of title, keywords and excerpt. */
  search: Generated<string>;
}

export interface Database {
  sellers: SellerTable;
  orders: OrderTable;
  facilities: FacilityTable;
  tickets: TicketTable;
  ticket_events: TicketEventTable;
  moderator_reads: ModeratorReadTable;
  attachments: AttachmentTable;
  idempotency_keys: IdempotencyKeyTable;
  articles: ArticleTable;
}

export type TicketRow = Selectable<TicketTable>;
export type NewTicketRow = Insertable<TicketTable>;
export type TicketEventRow = Selectable<TicketEventTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
