import type { TicketEvent, TicketStatus } from '@seller-support/contract';
import { moderators } from '../catalog';
import { deskTokens } from '../desk/moderators';
import { deskStoreOf, type DeskStore, type ModeratorAction, type ModeratorActionResult } from '../desk/store';
import type { TicketWithEvents } from '../factories';
import { ProblemError } from '../problem';
import { mixSeed } from '../random';
import type { MockStore, StoreChange } from '../store';
import { minuteMs } from '../time';
import {
  afterOfferDecision,
  afterReopening,
  continuation,
  mainScript,
  replyTo,
  type ActionSpec,
} from './scripts';
import { isFeminine, type Case } from './topics';

/**
 * What moves the moderator:
 * - `manual`: nothing happens until a test or story calls `step()` / `runUntil()`;
 * - `timer`: each queued action runs after a delay (`delaysMs[i]` before the i-th action since the
 *   seller last did something; the last value repeats; a number is the same delay every time);
 * - `off`: no moderator at all; the store's tickets only change when the seller changes them.
 */
export type ModeratorClock =
  { mode: 'manual' } | { mode: 'timer'; delaysMs: number | readonly number[] } | { mode: 'off' };

/** Short delays for the demo: the first answer after 3 s, then a step every few seconds. */
export const demoModeratorDelaysMs: readonly number[] = [3000, 3000, 5000, 6000];

/** One action the simulator took: the event it added and the status the ticket is in after it. */
export interface ModeratorStep {
  ticketId: string;
  event: TicketEvent;
  status: TicketStatus;
}

/** An action the simulator will take; `status` is the status it sets, or null when it keeps the current one. */
export interface PendingModeratorStep {
  ticketId: string;
  kind: TicketEvent['kind'];
  status: TicketStatus | null;
}

/**
 * A deterministic support moderator playing the other side of the mock API. It picks up each
 * request created through `POST /tickets` and leads it: assigned (with a greeting), a step, a third
 * party for the topics that need one, an offer where a compromise makes sense (orders, payments,
 * warranty, parcel location), and a resolution. It answers the seller's messages, and the seller's
 * offer decision drives what comes next. Time in events is the store's clock, moved forward a few
 * minutes per action, so the same seed and the same calls give the same timeline.
 */
export interface ModeratorSimulator {
  readonly mode: ModeratorClock['mode'];
  /**
   * Runs the next queued action (of `ticketId`, or the oldest queued one of any ticket) and returns
   * what it did, or null when there is nothing to do (the moderator is waiting for the seller).
   * Works in every mode except `off`; in `timer` mode it also restarts that ticket's timer.
   */
  step(ticketId?: string): ModeratorStep | null;
  /**
   * Steps `ticketId` (default: the ticket the seller touched last) until it has `status`, and returns
   * it with its events. Throws when the moderator runs out of actions first (e.g. an offer waits for
   * the seller's decision).
   */
  runUntil(status: TicketStatus, ticketId?: string): TicketWithEvents;
  /** The queued actions, in the order `step()` would run them. */
  pending(ticketId?: string): PendingModeratorStep[];
  /**
   * Makes the moderator lead an existing ticket (e.g. one of the dataset's) from where it stands, as
   * it does by itself once the seller writes in it or decides its offer.
   */
  track(ticketId: string): void;
  /** Clears every timer and schedules no more (no leaks); `step()` still works afterwards. */
  stop(): void;
}

/** A scripted action in a queue; `seq` orders the queues of all tickets by when each action was queued. */
interface Action extends ActionSpec {
  seq: number;
}

interface Track {
  queue: Action[];
  /** Actions run since the seller last did something: indexes `delaysMs`. */
  run: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const maxRunSteps = 1000;

class Simulator implements ModeratorSimulator {
  readonly mode: ModeratorClock['mode'];
  private readonly store: MockStore;
  private readonly desk: DeskStore;
  private readonly delays: readonly number[];
  private tracks = new Map<string, Track>();
  private seq = 0;
  private stopped = false;
  private lastTouched: string | null = null;
  /** Tickets a moderator at the desk has acted on: the script no longer leads them. */
  private humans = new Set<string>();

