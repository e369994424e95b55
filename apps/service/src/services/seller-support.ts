import {
  createTicketBodySchema,
  defaultPageLimit,
  expectedFirstResponse,
  offerDecisionBodySchema,
  postMessageBodySchema,
  ratingBodySchema,
  reopenBodySchema,
  ticketEventSchema,
  type Attachment,
  type CreateTicketBody,
  type ListTicketsQuery,
  type Page,
  type Policy,
  type SellerContext,
  type TicketEvent,
} from '@seller-support/contract';
import type { Kysely, Transaction } from 'kysely';
import * as z from 'zod/mini';
import type { MarketplaceAdapter } from '../adapters/marketplace';
import type { Caller } from '../auth/verifier';
import type { Clock } from '../clock';
import {
  acceptedOfferNote,
  canPostMessage,
  canRate,
  canReopen,
  isOnItsWay,
  latestCalendarDate,
  repeats,
  statusAfterOfferDecision,
  statusAfterSellerMessage,
  type Refusal,
} from '../domain/tickets';
import { fieldProblem, notFound, ProblemError } from '../http/problem';
import { parseBody } from '../http/validation';
import { fingerprint } from '../lib/fingerprint';
import type { AttachmentStore, StoredAttachment } from '../store/attachments';
import type { Claim, IdempotencyScope, IdempotencyStore } from '../store/idempotency';
import type { Database } from '../store/schema';
import { isoTimestamp } from '../store/sql';
import type { StoredTicket, TicketStore } from '../store/tickets';

/** What the seller API's operations are built from. */
export interface SellerSupportDeps {
  db: Kysely<Database>;
  tickets: TicketStore;
  attachments: AttachmentStore;
  idempotency: IdempotencyStore;
  marketplace: MarketplaceAdapter;
  policy: Policy;
  clock: Clock;
}

/** The result of a creating POST: 201 with what it created, or 200 with the original on a replay. */
export interface Created<T> {
  status: 201 | 200;
  value: T;
}

/** A JSON operation's claim is held for milliseconds; one older than this was left by a process that died. */
const jsonClaimStaleMs = 30_000;

const conflict = (refusal: Refusal | null) => {
  if (refusal !== null) throw new ProblemError(409, refusal.refused);
};

/** The answers to a claim that are not "go ahead": a replay, or a refusal. */
export function refuseUnclaimed(claim: Exclude<Claim, { kind: 'claimed' | 'replay' }>): never {
  if (claim.kind === 'mismatch') {
    throw new ProblemError(422, 'This Idempotency-Key was already used with a different request.', [
      { path: 'Idempotency-Key', message: 'already used with a different request body', code: 'invalid' },
    ]);
  }
  throw new ProblemError(
    409,
    'A request with this Idempotency-Key is still being processed; retry shortly.',
    undefined,
    {
      'Retry-After': '1',
    },
  );
}

/**
 * The seller's side of support: the operations of the seller API, each checking its input against
 * the contract and the data, applying the ticket's rules and writing in one transaction.
 */
export class SellerSupport {
  readonly #deps: SellerSupportDeps;

  constructor(deps: SellerSupportDeps) {
    this.#deps = deps;
  }

  get policy(): Policy {
    return this.#deps.policy;
  }

  #now(): string {
    return isoTimestamp(this.#deps.clock());
  }

  async context(caller: Caller): Promise<SellerContext> {
    const { marketplace } = this.#deps;
    const seller = await marketplace.getSeller(caller.sellerId);
    if (seller === null)
      throw new ProblemError(403, 'The marketplace knows no seller account for this token.');
    const [dealSummary, inTransit] = await Promise.all([
      marketplace.getDealSummary(caller.sellerId),
      marketplace.listInTransit(caller.sellerId, 200),
    ]);
    return { seller, dealSummary, inTransit };
  }

