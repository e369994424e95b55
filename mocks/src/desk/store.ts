import {
  ticketEventSchema,
  type Attachment,
  type Moderator,
  type Money,
  type Offer,
  type TicketEvent,
  type TicketStatus,
} from '@seller-support/contract';
import {
  closeBodySchema,
  deskMessageBodySchema,
  noteBodySchema,
  proposeOfferBodySchema,
  resolveBodySchema,
  stepBodySchema,
  takeTicketBodySchema,
  thirdPartyBodySchema,
  type DeskTicket,
  type DeskTicketEvent,
  type QueueCounts,
  type QueueItem,
  type QueuePage,
  type QueueQuery,
} from '@seller-support/contract/desk';
import * as z from 'zod/mini';
import { normalizeForSearch, type TicketWithEvents } from '../factories';
import { ContractDriftError } from '../handlers/shared';
import { fieldProblem, ProblemError, type FieldError } from '../problem';
import {
  canonicalJson,
  lastMessageOf,
  paginate,
  parseBody,
  type Created,
  type DistributiveOmit,
  type MockStore,
  type ModeratorChanges,
  type UploadedFile,
} from '../store';
import { parseTimestamp } from '../time';

/**
 * A ticket's place in the queue: first answer due (null once answered), last update, id; the
 * service's keyset. A page starts after the last key the previous one returned, so a ticket that
 * moved between two loads (answered, taken, updated) shifts no other ticket onto or off a page.
 */
type QueueKey = readonly [due: string | null, updatedAt: string, id: string];

const queueKeySchema = z.tuple([z.nullable(z.string()), z.string(), z.string()]);

function queueKeyOf(ticket: TicketWithEvents): QueueKey {
  return [ticket.expectedFirstResponseBy, ticket.updatedAt, ticket.id];
}

/** The queue's order: soonest due first, the answered after them; then last updated first; then id. */
function compareQueueKeys([dueA, updatedA, idA]: QueueKey, [dueB, updatedB, idB]: QueueKey): number {
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    const due = parseTimestamp(dueA) - parseTimestamp(dueB);
    if (due !== 0) return due;
  }
  const updated = parseTimestamp(updatedB) - parseTimestamp(updatedA);
  if (updated !== 0) return updated;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

// Cursors are base64url JSON of the key, tagged with the list (the service's shape); the mocks
// also run in the browser, hence btoa rather than Buffer. The key's strings are ASCII.
const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

function encodeQueueCursor(key: QueueKey): string {
  return toBase64Url(JSON.stringify({ l: 'queue', k: key }));
}

function decodeQueueCursor(cursor: string | undefined): QueueKey | null {
  if (cursor === undefined || cursor === '') return null;
  let parsed: unknown;
  try {
    parsed = /^[\w-]+$/.test(cursor) ? JSON.parse(fromBase64Url(cursor)) : undefined;
  } catch {
    parsed = undefined;
  }
  const envelope = z.safeParse(z.object({ l: z.literal('queue'), k: queueKeySchema }), parsed);
  if (!envelope.success)
    throw fieldProblem('cursor', 'is not a cursor this server issued for this list', 'invalid');
  return envelope.data.k;
}

/** A page of the sorted queue after the cursor's key: `paginate`'s limits, a keyset's place. */
function queuePageAfter(sorted: readonly TicketWithEvents[], query: QueueQuery) {
  const after = decodeQueueCursor(query.cursor);
  const rest =
    after === null ? sorted : sorted.filter((ticket) => compareQueueKeys(queueKeyOf(ticket), after) > 0);
  // The limit's checks and cap are the store's; its offset is not used past the first slice.
  const page = paginate(rest, { limit: query.limit });
  const last = page.items.at(-1);
  return {
    items: page.items,
    nextCursor: page.nextCursor === null || last === undefined ? null : encodeQueueCursor(queueKeyOf(last)),
  };
}

/**
 * What a moderator does to a ticket, whoever the moderator is: a person at the desk (through the
 * desk's handlers) or the scripted moderator of the seller's demo. One set of transitions for both.
 */