  constructor(store: MockStore, clock: ModeratorClock) {
    this.store = store;
    this.desk = deskStoreOf(store);
    this.mode = clock.mode;
    this.delays =
      clock.mode !== 'timer'
        ? []
        : typeof clock.delaysMs === 'number'
          ? [clock.delaysMs]
          : clock.delaysMs.length > 0
            ? [...clock.delaysMs]
            : [0];
    if (clock.mode !== 'off') {
      store.subscribe((change) => {
        this.onChange(change);
      });
      // A person at the desk took over: the scripted moderator leaves that request to them.
      this.desk.subscribe((change) => {
        this.handOver(change.ticketId);
      });
    }
  }

  // --- reacting to the seller --------------------------------------------------------------------

  private handOver(ticketId: string): void {
    this.humans.add(ticketId);
    const track = this.tracks.get(ticketId);
    if (track?.timer != null) clearTimeout(track.timer);
    this.tracks.delete(ticketId);
  }

  private onChange(change: StoreChange): void {
    if (change.type !== 'reset' && this.humans.has(change.ticketId)) return;
    switch (change.type) {
      case 'reset':
        this.clearTimers();
        this.tracks = new Map();
        this.humans = new Set();
        this.lastTouched = null;
        return;
      case 'ticket-created': {
        const c = this.caseOf(change.ticketId);
        if (c) this.replace(change.ticketId, mainScript(c));
        return;
      }
      case 'seller-message': {
        const c = this.caseOf(change.ticketId);
        if (!c || c.ticket.status === 'closed') return;
        const track = this.tracks.get(change.ticketId);
        const rest = track ? track.queue : this.specsToActions(continuation(c, change.previousStatus));
        // An unassigned request gets its greeting soon anyway; an assigned one gets an answer first.
        const reply =
          c.ticket.assignee === null ? [] : this.specsToActions([replyTo(c, change.previousStatus)]);
        this.set(change.ticketId, [...reply, ...rest]);
        return;
      }
      case 'offer-decided': {
        const c = this.caseOf(change.ticketId);
        if (c) this.replace(change.ticketId, afterOfferDecision(c, change.offerId, change.decision));
        return;
      }
      case 'reopened': {
        const c = this.caseOf(change.ticketId);
        if (c) this.replace(change.ticketId, afterReopening(c));
        return;
      }
    }
  }

  /** Whether a demo moderator at the desk holds the ticket: then it is theirs, not the script's. */
  private heldAtDesk(ticket: TicketWithEvents): boolean {
    const { assignee } = ticket;
    return assignee !== null && Object.values(deskTokens).some((moderator) => moderator.id === assignee.id);
  }

  private caseOf(ticketId: string): Case | null {
    const ticket = this.store.findTicket(ticketId);
    if (!ticket || this.heldAtDesk(ticket)) return null;
    const submission = this.store.getSubmission(ticketId);
    const moderator = ticket.assignee ??
      moderators[mixSeed(this.store.dataset.seed, Number(ticket.number)) % moderators.length] ?? {
        id: 'm-7',
        displayName: 'Модератор Анна',
      };
    const facilityId = submission?.facilityId ?? null;
    const facility =
      facilityId === null ? undefined : this.store.dataset.facilities.find((f) => f.id === facilityId);
    return {
      ticket,
      submission,
      moderator,
      feminine: isFeminine(moderator),
      facilityName: facility?.name ?? null,
    };
  }

  private specsToActions(specs: readonly ActionSpec[]): Action[] {
    return specs.map((spec) => {
      this.seq += 1;
      return { ...spec, seq: this.seq };
    });
  }

  private replace(ticketId: string, specs: readonly ActionSpec[]): void {
    this.set(ticketId, this.specsToActions(specs));
  }

  /** Sets a ticket's queue after a seller action: the next action comes after the first delay again. */
  private set(ticketId: string, queue: Action[]): void {
    const track = this.tracks.get(ticketId) ?? { queue: [], run: 0, timer: null };
    track.queue = queue;
    track.run = 0;
    this.tracks.set(ticketId, track);
    this.lastTouched = ticketId;
    this.schedule(ticketId);
  }

  track(ticketId: string): void {
    if (this.mode === 'off' || this.tracks.has(ticketId)) return;
    const c = this.caseOf(ticketId);
    if (!c) {
      if (this.store.findTicket(ticketId)) return;
      throw new Error(`There is no request ${ticketId}.`);
    }
    this.replace(ticketId, continuation(c, c.ticket.status));
  }

