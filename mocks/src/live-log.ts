import type { EventVisibility } from '@seller-support/contract/desk';

/** One new event on one ticket, as the live streams tell it: numbered in the store's order. */
export interface LiveChange {
  /** The stream's `id:`: grows by one per change, never reused (not even across `reset()`). */
  seq: number;
  ticketId: string;
  eventId: string;
  kind: string;
  at: string;
  /** `internal` (a moderator's note) goes to the desk's stream only. */
  visibility: EventVisibility;
}

/** Who follows the log: an open stream. */
export interface LiveSubscriber {
  change(change: LiveChange): void;
  /** The store forgot its history (`reset()`): what the subscriber shows is stale from `seq` on. */
  reset(seq: number): void;
  /** The server drops the connection ({@link LiveLog.disconnectAll}). */
  end(): void;
}

/** The changes after a cursor, or why there are none to replay. */
export type LiveReplay = { kind: 'changes'; changes: LiveChange[] } | { kind: 'reset'; seq: number };

/** How many changes the log keeps for resuming; an older cursor is answered with `reset`. */
export const defaultLiveRetention = 1000;

/** Whose stream an id was handed out on: one caller's cursor is no other's (the protocol's reset). */
export type LiveScope = 'seller' | 'desk';

let logsMade = 0;

/**
 * The store's change log behind the live streams. Recording and subscribing are synchronous, so a
 * stream that reads its replay and subscribes in one turn can neither miss a change nor get one twice.
 */
export class LiveLog {
  private entries: LiveChange[] = [];
  private last = 0;
  /** The lowest cursor that still describes this history: the `seq` of the latest `restart()`. */
  private floor = 0;
  private readonly subscribers = new Set<LiveSubscriber>();
  /**
   * Tells this log's ids from another's: another seller's store, or this server before a restart
   * (a cursor a client kept across it must not resume here).
   */
  private readonly tag: string;

  constructor(private readonly retention = defaultLiveRetention) {
    logsMade += 1;
    this.tag = `${Date.now().toString(36)}${logsMade.toString(36)}`;
  }

  /** The stream `id` of a change on `scope`'s stream: opaque to clients, growing with `seq`. */
  idOf(scope: LiveScope, seq: number): string {
    return `${scope}-${this.tag}-${seq}`;
  }

  /** The `seq` an id of `scope`'s stream names, when this log handed it out (else undefined). */
  seqOf(scope: LiveScope, id: string): number | undefined {
    const match = /^([a-z]+)-([0-9a-z]+)-(\d{1,15})$/.exec(id.trim());
    if (match?.[1] !== scope || match[2] !== this.tag) return undefined;
    return Number(match[3]);
  }

  /** The `seq` a stream that starts now goes on from. */
  get lastSeq(): number {
    return this.last;
  }

  /** How many streams are open: 0 once every client went away. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  record(change: Omit<LiveChange, 'seq'>): LiveChange {
    this.last += 1;
    const entry: LiveChange = { ...change, seq: this.last };
    this.entries.push(entry);
    if (this.entries.length > this.retention) this.entries.splice(0, this.entries.length - this.retention);
    for (const subscriber of [...this.subscribers]) subscriber.change(entry);
    return entry;
  }

  /**
   * The changes after `seq` (read from a stream's `id` as `Last-Event-ID` brings it back). A cursor
   * this log cannot resume from (none, older than it keeps, from before a `restart()`, or ahead of
   * it) is a `reset` at the latest `seq`.
   */
  after(seq: number | undefined): LiveReplay {
    if (seq === undefined) return { kind: 'reset', seq: this.last };
    const oldest = this.entries[0]?.seq ?? this.last + 1;
    if (!(seq >= this.floor && seq >= oldest - 1 && seq <= this.last)) {
      return { kind: 'reset', seq: this.last };
    }
    return { kind: 'changes', changes: this.entries.filter((entry) => entry.seq > seq) };
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /**
   * Ends every open stream, as a server restarting or a proxy timing out would: clients reconnect
   * with their `Last-Event-ID` (or, after `scenario.setOffered('liveEvents', false)`, find a 404
   * and poll). Returns how many streams it ended.
   */
  disconnectAll(): number {
    const open = [...this.subscribers];
    for (const subscriber of open) subscriber.end();
    return open.length;
  }

  /**
   * Forgets the history (the store went back to its dataset). The sequence goes on past one id of
   * its own, so no cursor handed out before names a position after it; open streams are told to reset.
   */
  restart(): void {
    this.entries = [];
    this.last += 1;
    this.floor = this.last;
    for (const subscriber of [...this.subscribers]) subscriber.reset(this.last);
  }
}
