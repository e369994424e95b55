import {
  dealSummarySchema,
  facilitySchema,
  orderSchema,
  sellerSchema,
  type Facility,
  type Order,
  type Page,
  type Seller,
} from '@seller-support/contract';
import { createDataset, makeSeller, type DatasetOptions } from '@seller-support/mocks';
import { sql, type Kysely } from 'kysely';
import * as z from 'zod/mini';
import type { Clock } from '../clock';
import { normalizeForSearch } from '../lib/search';
import { cursorCodec } from '../store/cursor';
import type { Database } from '../store/schema';
import { isoTimestamp, jsonb } from '../store/sql';
import type { FacilitySearch, MarketplaceAdapter, OrderSearch } from './marketplace';

/** A seller the demo knows, and the shape of their business. */
export interface DemoSeller {
  seed: number;
  seller: Seller;
  orders: number;
  inTransit: number;
}

/** The demo's sellers: the module's demo seller (the mocks' own), and a second one for isolation. */
export const demoSellers: readonly DemoSeller[] = [
  { seed: 42, seller: makeSeller(), orders: 240, inTransit: 12 },
  {
    seed: 2077,
    seller: makeSeller({
      id: 's-2077',
      legalName: 'ИП Соколов Андрей Викторович',
      taxId: '770112345678',
      contactName: 'Андрей Соколов',
      email: 'sokolov@example.ru',
      phone: '+7 903 000-00-00',
      tier: 'silver',
    }),
    orders: 60,
    inTransit: 3,
  },
];

const orderCursor = cursorCodec('orders', z.tuple([z.string(), z.string()]));
const facilityCursor = cursorCodec('facilities', z.int());

// Moscow keeps UTC+3 all year: the demo's "today" is Moscow's calendar date.
const moscowDate = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
// Serialises seeding across processes that start together on one PostgreSQL.
const seedLock = 0x5e11e2;

/**
 * The marketplace of the demo: the mocks' seeded factories, written into the database anchored to
 * today (and written again on the first start of a new day, so the demo's parcels are always
 * days old, never months). Order ids depend only on the seed, so requests that name orders keep
 * naming the same ones.
 */
export class DemoMarketplace implements MarketplaceAdapter {
  readonly #db: Kysely<Database>;
  readonly #clock: Clock;
  readonly #sellers: readonly DemoSeller[];

  constructor(db: Kysely<Database>, clock: Clock, sellers: readonly DemoSeller[] = demoSellers) {
    this.#db = db;
    this.#clock = clock;
    this.#sellers = sellers;
  }