  /** Runs a creating operation once per key: see {@link IdempotencyStore}. */
  async #once<T>(
    scope: IdempotencyScope,
    print: string,
    replay: (result: { resourceId: string | null; response: unknown }) => Promise<T>,
    create: (claim: Extract<Claim, { kind: 'claimed' }>) => Promise<T>,
  ): Promise<Created<T>> {
    const claim = await this.#deps.idempotency.claim(scope, print, jsonClaimStaleMs);
    if (claim.kind === 'replay') return { status: 200, value: await replay(claim.result) };
    if (claim.kind !== 'claimed') refuseUnclaimed(claim);
    try {
      return { status: 201, value: await create(claim) };
    } catch (error) {
      // Nothing was created: the client may fix the request and send it again under the same key.
      await this.#deps.idempotency.release(claim);
      throw error;
    }
  }

  async createTicket(caller: Caller, body: unknown, key: string): Promise<Created<StoredTicket>> {
    const { db, tickets, idempotency } = this.#deps;
    const print = fingerprint('createTicket', body);
    return this.#once(
      { sellerId: caller.sellerId, operation: 'createTicket', key },
      print,
      async ({ resourceId }) => {
        const ticket = resourceId === null ? undefined : await tickets.find(db, caller.sellerId, resourceId);
        if (ticket === undefined)
          throw new Error(`Idempotency record without its ticket ${String(resourceId)}`);
        return tickets.full(db, ticket);
      },
      async (claim) => {
        const parsed = parseBody(createTicketBodySchema, body);
        const { attachments, facility } = await this.#checkTicketBody(caller, parsed);
        const createdAt = this.#now();
        const due = expectedFirstResponse(this.#deps.policy, new Date(createdAt)).by;
        return db.transaction().execute(async (tx) => {
          const ticket = await tickets.insert(tx, {
            sellerId: caller.sellerId,
            topic: parsed.topic,
            subject: parsed.subject.trim(),
            createdAt,
            // A target no date can hold is capped at a day, as the mocks do.
            expectedFirstResponseBy: isoTimestamp(due ?? new Date(Date.parse(createdAt) + 86_400_000)),
            request: {
              description: parsed.description,
              fields: { ...parsed.fields },
              orderIds: [...parsed.orderIds],
              facilityId: parsed.facilityId,
              facility,
              confidential: parsed.confidential,
              attachments,
              context: parsed.context,
            },
          });
          await idempotency.complete(tx, claim, print, {
            status: 201,
            resourceId: ticket.id,
            response: null,
          });
          return tickets.full(tx, ticket);
        });
      },
    );
  }

  /** The checks a schema cannot make: the orders, the facility and the files must exist and fit the topic. */
  async #checkTicketBody(caller: Caller, body: CreateTicketBody) {
    const { marketplace } = this.#deps;
    const found = await marketplace.findOrders(caller.sellerId, body.orderIds);
    const orders = body.orderIds.map((id, index) => {
      const order = found.get(id);
      if (order === undefined) throw fieldProblem(`orderIds.${index}`, `unknown order ${id}`, 'not_found');
      return order;
    });
    if (body.topic === 'parcel_location') {
      orders.forEach((order, index) => {
        if (!isOnItsWay(order))
          throw fieldProblem(`orderIds.${index}`, `order ${order.id} is not in transit`, 'not_in_transit');
      });
    }
    let facility = null;
    if (body.facilityId !== null) {
      facility = await marketplace.findFacility(body.facilityId);
      if (facility === null)
        throw fieldProblem('facilityId', `unknown facility ${body.facilityId}`, 'not_found');
      if (body.topic === 'staff_complaint' && facility.type !== body.fields.facilityType) {
        throw fieldProblem(
          'facilityId',
          `facility ${facility.id} is not a ${body.fields.facilityType}`,
          'invalid',
        );
      }
    }
    const nowMs = this.#deps.clock().getTime();
    if (body.topic === 'staff_complaint' && body.fields.incidentDate > latestCalendarDate(nowMs)) {
      throw fieldProblem('fields.incidentDate', 'cannot be in the future', 'in_future');
    }
    if (
      body.topic === 'payments' &&
      body.fields.payoutPeriod &&
      body.fields.payoutPeriod.from > body.fields.payoutPeriod.to
    ) {
      throw fieldProblem(
        'fields.payoutPeriod.to',
        'must not be before the start of the period',
        'out_of_order',
      );
    }
    if (body.topic === 'warranty') {
      const order = orders[0];
      if (order && !order.items.some((item) => item.sku === body.fields.itemSku)) {
        throw fieldProblem(
          'fields.itemSku',
          `order ${order.id} has no item ${body.fields.itemSku}`,
          'not_found',
        );
      }
    }
    const attachments = await this.#resolveAttachments(caller, body.attachmentIds, 'attachmentIds');
    return { attachments, facility };
  }

  async #resolveAttachments(caller: Caller, ids: readonly string[], path: string): Promise<Attachment[]> {
    const limits = this.#deps.policy.attachments;
    if (ids.length > limits.maxFiles)
      throw fieldProblem(path, `at most ${limits.maxFiles} files`, 'too_many');
    const owned = await this.#deps.attachments.findOwned(caller.sellerId, ids);
    const found = ids.map((id, index) => {
      const attachment: StoredAttachment | undefined = owned.get(id);
      if (attachment === undefined)
        throw fieldProblem(`${path}.${index}`, `no uploaded file ${id}: upload the file again`, 'not_found');
      return { id: attachment.id, name: attachment.name, size: attachment.size, type: attachment.type };
    });
    const total = found.reduce((sum, attachment) => sum + attachment.size, 0);
    if (total > limits.maxTotalBytes)
      throw fieldProblem(path, `at most ${limits.maxTotalBytes} bytes in total`, 'too_large');
    return found;
  }

  listTickets(caller: Caller, query: ListTicketsQuery): Promise<Page<StoredTicket>> {
    return this.#deps.tickets.list(caller.sellerId, { ...query, limit: query.limit ?? defaultPageLimit });
  }

  async getTicket(caller: Caller, id: string): Promise<StoredTicket> {
    const { db, tickets } = this.#deps;
    const ticket = await tickets.find(db, caller.sellerId, id);
    if (ticket === undefined) throw notFound(`request ${id}`);
    return tickets.full(db, ticket);
  }

  /** `GET /tickets/{id}/events?after=`: what changed on the seller's ticket since a position. */
  async ticketChanges(caller: Caller, id: string, after: string) {
    const { db, tickets } = this.#deps;
    const ticket = await tickets.find(db, caller.sellerId, id);
    if (ticket === undefined) throw notFound(`request ${id}`);
    return tickets.changes(db, ticket, after);
  }

  async postMessage(
    caller: Caller,
    ticketId: string,
    body: unknown,
    key: string,
  ): Promise<Created<TicketEvent>> {
    const { db, tickets, idempotency } = this.#deps;
    const print = fingerprint('postMessage', ticketId, body);
    return this.#once(
      { sellerId: caller.sellerId, operation: 'postMessage', key },
      print,
      ({ response }) => Promise.resolve(z.parse(ticketEventSchema, response)),
      async (claim) => {
        const ticket = await tickets.find(db, caller.sellerId, ticketId);
        if (ticket === undefined) throw notFound(`request ${ticketId}`);
        const parsed = parseBody(postMessageBodySchema, body);
        conflict(canPostMessage(ticket.status));
        const attachments = await this.#resolveAttachments(caller, parsed.attachmentIds, 'attachmentIds');
        return db.transaction().execute(async (tx) => {
          // Locked and read again: a moderator may have closed it a moment ago.
          const current = await tickets.find(tx, caller.sellerId, ticketId, true);
          if (current === undefined) throw notFound(`request ${ticketId}`);
          conflict(canPostMessage(current.status));
          const event = await tickets.addEvent(
            tx,
            ticketId,
            { kind: 'message', author: 'seller', body: parsed.body, attachments },
            this.#now(),
            { status: statusAfterSellerMessage(current.status) },
          );
          await idempotency.complete(tx, claim, print, {
            status: 201,
            resourceId: event.id,
            response: event,
          });
          return event;
        });
      },
    );
  }

  /**
   * A ticket action (offer decision, reopen, rating) in one transaction, once per idempotency key
   * when the request has one: a replay answers the ticket as it is now. Without a key, the action
   * itself tells a repeat (the same decision, reopen or rating again: nothing changes) from a
   * conflict.
   */
  async #action(
    caller: Caller,
    operation: 'decideOffer' | 'reopenTicket' | 'rateTicket',
    key: string | undefined,
    print: string,
    ticketId: string,
    apply: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<StoredTicket> {
    const { db, idempotency } = this.#deps;
    const run = (claim?: Extract<Claim, { kind: 'claimed' }>) =>
      db.transaction().execute(async (tx) => {
        await apply(tx);
        if (claim !== undefined)
          await idempotency.complete(tx, claim, print, { status: 200, resourceId: ticketId, response: null });
        return this.#reread(tx, caller, ticketId);
      });
    if (key === undefined) return run();
    const { value } = await this.#once(
      { sellerId: caller.sellerId, operation, key },
      print,
      () => this.#reread(db, caller, ticketId),
      run,
    );
    return value;
  }

  async #lockedTicket(tx: Transaction<Database>, caller: Caller, ticketId: string): Promise<StoredTicket> {
    const ticket = await this.#deps.tickets.find(tx, caller.sellerId, ticketId, true);
    if (ticket === undefined) throw notFound(`request ${ticketId}`);
    return ticket;
  }

  decideOffer(
    caller: Caller,
    ticketId: string,
    offerId: string,
    body: unknown,
    key?: string,
  ): Promise<StoredTicket> {
    const { tickets } = this.#deps;
    const print = fingerprint('decideOffer', ticketId, offerId, body);
    return this.#action(caller, 'decideOffer', key, print, ticketId, async (tx) => {
      const ticket = await this.#lockedTicket(tx, caller, ticketId);
      const parsed = parseBody(offerDecisionBodySchema, body);
      const events = await tickets.events(tx, ticketId);
      const offerEvent = events.find((event) => event.kind === 'offer' && event.offer.id === offerId);
      if (offerEvent?.kind !== 'offer') throw notFound(`offer ${offerId} in ${ticketId}`);
      if (offerEvent.offer.status !== 'pending') {
        if (repeats.decision(events, offerId, parsed.decision, parsed.comment)) return;
        throw new ProblemError(409, `The offer was already ${offerEvent.offer.status}.`);
      }
      // Support settled the request meanwhile: an answer to its offer would bring it back to life
      // past the reopen rules (the seller reopens it instead).
      if (ticket.status === 'resolved' || ticket.status === 'closed') {
        throw new ProblemError(409, `The request is ${ticket.status}: its offer can no longer be decided.`);
      }
      await tickets.setOfferStatus(
        tx,
        ticketId,
        offerId,
        parsed.decision === 'accept' ? 'accepted' : 'declined',
      );
      const status = statusAfterOfferDecision(parsed.decision);
      await tickets.addEvent(
        tx,
        ticketId,
        {
          kind: 'offer_decided',
          offerId,
          decision: parsed.decision,
          ...(parsed.comment === undefined ? {} : { comment: parsed.comment }),
        },
        this.#now(),
        { status },
      );
      if (status === 'resolved') {
        await tickets.addEvent(tx, ticketId, { kind: 'resolved', note: acceptedOfferNote }, this.#now());
      }
    });
  }

  reopenTicket(caller: Caller, ticketId: string, body: unknown, key?: string): Promise<StoredTicket> {
    const { tickets } = this.#deps;
    const print = fingerprint('reopenTicket', ticketId, body);
    return this.#action(caller, 'reopenTicket', key, print, ticketId, async (tx) => {
      const ticket = await this.#lockedTicket(tx, caller, ticketId);
      const parsed = parseBody(reopenBodySchema, body);
      const events = await tickets.events(tx, ticketId);
      if (ticket.status !== 'resolved' && repeats.reopen(events, parsed.reason)) return;
      conflict(canReopen(ticket, events, this.#deps.policy, this.#deps.clock().getTime()));
      await tickets.addEvent(tx, ticketId, { kind: 'reopened', reason: parsed.reason }, this.#now(), {
        status: 'in_progress',
      });
    });
  }

  rateTicket(caller: Caller, ticketId: string, body: unknown, key?: string): Promise<StoredTicket> {
    const { tickets } = this.#deps;
    const print = fingerprint('rateTicket', ticketId, body);
    return this.#action(caller, 'rateTicket', key, print, ticketId, async (tx) => {
      const ticket = await this.#lockedTicket(tx, caller, ticketId);
      const parsed = parseBody(ratingBodySchema, body);
      const rating = {
        score: parsed.score,
        ...(parsed.comment === undefined ? {} : { comment: parsed.comment }),
      };
      if (repeats.rating(ticket, rating)) return;
      conflict(canRate(ticket));
      await tickets.addEvent(tx, ticketId, { kind: 'rated', ...rating }, this.#now(), { rating });
    });
  }

  async markRead(caller: Caller, ticketId: string): Promise<void> {
    if (!(await this.#deps.tickets.markRead(caller.sellerId, ticketId)))
      throw notFound(`request ${ticketId}`);
  }

  async #reread(
    tx: Parameters<TicketStore['full']>[0],
    caller: Caller,
    ticketId: string,
  ): Promise<StoredTicket> {
    const ticket = await this.#deps.tickets.find(tx, caller.sellerId, ticketId);
    if (ticket === undefined) throw notFound(`request ${ticketId}`);
    return this.#deps.tickets.full(tx, ticket);
  }
}
