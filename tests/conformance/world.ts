import {
  facilityPageSchema,
  orderPageSchema,
  policySchema,
  sellerContextSchema,
  ticketPageSchema,
  ticketSchema,
  type ContextSnapshot,
  type CreateTicketBody,
  type Facility,
  type Order,
  type Page,
  type Policy,
  type SellerContext,
  type Ticket,
  type Topic,
} from '@seller-support/contract';
import { expect } from 'vitest';
import { expectJson, newKey, type Answer, type QueryValue, type Schema, type SellerHttp } from './http';
import type { ConformanceTarget } from './target';

/** What the suite learnt about the seller through the API: nothing here is hard-coded. */
export interface World {
  context: SellerContext;
  policy: Policy;
  /** Every order of the deal history, as the list walked them. */
  orders: Order[];
  /** Every facility, as the list walked them. */
  facilities: Facility[];
  /** An order on its way (from `GET /context`). */
  inTransit: Order;
  /** An order that has arrived and has items: for warranty and order requests. */
  delivered: Order;
}

/**
 * Walks a cursor-paginated list to its end, checking each page: the contract's schema, at most
 * `limit` items, the same `total` on every page. Returns every item in order.
 */
export async function walk<T>(
  http: SellerHttp,
  path: string,
  schema: Schema<Page<T>>,
  query: Readonly<Record<string, QueryValue>> = {},
  limit = 100,
): Promise<{ items: T[]; pages: number; total: number | undefined }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let total: number | undefined;
  do {
    const answer: Answer = await http.get(path, { ...query, limit, ...(cursor === null ? {} : { cursor }) });
    const page = expectJson(answer, 200, schema);
    expect(page.items.length, `${path} page ${pages + 1} holds at most limit=${limit}`).toBeLessThanOrEqual(
      limit,
    );
    if (pages === 0) total = page.total;
    else expect(page.total, `${path}: total is the same on every page`).toBe(total);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    // A server that hands out the same cursor forever would hang the suite: fail instead.
    expect(pages, `${path}: the walk ends`).toBeLessThan(1000);
  } while (cursor !== null);
  return { items, pages, total };
}

export async function discoverWorld(http: SellerHttp): Promise<World> {
  const context = expectJson(await http.get('/context'), 200, sellerContextSchema);
  const policy = expectJson(await http.get('/policy'), 200, policySchema);
  const orders = (await walk(http, '/orders', orderPageSchema)).items;
  const facilities = (await walk(http, '/facilities', facilityPageSchema)).items;
  const inTransit = context.inTransit[0];
  const delivered = orders.find((order) => order.status === 'delivered' && order.items.length > 0);
  if (inTransit === undefined || delivered === undefined) {
    throw new Error(
      'The target seeds no order in transit or no delivered order with items: the suite needs both.',
    );
  }
  for (const type of ['warehouse', 'pickup_point', 'distribution_centre'] as const) {
    if (!facilities.some((facility) => facility.type === type))
      throw new Error(`The target has no facility of type ${type}: the suite needs one of each.`);
  }
  return { context, policy, orders, facilities, inTransit, delivered };
}

/** The facility of a type (discovery made sure there is one). */
export function facilityOf(world: World, type: Facility['type']): Facility {
  const facility = world.facilities.find((candidate) => candidate.type === type);
  if (!facility) throw new Error(`no ${type}`);
  return facility;
}

/** The context snapshot a client sends along, built from `GET /context` and the chosen orders. */
export function snapshotOf(context: SellerContext, orders: readonly Order[] = []): ContextSnapshot {
  return {
    seller: { ...context.seller },
    orders: orders.map((order) => structuredClone(order)),
    dealSummary: { ...context.dealSummary },
    inTransit: context.inTransit.map(({ id, status }) => ({ id, status })),
    environment: {
      moduleVersion: '0.0.0-conformance',
      hostRoute: '/seller/support',
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
      userAgent: 'seller-support conformance suite',
    },
  };
}

/** The calendar date of a timestamp as written (its own offset's day): a day that has passed for any server. */
export const dateOf = (timestamp: string): string => timestamp.slice(0, 10);

/** A valid `POST /tickets` body of each topic, from what the API showed. */
export function ticketBody(world: World, topic: Topic, subject = `Проверка ${topic}`): CreateTicketBody {
  const description = `Описание обращения (${topic}): достаточно длинный текст для проверки.`;
  const base = { subject, description, attachmentIds: [], confidential: false };
  const { context, inTransit, delivered } = world;
  switch (topic) {
    case 'account':
      return {
        ...base,
        topic,
        fields: { area: 'cabinet' },
        orderIds: [],
        facilityId: null,
        context: snapshotOf(context),
      };
    case 'orders':
      return {
        ...base,
        topic,
        fields: { action: 'return' },
        orderIds: [delivered.id],
        facilityId: null,
        context: snapshotOf(context, [delivered]),
      };
    case 'staff_complaint':
      return {
        ...base,
        topic,
        fields: { facilityType: 'pickup_point', incidentDate: dateOf(delivered.createdAt) },
        orderIds: [],
        facilityId: facilityOf(world, 'pickup_point').id,
        confidential: true,
        context: snapshotOf(context),
      };
    case 'parcel_location':
      return {
        ...base,
        topic,
        fields: {},
        orderIds: [inTransit.id],
        facilityId: null,
        context: snapshotOf(context, [inTransit]),
      };
    case 'logistics_info':
      return {
        ...base,
        topic,
        fields: { facilityType: 'warehouse' },
        orderIds: [],
        facilityId: facilityOf(world, 'warehouse').id,
        context: snapshotOf(context),
      };
    case 'fraud':
      return { ...base, topic, fields: {}, orderIds: [], facilityId: null, context: snapshotOf(context) };
    case 'payments':
      return {
        ...base,
        topic,
        fields: {
          payoutPeriod: { from: dateOf(delivered.createdAt), to: dateOf(delivered.createdAt) },
          amount: { amount: '1500.50', currency: 'RUB' },
        },
        orderIds: [],
        facilityId: null,
        context: snapshotOf(context),
      };
    case 'warranty': {
      const sku = delivered.items[0]?.sku ?? '';
      return {
        ...base,
        topic,
        fields: { itemSku: sku, defect: 'Перестал включаться через неделю' },
        orderIds: [delivered.id],
        facilityId: null,
        context: snapshotOf(context, [delivered]),
      };
    }
  }
}

/** Creates a ticket and returns it as `GET /tickets/{id}` shows it. */
export async function createTicket(
  http: SellerHttp,
  body: CreateTicketBody,
  key = newKey(),
): Promise<Ticket> {
  const created = expectJson(await http.post('/tickets', body, { idempotencyKey: key }), 201, ticketSchema);
  return getTicket(http, created.id);
}

export async function getTicket(http: SellerHttp, id: string): Promise<Ticket> {
  return expectJson(await http.get(`/tickets/${encodeURIComponent(id)}`), 200, ticketSchema);
}

/** How many tickets the seller has, by walking the list (`total` is optional in the contract). */
export async function ticketCount(http: SellerHttp): Promise<number> {
  return (await walk(http, '/tickets', ticketPageSchema)).items.length;
}

/** Shared per test file: the target, the seller's API, the other seller's, and what was discovered. */
export interface SuiteContext {
  target: ConformanceTarget;
  seller: SellerHttp;
  other: SellerHttp;
  anonymous: SellerHttp;
  world: World;
}