  // --- acting --------------------------------------------------------------------------------------

  private execute(ticketId: string): ModeratorStep | null {
    const track = this.tracks.get(ticketId);
    const action = track?.queue.shift();
    if (!track || !action) return null;
    const ticket = this.store.findTicket(ticketId);
    if (!ticket || ticket.status === 'closed') {
      track.queue = [];
      return null;
    }
    const c = this.caseOf(ticketId);
    if (!c) return null;
    this.store.advanceClock(action.minutes * minuteMs);
    const result = this.tryAct(c, action.build(ticket));
    if (result === null) {
      track.queue = [];
      return null;
    }
    track.run += 1;
    if (result.event === null) return this.execute(ticketId);
    return { ticketId, event: result.event, status: result.ticket.status };
  }

  /** The action through the desk's operations, or null when the ticket moved on without the script (another moderator holds it, say). */
  private tryAct(c: Case, action: ModeratorAction): ModeratorActionResult | null {
    try {
      return this.desk.act(c.moderator, c.ticket.id, action);
    } catch (error) {
      if (error instanceof ProblemError) return null;
      throw error;
    }
  }

  /** The ticket whose next action was queued first. */
  private oldest(): string | null {
    let best: { id: string; seq: number } | null = null;
    for (const [id, track] of this.tracks) {
      const head = track.queue[0];
      if (head && (best === null || head.seq < best.seq)) best = { id, seq: head.seq };
    }
    return best?.id ?? null;
  }

  step(ticketId?: string): ModeratorStep | null {
    const id = ticketId ?? this.oldest();
    if (id === null) return null;
    const result = this.execute(id);
    this.schedule(id);
    return result;
  }

  runUntil(status: TicketStatus, ticketId?: string): TicketWithEvents {
    const id = ticketId ?? this.lastTouched;
    if (id === null) throw new Error('runUntil: no request to run; create one first.');
    for (let i = 0; i < maxRunSteps; i += 1) {
      const ticket = this.store.getTicket(id);
      if (ticket.status === status) return ticket;
      if (this.step(id) === null) {
        throw new Error(
          `runUntil: ${id} is ${ticket.status} and the moderator has nothing more to do (waiting for the seller?), so it never becomes ${status}.`,
        );
      }
    }
    throw new Error(`runUntil: ${id} did not become ${status} within ${maxRunSteps} steps.`);
  }

  pending(ticketId?: string): PendingModeratorStep[] {
    return [...this.tracks.entries()]
      .filter(([id, track]) => track.queue.length > 0 && (ticketId === undefined || id === ticketId))
      .sort(([, a], [, b]) => (a.queue[0]?.seq ?? 0) - (b.queue[0]?.seq ?? 0))
      .flatMap(([id, track]) =>
        track.queue.map((action) => ({ ticketId: id, kind: action.kind, status: action.status })),
      );
  }

  // --- timers --------------------------------------------------------------------------------------

  private delayFor(run: number): number {
    return Math.max(0, this.delays[Math.min(run, this.delays.length - 1)] ?? 0);
  }

  private schedule(ticketId: string): void {
    const track = this.tracks.get(ticketId);
    if (!track) return;
    if (track.timer !== null) {
      clearTimeout(track.timer);
      track.timer = null;
    }
    if (this.mode !== 'timer' || this.stopped || track.queue.length === 0) return;
    track.timer = setTimeout(() => {
      track.timer = null;
      this.execute(ticketId);
      this.schedule(ticketId);
    }, this.delayFor(track.run));
  }

  private clearTimers(): void {
    for (const track of this.tracks.values()) {
      if (track.timer !== null) clearTimeout(track.timer);
      track.timer = null;
    }
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
  }
}

/**
 * Creates the moderator for a store. It listens to the store from now on (tickets created,
 * messages, offer decisions, reopenings) and forgets everything on `store.reset()`.
 */
export function createModeratorSimulator(options: {
  store: MockStore;
  clock?: ModeratorClock;
}): ModeratorSimulator {
  return new Simulator(options.store, options.clock ?? { mode: 'manual' });
}
