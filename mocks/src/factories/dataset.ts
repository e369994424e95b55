import type { Facility, Policy, Seller } from '@seller-support/contract';
import { defaultArticles, type ArticleEntry } from '../articles';
import { createRng, mixSeed } from '../random';
import { defaultNow, parseTimestamp, toMoscowIso } from '../time';
import { makeFacilities, toDeliveryPoint } from './facilities';
import { GeneratedOrders } from './generated-orders';
import { makeLongConversationTicket } from './long-conversation';
import { makePolicy } from './policy';
import { makeSeller } from './seller';
import { withSeededRequests } from './ticket-requests';
import { deskAnna, deskBoris } from '../desk/moderators';
import { makeDeskQueueTickets, makeTickets, type TicketWithEvents } from './tickets';

/** What a story or a test asks for: "a seller with 5,000 orders, 12 in transit" is one line. */
export interface DatasetOptions {
  /** Same seed, same data. Default 42. */
  seed?: number;
  /** The moment the data is anchored to (ISO 8601 with offset). Default `2026-11-25T12:00:00+03:00`. */
  now?: string;
  seller?: Partial<Seller>;
  /** Number of orders in the deal history. Default 240. */
  orders?: number;
  /** How many of them are in transit. Default 12. */
  inTransit?: number;
  /** Number of facilities (warehouses, distribution centres, pickup points). Default 60. */
  facilities?: number;
  /**
   * Existing support requests: a number (default 7, one per status), or `{ count, longConversation }`
   * where `longConversation: 300` adds one more in-progress request with 300 events (the newest
   * number, for the virtualised timeline). `deskQueue: true` adds the desk's queue tickets after them
   * (`makeDeskQueueTickets`: one overdue at `now`, one held by each demo moderator, one more new).
   */
  tickets?: number | { count?: number; longConversation?: number; deskQueue?: boolean };
  /** Overrides of the support policy (channels, attachment limits, hours). */
  policy?: Partial<Policy>;
}

/** Everything the mock server starts from. Immutable: the store copies what it changes. */
export interface Dataset {
  readonly seed: number;
  readonly now: string;
  readonly seller: Seller;
  readonly policy: Policy;
  readonly facilities: readonly Facility[];
  readonly articles: readonly ArticleEntry[];
  readonly orders: GeneratedOrders;
  readonly tickets: readonly TicketWithEvents[];
}

function datasetTickets(
  seed: number,
  option: DatasetOptions['tickets'],
  nowMs: number,
  policy: Policy,
): TicketWithEvents[] {
  const count = typeof option === 'number' ? option : (option?.count ?? 7);
  const tickets = makeTickets(seed, count, nowMs, policy);
  const longEvents = typeof option === 'number' ? undefined : option?.longConversation;
  if (longEvents !== undefined && longEvents > 0) {
    const ticket = makeLongConversationTicket(createRng(mixSeed(seed, 0x10c)), longEvents, {
      now: toMoscowIso(nowMs),
      number: 100 + count + 1,
    });
    tickets.unshift(ticket);
  }
  if (typeof option !== 'number' && option?.deskQueue === true) {
    const after = Math.max(100, ...tickets.map((ticket) => Number(ticket.number))) + 1;
    tickets.unshift(
      ...makeDeskQueueTickets(seed, after, nowMs, policy, { mine: deskAnna, other: deskBoris }).reverse(),
    );
  }
  return tickets;
}

/** Builds a dataset; cheap even for 100,000 orders, because orders are generated on demand. */
export function createDataset(options: DatasetOptions = {}): Dataset {
  const seed = options.seed ?? 42;
  const now = options.now ?? defaultNow;
  const nowMs = parseTimestamp(now);
  const policy = makePolicy(options.policy);
  const facilities = makeFacilities(seed, options.facilities ?? 60);
  const orders = new GeneratedOrders({
    seed,
    nowMs,
    count: options.orders ?? 240,
    inTransit: options.inTransit ?? 12,
    pickupPoints: facilities.filter((facility) => facility.type === 'pickup_point').map(toDeliveryPoint),
  });
  const seller = makeSeller(options.seller);
  return {
    seed,
    now,
    seller,
    policy,
    facilities,
    articles: defaultArticles,
    orders,
    tickets: withSeededRequests(datasetTickets(seed, options.tickets, nowMs, policy), {
      seller,
      orders,
      facilities,
    }),
  };
}

/** True for a ready dataset, false for options to build one from. */
export function isDataset(value: DatasetOptions | Dataset): value is Dataset {
  return 'orders' in value && value.orders instanceof GeneratedOrders;
}
