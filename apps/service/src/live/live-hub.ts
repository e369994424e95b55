import type { Kysely } from 'kysely';
import type { OpenDatabase } from '../store/database';
import type { Database } from '../store/schema';

/** A new ticket event as the live streams need it: no content, only what names it and who may see it. */
export interface LiveRow {
  seq: number;
  eventId: string;
  ticketId: string;
  sellerId: string;
  kind: string;
  at: string;
  internal: boolean;
}

/** Whose stream it is: a seller's (their tickets, what they may see) or the desk's (everything). */
export type LiveAudience = { kind: 'seller'; sellerId: string } | { kind: 'desk' };

/** Whether a stream of `audience` carries `row`: an internal note never reaches a seller. */
export function isFor(audience: LiveAudience, row: LiveRow): boolean {
  return audience.kind === 'desk' || (row.sellerId === audience.sellerId && !row.internal);
}

/** The NOTIFY channel the `0003-live` migration's trigger speaks on. */
export const liveChannel = 'ticket_events';

const pageSize = 500;

/**
 * How long a gap in `seq` is waited for. Identity values are taken at insert and committed in any
 * order on a server: a gap is a transaction still running (its events come) or one rolled back
 * (they never do). Delivering past a gap at once would leave a later resume behind the late
 * ones; waiting for ever would stall on a rollback.
 */
const gapGraceMs = 2_000;

/** An open stream the hub can end when the service closes. */
export interface LiveStreamHandle {
  end(): void;
}

/**
 * One reader of `ticket_events` per process for every open stream: told by the database that a
 * transaction with new events committed, it reads the rows after the last one it delivered, by
 * `seq` (a notification is a hint, never data), and hands them to each subscriber in order.
 * `head` is the last `seq` delivered: everything up to it is committed and was handed out.
 */
export class LiveHub {
  readonly #db: Kysely<Database>;
  readonly #subscribers = new Set<(rows: readonly LiveRow[]) => void>();
  readonly #streams = new Set<LiveStreamHandle>();
  #head: number;
  #reading: Promise<void> | null = null;
  #again = false;
  #gap: { seq: number; since: number } | null = null;
  #gapTimer: NodeJS.Timeout | null = null;
  #stopListening: () => Promise<void> = () => Promise.resolve();
  #onError: (error: unknown) => void;

  private constructor(db: Kysely<Database>, head: number, onError: (error: unknown) => void) {
    this.#db = db;
    this.#head = head;
    this.#onError = onError;
  }

  /** Starts at the newest event (streams opened later resume from their cursor) and listens for new ones. */
  static async open(database: OpenDatabase, onError: (error: unknown) => void): Promise<LiveHub> {
    const row = await database.db
      .selectFrom('ticket_events')
      .select((eb) => eb.fn.max('seq').as('head'))
      .executeTakeFirst();
    const hub = new LiveHub(database.db, row?.head ?? 0, onError);
    hub.#stopListening = await database.listen(liveChannel, () => hub.wake());
    return hub;
  }

  /** The last `seq` handed to subscribers. */
  get head(): number {
    return this.#head;
  }

  /** Subscribers now (one per open stream): a closed stream leaves none behind. */
  get listenerCount(): number {
    return this.#subscribers.size;
  }

  /** Hands every row delivered from now on to `deliver`, in `seq` order; the function returned unsubscribes. */
  subscribe(deliver: (rows: readonly LiveRow[]) => void): () => void {
    const subscriber = (rows: readonly LiveRow[]) => deliver(rows);
    this.#subscribers.add(subscriber);
    return () => {
      this.#subscribers.delete(subscriber);
    };
  }

  /** Keeps `stream` to end it when the service closes; the function returned forgets it. */
  track(stream: LiveStreamHandle): () => void {
    this.#streams.add(stream);
    return () => {
      this.#streams.delete(stream);
    };
  }

  /** Reads what was committed since `head` (now, or after the read in progress). */
  wake(): void {
    if (this.#reading !== null) {
      this.#again = true;
      return;
    }
    this.#reading = this.#readAll()
      .catch(this.#onError)
      .finally(() => {
        this.#reading = null;
        if (this.#again) {
          this.#again = false;
          this.wake();
        }
      });
  }

  /** `audience`'s rows after `afterSeq` up to `upTo`, oldest first, at most `limit`. */
  async replay(audience: LiveAudience, afterSeq: number, upTo: number, limit: number): Promise<LiveRow[]> {
    return this.#rows(afterSeq, upTo, limit, audience);
  }

  /** Ends every open stream (the service is closing), then stops listening. */
  async close(): Promise<void> {
    this.endStreams();
    if (this.#gapTimer !== null) clearTimeout(this.#gapTimer);
    await this.#stopListening();
    await this.#reading;
  }

  /** Ends every open stream, so the server's close does not wait for them. */
  endStreams(): void {
    for (const stream of [...this.#streams]) stream.end();
    this.#streams.clear();
  }

  async #readAll(): Promise<void> {
    for (;;) {
      const rows = await this.#rows(this.#head, null, pageSize, null);
      const ready: LiveRow[] = [];
      let waiting = false;
      for (const row of rows) {
        if (row.seq !== this.#head + 1 && !this.#gapExpired(this.#head + 1)) {
          waiting = true;
          break;
        }
        this.#gap = null;
        this.#head = row.seq;
        ready.push(row);
      }
      if (ready.length > 0) for (const subscriber of [...this.#subscribers]) subscriber(ready);
      if (waiting) {
        this.#gapTimer ??= setTimeout(() => {
          this.#gapTimer = null;
          this.wake();
        }, gapGraceMs);
        this.#gapTimer.unref();
        return;
      }
      if (rows.length < pageSize) return;
    }
  }

  /** Whether the gap at `seq` has been waited for long enough (it is first seen now if new). */
  #gapExpired(seq: number): boolean {
    const now = performance.now();
    if (this.#gap?.seq !== seq) this.#gap = { seq, since: now };
    return now - this.#gap.since >= gapGraceMs;
  }

  async #rows(
    afterSeq: number,
    upTo: number | null,
    limit: number,
    audience: LiveAudience | null,
  ): Promise<LiveRow[]> {
    let query = this.#db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['e.seq', 'e.id', 'e.ticket_id', 'e.kind', 'e.at', 'e.internal', 't.seller_id'])
      .where('e.seq', '>', afterSeq);
    if (upTo !== null) query = query.where('e.seq', '<=', upTo);
    if (audience?.kind === 'seller')
      query = query.where('t.seller_id', '=', audience.sellerId).where('e.internal', '=', false);
    const rows = await query.orderBy('e.seq').limit(limit).execute();
    return rows.map((row) => ({
      seq: row.seq,
      eventId: row.id,
      ticketId: row.ticket_id,
      sellerId: row.seller_id,
      kind: row.kind,
      at: row.at.toISOString(),
      internal: row.internal,
    }));
  }
}
