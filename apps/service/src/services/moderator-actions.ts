import { randomUUID } from 'node:crypto';
import {
  defaultPageLimit,
  type Attachment,
  type Moderator,
  type Policy,
  type TicketEvent,
  type TicketStatus,
} from '@seller-support/contract';
import {
  closeBodySchema,
  deskMessageBodySchema,
  deskSellerSchema,
  deskTicketEventSchema,
  noteBodySchema,
  proposeOfferBodySchema,
  resolveBodySchema,
  stepBodySchema,
  takeTicketBodySchema,
  thirdPartyBodySchema,
  type DeskSeller,
  type DeskTicket,
  type DeskTicketEvent,
  type QueuePage,
  type queueQuerySchema,
} from '@seller-support/contract/desk';
import type { Kysely, Transaction } from 'kysely';
import * as z from 'zod/mini';
import type { MarketplaceAdapter } from '../adapters/marketplace';
import type { ModeratorCaller } from '../auth/verifier';
import type { Clock } from '../clock';
import { canPostMessage, type Refusal } from '../domain/tickets';
import { fieldProblem, notFound, ProblemError } from '../http/problem';
import { parseBody } from '../http/validation';
import { fingerprint } from '../lib/fingerprint';
import type { AttachmentStore } from '../store/attachments';
import type { DeskStore } from '../store/desk';
import {
  deskPrincipal,
  type Claim,
  type IdempotencyStore,
  type IdempotentOperation,
} from '../store/idempotency';
import type { Database } from '../store/schema';
import { isoTimestamp } from '../store/sql';
import type { NewEvent, StoredTicket, TicketChanges, TicketStore } from '../store/tickets';
import { refuseUnclaimed, type Created } from './seller-support';

export interface ModeratorActionsDeps {
  db: Kysely<Database>;
  tickets: TicketStore;
  desk: DeskStore;
  attachments: AttachmentStore;
  idempotency: IdempotencyStore;
  marketplace: MarketplaceAdapter;
  policy: Policy;
  clock: Clock;
}

/** A JSON operation's claim is held for milliseconds; one older than this was left by a process that died. */
const jsonClaimStaleMs = 30_000;

const conflict = (refusal: Refusal | null) => {
  if (refusal !== null) throw new ProblemError(409, refusal.refused);
};

/** Whether the moderator may still work the ticket (a step, a third party, an offer). */
function stillOpen(status: TicketStatus): Refusal | null {
  if (status === 'closed') return { refused: 'The request is closed.' };
  if (status === 'resolved') return { refused: 'The request is resolved; the seller may reopen it.' };
  return null;
}

/** Whether a pending offer waits for the seller's decision (then no other may be proposed). */
function hasPendingOffer(events: readonly TicketEvent[]): boolean {
  return events.some((event) => event.kind === 'offer' && event.offer.status === 'pending');
}

type Tx = Transaction<Database>;
type QueueQuery = z.output<typeof queueQuerySchema>;

/**
 * What a moderator does to a ticket, behind the desk's API (`/api/desk/v1`). Every action that
 * the seller sees adds the event to the seller's very timeline, counted unread for them, records
 * which moderator did it, and ends the wait for the first answer (the due time the seller was
 * told and the queue sorts by). Notes stay internal. Each action runs in one transaction with its
 * `Idempotency-Key`, scoped by moderator and operation as the seller's are.
 *
 * Status moves follow the mocks' scripted moderator (mocks/src/moderator/scripts.ts), so both
 * servers agree: taking a new request starts work on it, a step is work (an offer still pending
 * keeps waiting for the seller), a third party makes it wait for them, an offer for the seller's
 * decision, and resolve and close end it.
 */
export class ModeratorActions {
  readonly #deps: ModeratorActionsDeps;

  constructor(deps: ModeratorActionsDeps) {
    this.#deps = deps;
  }

  #now(): string {
    return isoTimestamp(this.#deps.clock());
  }

  /**
   * Adds a moderator's event directly (tests); `internal` events are for the desk only and change
   * nothing for the seller.
   */
  async addEvent(
    ticketId: string,
    event: NewEvent,
    changes: TicketChanges = {},
    internal = false,
  ): Promise<TicketEvent> {
    const { db, tickets } = this.#deps;
    return db.transaction().execute(async (tx) => {
      const ticket = await tickets.find(tx, null, ticketId, true);
      if (ticket === undefined) throw notFound(`request ${ticketId}`);
      return tickets.addEvent(
        tx,
        ticketId,
        event,
        this.#now(),
        { ...changes, unreadIncrement: internal ? 0 : 1 },
        internal,
      );
    });
  }

