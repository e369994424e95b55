import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema';

// Numbered and append-only: a migration that has run anywhere is never edited, a change is a new
// one. Kysely's migrator takes a lock in the database, so two processes starting at once on one
// PostgreSQL run each migration once.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    // The marketplace's data, as the demo adapter keeps it (a real adapter reads it over HTTP).
    await sql`
      create table sellers (
        id text primary key,
        profile jsonb not null,
        deal_summary jsonb not null,
        seeded_at timestamptz not null
      )`.execute(db);
    await sql`
      create table orders (
        seller_id text not null references sellers (id) on delete cascade,
        id text not null,
        created_at timestamptz not null,
        status text not null,
        search text not null,
        body jsonb not null,
        primary key (seller_id, id)
      )`.execute(db);
    await sql`create index orders_by_seller_and_time on orders (seller_id, created_at desc, id desc)`.execute(
      db,
    );
    await sql`
      create table facilities (
        id text primary key,
        position integer not null unique,
        type text not null,
        name text not null,
        address text not null,
        search text not null
      )`.execute(db);

    // Support's own data.
    await sql`create sequence ticket_number_seq start with 1001`.execute(db);
    await sql`
      create table tickets (
        id text primary key,
        seller_id text not null,
        number integer not null unique,
        topic text not null,
        subject text not null,
        search text not null,
        status text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        assignee jsonb,
        expected_first_response_by timestamptz,
        unread integer not null default 0 check (unread >= 0),
        rating jsonb,
        request jsonb not null,
        last_message jsonb
      )`.execute(db);
    await sql`create index tickets_by_seller_and_update on tickets (seller_id, updated_at desc, number desc)`.execute(
      db,
    );
    await sql`
      create table ticket_events (
        seq integer generated always as identity primary key,
        id text not null unique,
        ticket_id text not null references tickets (id) on delete cascade,
        at timestamptz not null,
        kind text not null,
        data jsonb not null,
        internal boolean not null default false
      )`.execute(db);
    await sql`create index ticket_events_by_ticket on ticket_events (ticket_id, seq)`.execute(db);
    await sql`
      create table attachments (
        id text primary key,
        seller_id text not null,
        name text not null,
        size integer not null check (size >= 0),
        type text not null,
        sha256 text not null,
        storage_key text not null,
        created_at timestamptz not null
      )`.execute(db);
    await sql`create index attachments_by_seller on attachments (seller_id)`.execute(db);
    await sql`
      create table idempotency_keys (
        seller_id text not null,
        operation text not null,
        key text not null,
        fingerprint text,
        state text not null check (state in ('running', 'done')),
        owner text not null,
        locked_at timestamptz not null,
        created_at timestamptz not null,
        response_status integer,
        resource_id text,
        response jsonb,
        primary key (seller_id, operation, key)
      )`.execute(db);
    await sql`create index idempotency_keys_by_age on idempotency_keys (created_at)`.execute(db);

    // Help articles from the configuration file; searched in Russian and in English.
    await sql`
      create table articles (
        id text primary key,
        position integer not null,
        topic text not null,
        title text not null,
        excerpt text not null,
        url text not null,
        keywords text not null,
        search tsvector generated always as (
          setweight(to_tsvector('russian', title), 'A') ||
          setweight(to_tsvector('russian', keywords), 'B') ||
          setweight(to_tsvector('russian', excerpt), 'C') ||
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', keywords), 'B') ||
          setweight(to_tsvector('english', excerpt), 'C')
        ) stored
      )`.execute(db);
    await sql`create index articles_search on articles using gin (search)`.execute(db);
  },
};

// The moderator's desk: who did each event, what each moderator has read, who uploaded a file,
// and the queue's order as an index.
const desk: Migration = {
  async up(db: Kysely<unknown>) {
    // The moderator who did an event (null: the seller, or the system after the seller's decision).
    await sql`alter table ticket_events add column moderator jsonb`.execute(db);
    // Per moderator per ticket: the sequence number of the last event they had when they read it.
    await sql`
      create table moderator_reads (
        moderator_id text not null,
        ticket_id text not null references tickets (id) on delete cascade,
        seq integer not null,
        primary key (moderator_id, ticket_id)
      )`.execute(db);
    // The queue: open tickets, the first answer due soonest first, then by update and id.
    await sql`
      create index tickets_queue on tickets
        (expected_first_response_by asc nulls last, updated_at desc, id asc)
        where status not in ('resolved', 'closed')`.execute(db);
  },
};

// The live stream: every statement that adds events says so on `ticket_events` once its
// transaction commits (NOTIFY is transactional), on PGlite and on a server alike, whatever code
// path wrote them. The payload is only a hint: streams read the rows by `seq`.
const live: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create function ticket_events_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('ticket_events', '');
        return null;
      end $$`.execute(db);
    await sql`
      create trigger ticket_events_notify after insert on ticket_events
        for each statement execute function ticket_events_notify()`.execute(db);
  },
};

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-desk': desk,
  '0003-live': live,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};

/** Brings the schema up to date; throws (and leaves the database as it was) when a migration fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'a migration';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
