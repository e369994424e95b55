import {
  articleListSchema,
  attachmentSchema,
  facilityPageSchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  sellerContextSchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  type Article,
  type Facility,
  type Offer,
  type Order,
  type Page,
  type Policy,
  type SellerContext,
  type Ticket,
  type TicketEvent,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import type { JsonEndpointName } from './endpoints';
import { ContractDriftError } from './handlers/shared';

/*
 * What a newer (or a differently written) server of the contract might answer where ours answers
 * exactly the contract: the contract server's `foreign` mode passes every successful JSON answer
 * through {@link foreignAnswer}, so that end-to-end journeys can prove the module reads such a server
 * (issue 9: "every screen usable, nothing blank").
 *
 * The rewrite is deterministic, so a journey knows what it will see, and it keeps what the module
 * needs to work: every id, every required field of the well-formed items, the order of events. It
 * only ever adds or replaces:
 *
 * - an enum value this version of the contract does not list, in every enum: always where there
 *   is only one of a kind (the seller's tier, the offers), on about a third of the items elsewhere,
 *   picked by id so the same order or request reads the same in every answer;
 * - an extra event of an unknown kind in every request's history, and an extra channel of an
 *   unknown kind in the policy;
 * - one malformed item in every list the client reads item by item;
 * - unknown fields on every object.
 *
 * Requests are not rewritten: what the module sends the store still checks strictly.
 */

/** The values a newer server sends that this version of the contract does not list, one per enum. */
export const foreignValues = {
  sellerTier: 'premium',
  orderStatus: 'lost_in_transit',
  ticketStatus: 'escalated',
  topic: 'advertising',
  eventKind: 'sla_escalated',
  messageAuthor: 'assistant',
  thirdParty: 'customs',
  offerKind: 'voucher',
  offerStatus: 'expired',
  offerDecision: 'postponed',
  facilityType: 'parcel_locker',
  channelKind: 'messenger',
} as const;

/** The field a newer server adds to every object it sends; this version knows nothing of it. */
export const foreignField = 'nextVersionField';

/** The channel of an unknown kind a newer server lists after the others. */
export const foreignChannel = {
  kind: foreignValues.channelKind,
  label: 'Мессенджер поддержки',
  value: '@seller_support',
  url: 'https://messenger.example/seller_support',
} as const;

/** The malformed item put into each list the client reads item by item. */
const malformedItems = {
  order: { id: 'broken-order', createdAt: 'вчера', status: 7, items: 'none' },
  orderItem: { sku: '', name: null, quantity: -1 },
  ticket: { id: 'broken-ticket', number: 7, subject: null, status: ['new'] },
  event: { id: 'broken-event', kind: 'message', at: 'not a time' },
  facility: { id: '', type: 'warehouse', name: 42 },
  channel: { kind: 'phone', label: 17 },
  article: { id: 'broken-article', title: null },
} as const;

// FNV-1a: a stable, well-spread pick of "about a third" that depends on the id alone.
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Whether the item with `id` gets an unknown value for `what` (about one in three). */
function isForeignPick(
  id: string,
  what: 'orderStatus' | 'ticketStatus' | 'topic' | 'messageAuthor' | 'facilityType',
): boolean {
  return hash(`${what}:${id}`) % 3 === 0;
}

/** `list` with `item` put second (first in a list of none or one), where a client meets it early. */
function withMalformed(list: readonly unknown[], item: unknown): unknown[] {
  const at = Math.min(1, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function foreignOrder(order: Order) {
  return {
    ...order,
    status: isForeignPick(order.id, 'orderStatus') ? foreignValues.orderStatus : order.status,
    items: withMalformed(order.items, malformedItems.orderItem),
  };
}

function foreignOffer(offer: Offer) {
  return {
    ...offer,
    kind: foreignValues.offerKind,
    // A pending offer keeps its status, so the seller can still answer it.
    status: offer.status === 'pending' ? offer.status : foreignValues.offerStatus,
  };
}

function foreignEvent(event: TicketEvent) {
  switch (event.kind) {
    case 'message':
      return isForeignPick(event.id, 'messageAuthor')
        ? { ...event, author: foreignValues.messageAuthor }
        : event;
    case 'third_party':
      return { ...event, party: foreignValues.thirdParty };
    case 'offer':
      return { ...event, offer: foreignOffer(event.offer) };
    case 'offer_decided':
      return { ...event, decision: foreignValues.offerDecision };
    default:
      return event;
  }
}

/** The id of the event of an unknown kind added to the history of request `ticketId`. */
function foreignEventId(ticketId: string): string {
  return `${ticketId}-next-version-event`;
}

function foreignEvents(ticket: Ticket, events: readonly TicketEvent[]): unknown[] {
  const [first, ...rest] = events.map(foreignEvent);
  // Right after the first event and at its time, so it leaves "the latest event" as it was.
  const unknown = {
    id: foreignEventId(ticket.id),
    at: events[0]?.at ?? ticket.createdAt,
    kind: foreignValues.eventKind,
    level: 2,
  };
  return withMalformed([...(first === undefined ? [] : [first]), unknown, ...rest], malformedItems.event);
}

function foreignTicket(ticket: Ticket) {
  const { events, ...rest } = ticket;
  return {
    ...rest,
    topic: isForeignPick(ticket.id, 'topic') ? foreignValues.topic : ticket.topic,
    status: isForeignPick(ticket.id, 'ticketStatus') ? foreignValues.ticketStatus : ticket.status,
    ...(events === undefined ? {} : { events: foreignEvents(ticket, events) }),
  };
}

function foreignFacility(facility: Facility) {
  return isForeignPick(facility.id, 'facilityType')
    ? { ...facility, type: foreignValues.facilityType }
    : facility;
}

function foreignPage<T>(page: Page<T>, item: (value: T) => unknown, malformed: unknown) {
  return { ...page, items: withMalformed(page.items.map(item), malformed) };
}

function foreignContext(context: SellerContext) {
  return {
    ...context,
    seller: { ...context.seller, tier: foreignValues.sellerTier },
    inTransit: withMalformed(context.inTransit.map(foreignOrder), malformedItems.order),
  };
}

function foreignPolicy(policy: Policy) {
  return { ...policy, channels: withMalformed([...policy.channels, foreignChannel], malformedItems.channel) };
}

function foreignArticles({ items }: { items: Article[] }) {
  return { items: withMalformed(items, malformedItems.article) };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` with {@link foreignField} on every object in it. */
function withUnknownFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnknownFields);
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) result[key] = withUnknownFields(field);
  result[foreignField] = { since: '2.0', note: 'a field this version of the contract does not know' };
  return result;
}

function strict<S extends z.ZodMiniType>(schema: S, body: unknown, endpoint: JsonEndpointName): z.output<S> {
  const result = z.safeParse(schema, body);
  // Our own answer is the contract's by construction; anything else is a bug to see, not to rewrite.
  if (!result.success) throw new ContractDriftError(`the ${endpoint} answer to rewrite`, result.error.issues);
  return result.data;
}

function rewrite(endpoint: JsonEndpointName, body: unknown): unknown {
  switch (endpoint) {
    case 'getContext':
      return foreignContext(strict(sellerContextSchema, body, endpoint));
    case 'listOrders':
      return foreignPage(strict(orderPageSchema, body, endpoint), foreignOrder, malformedItems.order);
    case 'getOrder':
      return foreignOrder(strict(orderSchema, body, endpoint));
    case 'listFacilities':
      return foreignPage(
        strict(facilityPageSchema, body, endpoint),
        foreignFacility,
        malformedItems.facility,
      );
    case 'getPolicy':
      return foreignPolicy(strict(policySchema, body, endpoint));
    case 'listArticles':
      return foreignArticles(strict(articleListSchema, body, endpoint));
    case 'uploadAttachment':
      return strict(attachmentSchema, body, endpoint);
    case 'listTickets':
      return foreignPage(strict(ticketPageSchema, body, endpoint), foreignTicket, malformedItems.ticket);
    case 'postMessage':
      return foreignEvent(strict(ticketEventSchema, body, endpoint));
    case 'getTicketEvents': {
      const changes = strict(ticketChangesSchema, body, endpoint);
      return {
        ...changes,
        ticket: foreignTicket(changes.ticket),
        events: withMalformed(changes.events.map(foreignEvent), malformedItems.event),
        offers: changes.offers.map(foreignOffer),
      };
    }
    case 'createTicket':
    case 'getTicket':
    case 'decideOffer':
    case 'reopenTicket':
    case 'rateTicket':
      return foreignTicket(strict(ticketSchema, body, endpoint));
  }
}

/**
 * A successful JSON answer of `endpoint` as a newer server of the contract would send it (see the
 * top of this file): unknown enum values, unknown fields, one malformed item in every list.
 * `body` is our own answer; one that does not match the contract throws a `ContractDriftError`.
 */
export function foreignAnswer(endpoint: JsonEndpointName, body: unknown): unknown {
  return withUnknownFields(rewrite(endpoint, body));
}