  // --- reads ----------------------------------------------------------------------------------

  async queue(caller: ModeratorCaller, query: QueueQuery): Promise<QueuePage> {
    const page = await this.#deps.desk.queue({
      moderatorId: caller.moderator.id,
      now: this.#now(),
      assignee: query.assignee ?? 'any',
      statuses: query.status,
      topic: query.topic,
      q: query.q,
      overdue: query.overdue === true,
      cursor: query.cursor,
      limit: query.limit ?? defaultPageLimit,
    });
    const sellers = new Map<string, Promise<DeskSeller>>();
    const sellerOf = (id: string, snapshot: unknown) => {
      let seller = sellers.get(id);
      if (seller === undefined) {
        seller = this.#seller(id, snapshot);
        sellers.set(id, seller);
      }
      return seller;
    };
    const items = await Promise.all(
      page.items.map(async ({ sellerId, snapshotSeller, ...item }) => ({
        ...item,
        seller: await sellerOf(sellerId, snapshotSeller),
      })),
    );
    return { items, nextCursor: page.nextCursor, counts: page.counts };
  }

  async getTicket(caller: ModeratorCaller, id: string): Promise<DeskTicket> {
    const { db, tickets } = this.#deps;
    const ticket = await tickets.find(db, null, id);
    if (ticket === undefined) throw notFound(`request ${id}`);
    return this.#deskTicket(db, caller, ticket);
  }

  async markRead(caller: ModeratorCaller, ticketId: string): Promise<void> {
    if (!(await this.#deps.desk.markRead(caller.moderator.id, ticketId)))
      throw notFound(`request ${ticketId}`);
  }

  /** The seller as the marketplace knows them; as the request's snapshot named them when it does not. */
  async #seller(sellerId: string, snapshot: unknown): Promise<DeskSeller> {
    const known = await this.#deps.marketplace.getSeller(sellerId);
    if (known !== null) return { id: sellerId, legalName: known.legalName, tier: known.tier };
    const named = z.safeParse(
      z.object({ legalName: deskSellerSchema.shape.legalName, tier: deskSellerSchema.shape.tier }),
      snapshot,
    );
    return named.success
      ? { id: sellerId, legalName: named.data.legalName, tier: named.data.tier }
      : { id: sellerId, legalName: sellerId, tier: 'standard' };
  }

  async #deskTicket(
    db: Kysely<Database> | Tx,
    caller: ModeratorCaller,
    ticket: StoredTicket,
  ): Promise<DeskTicket> {
    const { tickets, desk } = this.#deps;
    const [request, { events, offers }, unread] = await Promise.all([
      tickets.request(db, ticket.id),
      desk.timeline(db, ticket.id),
      desk.unread(db, caller.moderator.id, ticket.id),
    ]);
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
      unread,
      rating: ticket.rating,
      seller: await this.#seller(ticket.sellerId, request.context.seller),
      request,
      offers,
      events,
    };
  }

  // --- what runs each action once -------------------------------------------------------------

  /**
   * A creating action (message, step, third party, offer, note): its key is required; the first
   * attempt answers 201 with the new event, a replay 200 with the same event.
   */
  async #creating(
    caller: ModeratorCaller,
    operation: IdempotentOperation,
    ticketId: string,
    body: unknown,
    key: string,
    apply: (tx: Tx, ticket: StoredTicket) => Promise<DeskTicketEvent>,
  ): Promise<Created<DeskTicketEvent>> {
    const { db, tickets, idempotency } = this.#deps;
    const print = fingerprint(operation, ticketId, body);
    const claim = await idempotency.claim(
      { sellerId: deskPrincipal(caller.moderator.id), operation, key },
      print,
      jsonClaimStaleMs,
    );
    if (claim.kind === 'replay')
      return { status: 200, value: z.parse(deskTicketEventSchema, claim.result.response) };
    if (claim.kind !== 'claimed') refuseUnclaimed(claim);
    try {
      const value = await db.transaction().execute(async (tx) => {
        const ticket = await tickets.find(tx, null, ticketId, true);
        if (ticket === undefined) throw notFound(`request ${ticketId}`);
        const event = await apply(tx, ticket);
        await idempotency.complete(tx, claim, print, { status: 201, resourceId: event.id, response: event });
        return event;
      });
      return { status: 201, value };
    } catch (error) {
      // Nothing was created: the moderator may fix the request and send it again under the same key.
      await idempotency.release(claim);
      throw error;
    }
  }

  /**
   * A ticket action (take, resolve, close) in one transaction, once per key when the request has
   * one (a replay answers the ticket as it is now); without a key, the action itself tells a
   * repeat (nothing changes) from a conflict.
   */
  async #action(
    caller: ModeratorCaller,
    operation: IdempotentOperation,
    ticketId: string,
    body: unknown,
    key: string | undefined,
    apply: (tx: Tx, ticket: StoredTicket) => Promise<void>,
  ): Promise<DeskTicket> {
    const { db, tickets, idempotency } = this.#deps;
    const print = fingerprint(operation, ticketId, body);
    const run = async (claim?: Extract<Claim, { kind: 'claimed' }>) => {
      await db.transaction().execute(async (tx) => {
        const ticket = await tickets.find(tx, null, ticketId, true);
        if (ticket === undefined) throw notFound(`request ${ticketId}`);
        await apply(tx, ticket);
        if (claim !== undefined)
          await idempotency.complete(tx, claim, print, { status: 200, resourceId: ticketId, response: null });
      });
      // Read after the commit: the seller's identity comes from the marketplace, which may use the
      // database too (the embedded one has a single session, held by the transaction until then).
      return this.#reread(db, caller, ticketId);
    };
    if (key === undefined) return run();
    const claim = await idempotency.claim(
      { sellerId: deskPrincipal(caller.moderator.id), operation, key },
      print,
      jsonClaimStaleMs,
    );
    if (claim.kind === 'replay') return this.#reread(db, caller, ticketId);
    if (claim.kind !== 'claimed') refuseUnclaimed(claim);
    try {
      return await run(claim);
    } catch (error) {
      await idempotency.release(claim);
      throw error;
    }
  }

  async #reread(db: Kysely<Database> | Tx, caller: ModeratorCaller, ticketId: string): Promise<DeskTicket> {
    const ticket = await this.#deps.tickets.find(db, null, ticketId);
    if (ticket === undefined) throw notFound(`request ${ticketId}`);
    return this.#deskTicket(db, caller, ticket);
  }

  /**
   * The moderator's event on the seller's timeline: unread for the seller, with who did it, and the
   * first answer given (the seller is no longer told to wait for one, the queue no longer counts it due).
   */
  async #record(
    tx: Tx,
    caller: ModeratorCaller,
    ticketId: string,
    event: NewEvent,
    changes: TicketChanges = {},
  ): Promise<DeskTicketEvent> {
    const { moderator } = caller;
    const stored = await this.#deps.tickets.addEvent(
      tx,
      ticketId,
      event,
      this.#now(),
      { ...changes, expectedFirstResponseBy: null, unreadIncrement: 1 },
      false,
      moderator,
    );
    return z.parse(deskTicketEventSchema, {
      ...stored,
      ...(stored.kind === 'assigned' ? {} : { moderator: { ...moderator } }),
      visibility: 'seller',
    });
  }

  // --- the actions ----------------------------------------------------------------------------

  take(caller: ModeratorCaller, ticketId: string, body: unknown, key?: string): Promise<DeskTicket> {
    return this.#action(caller, 'takeTicket', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(takeTicketBodySchema, body);
      const me: Moderator = { ...caller.moderator };
      conflict(ticket.status === 'closed' ? { refused: 'The request is closed.' } : null);
      if (ticket.assignee?.id === me.id) return;
      if (ticket.assignee !== null && parsed.force !== true) {
        throw new ProblemError(
          409,
          `${ticket.assignee.displayName} holds this request; take it with "force" to take it over.`,
        );
      }
      await this.#record(
        tx,
        caller,
        ticketId,
        { kind: 'assigned', moderator: me },
        { assignee: me, ...(ticket.status === 'new' ? { status: 'in_progress' } : {}) },
      );
    });
  }

  postMessage(
    caller: ModeratorCaller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<DeskTicketEvent>> {
    return this.#creating(caller, 'postDeskMessage', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(deskMessageBodySchema, body);
      conflict(canPostMessage(ticket.status));
      const attachments = await this.#ownUploads(tx, caller, parsed.attachmentIds);
      return this.#record(
        tx,
        caller,
        ticketId,
        { kind: 'message', author: 'moderator', body: parsed.body, attachments },
        // A question waits for the seller's answer, which hands it back (statusAfterSellerMessage);
        // any other answer to a new request has support working on it, as in the mocks.
        parsed.awaitSeller === true
          ? { status: 'waiting_seller' }
          : ticket.status === 'new'
            ? { status: 'in_progress' }
            : {},
      );
    });
  }

  recordStep(
    caller: ModeratorCaller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<DeskTicketEvent>> {
    return this.#creating(caller, 'recordStep', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(stepBodySchema, body);
      conflict(stillOpen(ticket.status));
      // Work goes on; an offer still pending keeps the request waiting for the seller's decision.
      const status: TicketStatus = ticket.status === 'offer_proposed' ? 'offer_proposed' : 'in_progress';
      return this.#record(tx, caller, ticketId, { kind: 'step', text: parsed.text }, { status });
    });
  }

  involveThirdParty(
    caller: ModeratorCaller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<DeskTicketEvent>> {
    return this.#creating(caller, 'involveThirdParty', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(thirdPartyBodySchema, body);
      conflict(stillOpen(ticket.status));
      return this.#record(
        tx,
        caller,
        ticketId,
        { kind: 'third_party', party: parsed.party, note: parsed.note },
        { status: 'waiting_third_party' },
      );
    });
  }

  proposeOffer(
    caller: ModeratorCaller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<DeskTicketEvent>> {
    return this.#creating(caller, 'proposeOffer', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(proposeOfferBodySchema, body);
      conflict(stillOpen(ticket.status));
      if (hasPendingOffer(await this.#deps.tickets.events(tx, ticketId)))
        throw new ProblemError(409, 'An offer is pending: the seller decides it first.');
      return this.#record(
        tx,
        caller,
        ticketId,
        {
          kind: 'offer',
          offer: {
            id: `of-${randomUUID()}`,
            kind: parsed.kind,
            description: parsed.description,
            amount: parsed.amount,
            status: 'pending',
          },
        },
        { status: 'offer_proposed' },
      );
    });
  }

  resolve(caller: ModeratorCaller, ticketId: string, body: unknown, key?: string): Promise<DeskTicket> {
    return this.#action(caller, 'resolveTicket', ticketId, body, key, async (tx, ticket) => {
      const parsed = parseBody(resolveBodySchema, body);
      const note = parsed.note === undefined || parsed.note === '' ? undefined : parsed.note;
      if (ticket.status === 'resolved') {
        const last = (await this.#deps.tickets.events(tx, ticketId)).findLast(
          (event) => event.kind === 'resolved',
        );
        // The same resolve again (its answer was lost) changes nothing; another one is a conflict.
        if (last?.kind === 'resolved' && last.note === note) return;
        throw new ProblemError(409, 'The request is resolved already.');
      }
      conflict(ticket.status === 'closed' ? { refused: 'The request is closed.' } : null);
      await this.#record(
        tx,
        caller,
        ticketId,
        { kind: 'resolved', ...(note === undefined ? {} : { note }) },
        { status: 'resolved' },
      );
    });
  }

  close(caller: ModeratorCaller, ticketId: string, body: unknown, key?: string): Promise<DeskTicket> {
    return this.#action(caller, 'closeTicket', ticketId, body, key, async (tx, ticket) => {
      parseBody(closeBodySchema, body);
      if (ticket.status === 'closed') return;
      await this.#record(tx, caller, ticketId, { kind: 'closed' }, { status: 'closed' });
    });
  }

  addNote(
    caller: ModeratorCaller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<DeskTicketEvent>> {
    return this.#creating(caller, 'addNote', ticketId, body, key, async (tx) => {
      const parsed = parseBody(noteBodySchema, body);
      const note = await this.#deps.tickets.addNote(tx, ticketId, parsed.body, this.#now(), caller.moderator);
      return z.parse(deskTicketEventSchema, { ...note, visibility: 'internal' });
    });
  }

  /** The moderator's own uploads among `ids`, in the policy's limits for one message. */
  async #ownUploads(tx: Tx, caller: ModeratorCaller, ids: readonly string[]): Promise<Attachment[]> {
    const limits = this.#deps.policy.attachments;
    if (ids.length > limits.maxFiles)
      throw fieldProblem('attachmentIds', `at most ${limits.maxFiles} files`, 'too_many');
    const owned = await this.#deps.attachments.findOwned(deskPrincipal(caller.moderator.id), ids, tx);
    const found = ids.map((id, index) => {
      const attachment = owned.get(id);
      if (attachment === undefined)
        throw fieldProblem(
          `attachmentIds.${index}`,
          `no uploaded file ${id}: upload the file again`,
          'not_found',
        );
      return { id: attachment.id, name: attachment.name, size: attachment.size, type: attachment.type };
    });
    if (found.reduce((sum, attachment) => sum + attachment.size, 0) > limits.maxTotalBytes)
      throw fieldProblem('attachmentIds', `at most ${limits.maxTotalBytes} bytes in total`, 'too_large');
    return found;
  }
}