  /** Writes the demo's data unless today's is there already. */
  async seed(): Promise<void> {
    const nowMs = Math.floor(this.#clock().getTime() / 60_000) * 60_000;
    await this.#db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${seedLock})`.execute(tx);
      const seeded = await tx.selectFrom('sellers').select(['id', 'seeded_at']).execute();
      const fresh = new Set(
        seeded
          .filter((row) => moscowDate(row.seeded_at.getTime()) === moscowDate(nowMs))
          .map((row) => row.id),
      );
      const stale = this.#sellers.filter((spec) => !fresh.has(spec.seller.id));
      if (stale.length === 0) return;
      const now = isoTimestamp(new Date(nowMs));
      for (const spec of stale) {
        const options: DatasetOptions = {
          seed: spec.seed,
          now,
          seller: spec.seller,
          orders: spec.orders,
          inTransit: spec.inTransit,
          tickets: 0,
        };
        const dataset = createDataset(options);
        const orders = Array.from({ length: dataset.orders.count }, (_, i) => dataset.orders.at(i));
        await tx.deleteFrom('orders').where('seller_id', '=', spec.seller.id).execute();
        await tx
          .insertInto('sellers')
          .values({
            id: spec.seller.id,
            profile: jsonb(dataset.seller),
            deal_summary: jsonb(dataset.orders.summary(90)),
            seeded_at: now,
          })
          .onConflict((conflict) =>
            conflict.column('id').doUpdateSet((eb) => ({
              profile: eb.ref('excluded.profile'),
              deal_summary: eb.ref('excluded.deal_summary'),
              seeded_at: eb.ref('excluded.seeded_at'),
            })),
          )
          .execute();
        for (let start = 0; start < orders.length; start += 200) {
          await tx
            .insertInto('orders')
            .values(
              orders.slice(start, start + 200).map((order) => ({
                seller_id: spec.seller.id,
                id: order.id,
                created_at: order.createdAt,
                status: order.status,
                search: normalizeForSearch(order.items.flatMap((item) => [item.name, item.sku]).join(' ')),
                body: jsonb(order),
              })),
            )
            .execute();
        }
        // The marketplace's facilities are everyone's: they come with the first seller.
        if (spec === this.#sellers[0]) {
          await tx.deleteFrom('facilities').execute();
          await tx
            .insertInto('facilities')
            .values(
              dataset.facilities.map((facility, position) => ({
                ...facility,
                position,
                search: `${normalizeForSearch(facility.name)}\n${normalizeForSearch(facility.address)}`,
              })),
            )
            .execute();
        }
      }
    });
  }

  async getSeller(sellerId: string): Promise<Seller | null> {
    const row = await this.#db
      .selectFrom('sellers')
      .select('profile')
      .where('id', '=', sellerId)
      .executeTakeFirst();
    return row === undefined ? null : z.parse(sellerSchema, row.profile);
  }

  async getDealSummary(sellerId: string) {
    const row = await this.#db
      .selectFrom('sellers')
      .select('deal_summary')
      .where('id', '=', sellerId)
      .executeTakeFirstOrThrow();
    return z.parse(dealSummarySchema, row.deal_summary);
  }

  async listInTransit(sellerId: string, limit: number): Promise<Order[]> {
    const rows = await this.#db
      .selectFrom('orders')
      .select('body')
      .where('seller_id', '=', sellerId)
      .where('status', '=', 'in_transit')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => z.parse(orderSchema, row.body));
  }

  async listOrders(sellerId: string, search: OrderSearch): Promise<Page<Order>> {
    const after = orderCursor.decode(search.cursor);
    const text = search.query === undefined ? '' : normalizeForSearch(search.query);
    const idLike = /^[\d-]+$/.test(text);
    let query = this.#db.selectFrom('orders').where('seller_id', '=', sellerId);
    if (text !== '') {
      query = query.where((eb) =>
        eb.or([
          eb(eb.fn('strpos', ['search', eb.val(text)]), '>', 0),
          ...(idLike ? [eb(eb.fn('strpos', ['id', eb.val(text)]), '>', 0)] : []),
        ]),
      );
    }
    if (search.statuses !== undefined && search.statuses.length > 0)
      query = query.where('status', 'in', [...search.statuses]);
    if (search.from !== undefined) query = query.where('created_at', '>=', new Date(search.from));
    if (search.to !== undefined) query = query.where('created_at', '<', new Date(search.to));
    const { total } = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    let page = query.select(['id', 'created_at', 'body']);
    if (after !== null) {
      const createdAt = new Date(after[0]);
      const id = after[1];
      page = page.where((eb) =>
        eb.or([
          eb('created_at', '<', createdAt),
          eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)]),
        ]),
      );
    }
    const rows = await page
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(search.limit + 1)
      .execute();
    const items = rows.slice(0, search.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => z.parse(orderSchema, row.body)),
      nextCursor:
        rows.length > search.limit && last !== undefined
          ? orderCursor.encode([isoTimestamp(last.created_at), last.id])
          : null,
      total,
    };
  }

  async findOrders(sellerId: string, ids: readonly string[]): Promise<ReadonlyMap<string, Order>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#db
      .selectFrom('orders')
      .select(['id', 'body'])
      .where('seller_id', '=', sellerId)
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, z.parse(orderSchema, row.body)]));
  }

  async listFacilities(search: FacilitySearch): Promise<Page<Facility>> {
    const after = facilityCursor.decode(search.cursor);
    const text = search.query === undefined ? '' : normalizeForSearch(search.query);
    let query = this.#db.selectFrom('facilities');
    if (search.type !== undefined) query = query.where('type', '=', search.type);
    if (text !== '') query = query.where((eb) => eb(eb.fn('strpos', ['search', eb.val(text)]), '>', 0));
    const { total } = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    const rows = await (after === null ? query : query.where('position', '>', after))
      .select(['id', 'type', 'name', 'address', 'position'])
      .orderBy('position')
      .limit(search.limit + 1)
      .execute();
    const items = rows.slice(0, search.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ id, type, name, address }) => z.parse(facilitySchema, { id, type, name, address })),
      nextCursor:
        rows.length > search.limit && last !== undefined ? facilityCursor.encode(last.position) : null,
      total,
    };
  }

  async findFacility(id: string): Promise<Facility | null> {
    const row = await this.#db
      .selectFrom('facilities')
      .select(['id', 'type', 'name', 'address'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : z.parse(facilitySchema, row);
  }
}