export type ModeratorAction =
  | { kind: 'take'; force?: boolean }
  | { kind: 'message'; body: string; attachments: readonly Attachment[]; awaitSeller?: boolean }
  | { kind: 'step'; text: string }
  | { kind: 'third_party'; party: ThirdParty; note: string }
  | { kind: 'offer'; offer: { kind: Offer['kind']; description: string; amount: Money | null } }
  | { kind: 'resolve'; note?: string }
  | { kind: 'close' };

type ThirdParty = Extract<TicketEvent, { kind: 'third_party' }>['party'];
type NoteEvent = Extract<DeskTicketEvent, { kind: 'note' }>;

/** What an action did: the seller-visible event it added (null when it changed nothing) and the ticket after it. */
export interface ModeratorActionResult {
  event: TicketEvent | null;
  ticket: TicketWithEvents;
}

/** A moderator at the desk did something to a ticket (never sent for idempotent replays or for the scripted moderator). */
export interface DeskChange {
  type: 'desk-action';
  ticketId: string;
  moderator: Moderator;
  action: ModeratorAction['kind'] | 'note';
}

/** An internal note and where it stands in the ticket's history: after its first `after` events. */
interface NoteEntry {
  after: number;
  event: NoteEvent;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fields of `input` the schema's parse left out of `output`: the contract's objects strip what they do not know. */
function unknownFields(input: unknown, output: unknown, path: readonly string[]): FieldError[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((item, index) => unknownFields(item, output[index], [...path, String(index)]));
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.keys(input).flatMap((key) =>
    key in output
      ? unknownFields(input[key], output[key], [...path, key])
      : [
          {
            path: [...path, key].join('.'),
            message: 'not a field of this request',
            code: 'invalid' as const,
          },
        ],
  );
}

/**
 * A desk request body read strictly, unknown fields included: each is a 422 naming it, as the
 * support service answers the desk (the seller's mocks keep ignoring them, which their contract allows).
 */
function parseDeskBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const parsed = parseBody(schema, body);
  const unknown = unknownFields(body, parsed, []);
  if (unknown.length > 0)
    throw new ProblemError(422, 'The request body has fields the contract does not.', unknown);
  return parsed;
}

const closedStatuses: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

/** Events a moderator adds: before the desk recorded who did them, they were the holder's. */
function isModeratorKind(event: TicketEvent): boolean {
  return (
    event.kind === 'assigned' ||
    event.kind === 'step' ||
    event.kind === 'third_party' ||
    event.kind === 'offer' ||
    (event.kind === 'message' && event.author === 'moderator')
  );
}

/** Events the seller causes: what the desk counts as unread. */
function isSellerKind(event: TicketEvent): boolean {
  return (
    event.kind === 'created' ||
    event.kind === 'offer_decided' ||
    event.kind === 'reopened' ||
    event.kind === 'rated' ||
    (event.kind === 'message' && event.author === 'seller')
  );
}

function hasPendingOffer(ticket: TicketWithEvents): boolean {
  return ticket.events.some((event) => event.kind === 'offer' && event.offer.status === 'pending');
}

/**
 * The moderator's side of the mock backend, over the seller's `MockStore`: the same tickets, so
 * whatever a moderator does here is what the seller's API answers, and the other way round. It
 * keeps only what the seller never sees: internal notes, who did each moderator event, and each
 * moderator's read marks. `store.reset()` forgets them too.
 *
 * Transitions (take, reply, step, third party, offer, resolve, close) are `act()`; the keyed
 * methods below it parse a desk request body, apply the idempotency rules and answer in the desk
 * contract's shapes. Idempotency keys are scoped by the moderator and the operation.
 */
export class DeskStore {
  readonly store: MockStore;
  private notes = new Map<string, NoteEntry[]>();
  /** Moderator event id → the moderator who added it. */
  private actors = new Map<string, Moderator>();
  /** `moderatorId|ticketId` → how many of the ticket's events the moderator had read. */
  private reads = new Map<string, number>();
  private eventReplays = new Map<string, () => DeskTicketEvent>();
  private ticketReplays = new Map<string, () => DeskTicket>();
  private readonly listeners = new Set<(change: DeskChange) => void>();

  constructor(store: MockStore) {
    this.store = store;
    store.subscribe((change) => {
      if (change.type === 'reset') this.clear();
    });
  }

  private clear(): void {
    this.notes = new Map();
    this.actors = new Map();
    this.reads = new Map();
    this.eventReplays = new Map();
    this.ticketReplays = new Map();
  }

  /** Calls `listener` after each desk moderator's action (not replays, not the scripted moderator). Returns an unsubscribe. */
  subscribe(listener: (change: DeskChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(change: DeskChange): void {
    for (const listener of this.listeners) listener(change);
  }

  // --- the transitions -------------------------------------------------------------------------

  /**
   * Applies a moderator's action to a ticket: the event the seller sees and what it changes. Any
   * seller-visible action of a moderator is the first answer (the due time is cleared). Throws a
   * 404 for an unknown ticket and a 409 for an action its state does not allow.
   */
  act(moderator: Moderator, ticketId: string, action: ModeratorAction): ModeratorActionResult {
    const ticket = this.store.getTicket(ticketId);
    const open = !closedStatuses.has(ticket.status);
    const unchanged = { event: null, ticket };
    switch (action.kind) {
      case 'take': {
        if (ticket.status === 'closed') throw new ProblemError(409, `The request ${ticketId} is closed.`);
        if (ticket.assignee?.id === moderator.id) return unchanged;
        if (ticket.assignee !== null && action.force !== true) {
          throw new ProblemError(
            409,
            `${ticket.assignee.displayName} holds the request ${ticketId}; send force to take it over.`,
          );
        }
        return this.add(
          moderator,
          ticketId,
          { kind: 'assigned', moderator: { ...moderator } },
          {
            assignee: { ...moderator },
            expectedFirstResponseBy: null,
            ...(ticket.status === 'new' ? { status: 'in_progress' } : {}),
          },
        );
      }
      case 'message':
        if (ticket.status === 'closed') throw new ProblemError(409, `The request ${ticketId} is closed.`);
        return this.add(
          moderator,
          ticketId,
          {
            kind: 'message',
            author: 'moderator',
            body: action.body,
            attachments: action.attachments.map((attachment) => ({ ...attachment })),
          },
          {
            expectedFirstResponseBy: null,
            // A question waits for the seller's answer, which hands the ticket back (`postMessage`).
            ...(action.awaitSeller === true
              ? { status: 'waiting_seller' }
              : ticket.status === 'new'
                ? { status: 'in_progress' }
                : {}),
          },
        );
      case 'step':
        if (!open) throw this.notOpen(ticket);
        // A step while an offer waits for the seller leaves the offer in front of them.
        return this.add(
          moderator,
          ticketId,
          { kind: 'step', text: action.text },
          { expectedFirstResponseBy: null, ...(hasPendingOffer(ticket) ? {} : { status: 'in_progress' }) },
        );
      case 'third_party':
        if (!open) throw this.notOpen(ticket);
        return this.add(
          moderator,
          ticketId,
          { kind: 'third_party', party: action.party, note: action.note },
          { expectedFirstResponseBy: null, status: 'waiting_third_party' },
        );
      case 'offer': {
        if (!open) throw this.notOpen(ticket);
        if (hasPendingOffer(ticket))
          throw new ProblemError(409, `An offer of ${ticketId} is still waiting for the seller's decision.`);
        const made = ticket.events.filter((event) => event.kind === 'offer').length;
        return this.add(
          moderator,
          ticketId,
          {
            kind: 'offer',
            offer: {
              id: `of-${ticket.number}-${made + 1}`,
              kind: action.offer.kind,
              description: action.offer.description,
              amount: action.offer.amount === null ? null : { ...action.offer.amount },
              status: 'pending',
            },
          },
          { expectedFirstResponseBy: null, status: 'offer_proposed' },
        );
      }
      case 'resolve': {
        if (ticket.status === 'closed') throw new ProblemError(409, `The request ${ticketId} is closed.`);
        if (ticket.status === 'resolved') {
          const last = ticket.events.findLast((event) => event.kind === 'resolved');
          if (last?.kind === 'resolved' && last.note === action.note) return unchanged;
          throw new ProblemError(409, `The request ${ticketId} is resolved already.`);
        }
        return this.add(
          moderator,
          ticketId,
          { kind: 'resolved', ...(action.note === undefined ? {} : { note: action.note }) },
          { expectedFirstResponseBy: null, status: 'resolved' },
        );
      }
      case 'close':
        if (ticket.status === 'closed') return unchanged;
        return this.add(
          moderator,
          ticketId,
          { kind: 'closed' },
          { expectedFirstResponseBy: null, status: 'closed' },
        );
    }
  }

  private notOpen(ticket: TicketWithEvents): ProblemError {
    return new ProblemError(409, `The request ${ticket.id} is ${ticket.status}.`);
  }

  private add(
    moderator: Moderator,
    ticketId: string,
    event: DistributiveOmit<TicketEvent, 'id' | 'at'>,
    changes: ModeratorChanges,
  ): ModeratorActionResult {
    // Fail loudly at the action that drifted, rather than later in a handler's answer.
    const probe = z.safeParse(ticketEventSchema, { ...event, id: 'ev-probe', at: this.store.now() });
    if (!probe.success) throw new ContractDriftError('TicketEvent', probe.error.issues);
    const added = this.store.addModeratorEvent(ticketId, event, changes);
    this.actors.set(added.id, { ...moderator });
    return { event: added, ticket: this.store.getTicket(ticketId) };
  }

  // --- reading ---------------------------------------------------------------------------------

  private readKey(moderator: Moderator, ticketId: string): string {
    return `${moderator.id}|${ticketId}`;
  }

  /** Seller events after the moderator's read mark (`POST /tickets/{id}/read`), as the service counts them. */
  private unreadFor(moderator: Moderator, ticket: TicketWithEvents): number {
    const read = this.reads.get(this.readKey(moderator, ticket.id)) ?? 0;
    return ticket.events.slice(read).filter(isSellerKind).length;
  }

  /** The ticket's history as the desk shows it: every event with who sees it and who did it, notes in their place. */
  private deskEvents(ticket: TicketWithEvents): DeskTicketEvent[] {
    const notes = this.notes.get(ticket.id) ?? [];
    const result: DeskTicketEvent[] = [];
    const notesAt = (position: number) => {
      for (const note of notes) if (note.after === position) result.push(structuredClone(note.event));
    };
    // Events from before the desk recorded who did what belong to whoever held the ticket then.
    let holder: Moderator | null = null;
    ticket.events.forEach((event, index) => {
      notesAt(index);
      result.push(
        this.deskEvent(event, this.actors.get(event.id) ?? (isModeratorKind(event) ? holder : null)),
      );
      if (event.kind === 'assigned') holder = event.moderator;
    });
    notesAt(ticket.events.length);
    return result;
  }

  private deskEvent(event: TicketEvent, by: Moderator | null): DeskTicketEvent {
    if (event.kind === 'assigned') return { ...structuredClone(event), visibility: 'seller' };
    return {
      ...structuredClone(event),
      visibility: 'seller',
      ...(by === null ? {} : { moderator: { ...by } }),
    };
  }

  private seller(): DeskTicket['seller'] {
    const { id, legalName, tier } = this.store.dataset.seller;
    return { id, legalName, tier };
  }

  /** `GET /tickets/{id}` at the desk: the ticket with its request, offers and every event, notes included. */
  ticket(moderator: Moderator, ticketId: string): DeskTicket {
    const ticket = this.store.getTicket(ticketId);
    return {
      id: ticket.id,
      number: ticket.number,
      topic: ticket.topic,
      subject: ticket.subject,
      status: ticket.status,
      createdAt: ticket.createdAt,
      updatedAt: ticket.updatedAt,
      assignee: ticket.assignee,
      firstResponseDueAt: ticket.expectedFirstResponseBy,
      unread: this.unreadFor(moderator, ticket),
      rating: ticket.rating,
      seller: this.seller(),
      request: this.requestOf(ticket),
      offers: ticket.events.flatMap((event) => (event.kind === 'offer' ? [{ ...event.offer }] : [])),
      events: this.deskEvents(ticket),
    };
  }

  private requestOf(ticket: TicketWithEvents): DeskTicket['request'] {
    if (ticket.request === undefined)
      throw new Error(`The ticket ${ticket.id} has no request to show the desk.`);
    return structuredClone(ticket.request);
  }

  /** `POST /tickets/{id}/read` at the desk: this moderator has seen everything up to now. */
  markRead(moderator: Moderator, ticketId: string): void {
    const ticket = this.store.getTicket(ticketId);
    this.reads.set(this.readKey(moderator, ticketId), ticket.events.length);
  }

  private isOverdue(ticket: TicketWithEvents, nowMs: number): boolean {
    return ticket.expectedFirstResponseBy !== null && parseTimestamp(ticket.expectedFirstResponseBy) < nowMs;
  }

  private queueItem(moderator: Moderator, ticket: TicketWithEvents, nowMs: number): QueueItem {
    return {
      id: ticket.id,
      number: ticket.number,
      topic: ticket.topic,
      subject: ticket.subject,
      status: ticket.status,
      createdAt: ticket.createdAt,
      updatedAt: ticket.updatedAt,
      assignee: ticket.assignee,
      seller: this.seller(),
      orderIds: [...(ticket.request?.orderIds ?? [])],
      firstResponseDueAt: ticket.expectedFirstResponseBy,
      overdue: this.isOverdue(ticket, nowMs),
      unread: this.unreadFor(moderator, ticket),
      lastMessage: lastMessageOf(ticket.events).lastMessage ?? null,
    };
  }

  /**
   * `GET /queue`: the first answer due soonest first; the answered ones (due null) after them,
   * last updated first; ties by id. Without `status`, the open tickets. `counts` are over the open
   * tickets whatever the filters.
   */
  queue(moderator: Moderator, query: QueueQuery = {}): QueuePage {
    const nowMs = parseTimestamp(this.store.now());
    const all = this.store.allTickets();
    const open = all.filter((ticket) => !closedStatuses.has(ticket.status));
    const statuses = query.status && query.status.length > 0 ? new Set(query.status) : null;
    const text = query.q === undefined ? '' : normalizeForSearch(query.q);
    const seller = this.store.dataset.seller;
    const sellerMatches =
      text !== '' &&
      (normalizeForSearch(seller.id) === text || normalizeForSearch(seller.legalName).includes(text));
    // A number as the seller writes it: `123`, `T-000123`.
    const number = /^(?:t-)?0*(\d{1,9})$/.exec(text)?.[1];
    const matching = (statuses === null ? open : all.filter((ticket) => statuses.has(ticket.status)))
      .filter(
        (ticket) =>
          (query.assignee === undefined ||
            query.assignee === 'any' ||
            (query.assignee === 'me' ? ticket.assignee?.id === moderator.id : ticket.assignee === null)) &&
          (query.topic === undefined || ticket.topic === query.topic) &&
          (query.overdue !== true || this.isOverdue(ticket, nowMs)) &&
          (text === '' ||
            sellerMatches ||
            ticket.number === number ||
            (ticket.request?.orderIds ?? []).some((orderId) => normalizeForSearch(orderId) === text)),
      )
      .sort((a, b) => compareQueueKeys(queueKeyOf(a), queueKeyOf(b)));
    const page = queuePageAfter(matching, query);
    const counts: QueueCounts = {
      open: open.length,
      mine: open.filter((ticket) => ticket.assignee?.id === moderator.id).length,
      unassigned: open.filter((ticket) => ticket.assignee === null).length,
      overdue: open.filter((ticket) => this.isOverdue(ticket, nowMs)).length,
    };
    return {
      items: page.items.map((ticket) => this.queueItem(moderator, ticket, nowMs)),
      nextCursor: page.nextCursor,
      counts,
    };
  }

  /** The desk's view of one event of a ticket (after an action added it). */
  private deskEventById(ticketId: string, eventId: string): DeskTicketEvent {
    const event = this.deskEvents(this.store.getTicket(ticketId)).find(
      (candidate) => candidate.id === eventId,
    );
    if (event === undefined) throw new Error(`No event ${eventId} in ${ticketId}`);
    return event;
  }

  // --- the desk's requests: bodies, idempotency keys, answers ----------------------------------

  private scope(moderator: Moderator, operation: string): string {
    return `desk:${moderator.id}:${operation}`;
  }

  /** A creating action once per moderator, operation and key; a replay answers the same event. */
  private creating(
    moderator: Moderator,
    operation: string,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
    build: () => ModeratorAction,
  ): Created<DeskTicketEvent> {
    let kind: ModeratorAction['kind'] = 'message';
    const result = this.store.once(
      this.scope(moderator, operation),
      this.eventReplays,
      idempotencyKey,
      `${operation}|${ticketId}|${canonicalJson(body)}`,
      () => {
        const action = build();
        kind = action.kind;
        const { event } = this.act(moderator, ticketId, action);
        if (event === null) throw new Error(`${operation} added no event to ${ticketId}`);
        const answer = this.deskEventById(ticketId, event.id);
        return { value: answer, replay: () => structuredClone(answer) };
      },
    );
    if (result.created) this.emit({ type: 'desk-action', ticketId, moderator, action: kind });
    return result;
  }

  /**
   * A ticket action (take, resolve, close): safe to repeat without a key; with one, the key's rules
   * apply and a replay answers the ticket as it is now.
   */
  private ticketAction(
    moderator: Moderator,
    operation: string,
    ticketId: string,
    body: unknown,
    idempotencyKey: string | undefined,
    action: () => ModeratorAction,
  ): DeskTicket {
    const apply = (): DeskTicket => {
      const chosen = action();
      const { event } = this.act(moderator, ticketId, chosen);
      if (event !== null) this.emit({ type: 'desk-action', ticketId, moderator, action: chosen.kind });
      return this.ticket(moderator, ticketId);
    };
    if (idempotencyKey === undefined) return apply();
    return this.store.once(
      this.scope(moderator, operation),
      this.ticketReplays,
      idempotencyKey,
      `${operation}|${ticketId}|${canonicalJson(body)}`,
      () => ({ value: apply(), replay: () => this.ticket(moderator, ticketId) }),
    ).value;
  }

  /** `POST /tickets/{id}/take`. */
  take(moderator: Moderator, ticketId: string, body: unknown, idempotencyKey?: string): DeskTicket {
    return this.ticketAction(moderator, 'takeTicket', ticketId, body, idempotencyKey, () => {
      const parsed = parseDeskBody(takeTicketBodySchema, body);
      return { kind: 'take', ...(parsed.force === undefined ? {} : { force: parsed.force }) };
    });
  }

  /** `POST /tickets/{id}/resolve`. */
  resolve(moderator: Moderator, ticketId: string, body: unknown, idempotencyKey?: string): DeskTicket {
    return this.ticketAction(moderator, 'resolveTicket', ticketId, body, idempotencyKey, () => {
      const parsed = parseDeskBody(resolveBodySchema, body);
      return { kind: 'resolve', ...(parsed.note === undefined ? {} : { note: parsed.note }) };
    });
  }

  /** `POST /tickets/{id}/close`. */
  close(moderator: Moderator, ticketId: string, body: unknown, idempotencyKey?: string): DeskTicket {
    return this.ticketAction(moderator, 'closeTicket', ticketId, body, idempotencyKey, () => {
      parseDeskBody(closeBodySchema, body);
      return { kind: 'close' };
    });
  }

  /** `POST /tickets/{id}/messages` at the desk: a reply the seller sees, with files uploaded before. */
  postMessage(
    moderator: Moderator,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
  ): Created<DeskTicketEvent> {
    return this.creating(moderator, 'postDeskMessage', ticketId, body, idempotencyKey, () => {
      const parsed = parseDeskBody(deskMessageBodySchema, body);
      // Only the moderator's own uploads: another's, or the seller's, are not theirs to send.
      const attachments = this.store.resolveAttachments(
        parsed.attachmentIds,
        'attachmentIds',
        this.owner(moderator),
      );
      return {
        kind: 'message',
        body: parsed.body,
        attachments,
        ...(parsed.awaitSeller === undefined ? {} : { awaitSeller: parsed.awaitSeller }),
      };
    });
  }

  /** `POST /tickets/{id}/steps`. */
  recordStep(
    moderator: Moderator,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
  ): Created<DeskTicketEvent> {
    return this.creating(moderator, 'recordStep', ticketId, body, idempotencyKey, () => ({
      kind: 'step',
      text: parseDeskBody(stepBodySchema, body).text,
    }));
  }

  /** `POST /tickets/{id}/third-party`. */
  involveThirdParty(
    moderator: Moderator,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
  ): Created<DeskTicketEvent> {
    return this.creating(moderator, 'involveThirdParty', ticketId, body, idempotencyKey, () => {
      const parsed = parseDeskBody(thirdPartyBodySchema, body);
      return { kind: 'third_party', party: parsed.party, note: parsed.note };
    });
  }

  /** `POST /tickets/{id}/offers`. */
  proposeOffer(
    moderator: Moderator,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
  ): Created<DeskTicketEvent> {
    return this.creating(moderator, 'proposeOffer', ticketId, body, idempotencyKey, () => {
      const parsed = parseDeskBody(proposeOfferBodySchema, body);
      return {
        kind: 'offer',
        offer: { kind: parsed.kind, description: parsed.description, amount: parsed.amount },
      };
    });
  }

  /** `POST /tickets/{id}/notes`: an internal note, which the seller's API never returns. */
  addNote(
    moderator: Moderator,
    ticketId: string,
    body: unknown,
    idempotencyKey: string,
  ): Created<DeskTicketEvent> {
    const result = this.store.once(
      this.scope(moderator, 'addNote'),
      this.eventReplays,
      idempotencyKey,
      `addNote|${ticketId}|${canonicalJson(body)}`,
      () => {
        const ticket = this.store.getTicket(ticketId);
        const parsed = parseDeskBody(noteBodySchema, body);
        const note: NoteEvent = {
          ...this.store.stamp(),
          kind: 'note',
          body: parsed.body,
          moderator: { ...moderator },
          visibility: 'internal',
        };
        const entries = this.notes.get(ticketId) ?? [];
        entries.push({ after: ticket.events.length, event: note });
        this.notes.set(ticketId, entries);
        this.store.recordLive(ticketId, note, 'internal');
        return { value: structuredClone(note), replay: () => structuredClone(note) };
      },
    );
    if (result.created) this.emit({ type: 'desk-action', ticketId, moderator, action: 'note' });
    return result;
  }

  /** `POST /attachments` at the desk: the seller's upload rules, the key scoped by the moderator. */
  uploadAttachment(moderator: Moderator, file: UploadedFile, idempotencyKey: string): Created<Attachment> {
    return this.store.uploadAttachment(
      file,
      `${this.scope(moderator, 'upload')}:${idempotencyKey}`,
      this.owner(moderator),
    );
  }

  /** `GET /attachments/{id}` at the desk: any ticket's file, or this moderator's own upload; else a 404. */
  attachmentContent(
    moderator: Moderator,
    id: string,
  ): { attachment: Attachment; bytes: Uint8Array<ArrayBuffer> } {
    return this.store.getAttachmentContent(id, this.owner(moderator));
  }

  private owner(moderator: Moderator): string {
    return `desk:${moderator.id}`;
  }
}

const desks = new WeakMap<MockStore, DeskStore>();

/** The desk over a store: one per store, so the desk's handlers and the scripted moderator share its state. */
export function deskStoreOf(store: MockStore): DeskStore {
  const existing = desks.get(store);
  if (existing !== undefined) return existing;
  const desk = new DeskStore(store);
  desks.set(store, desk);
  return desk;
}
