import {
  dealSummarySchema,
  facilityPageSchema,
  facilitySchema,
  orderPageSchema,
  orderSchema,
  sellerSchema,
  type DealSummary,
  type Facility,
  type Order,
  type Page,
  type Seller,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { fieldProblem, ProblemError } from '../http/problem';
import type { FacilitySearch, MarketplaceAdapter, OrderSearch } from './marketplace';

export interface HttpMarketplaceOptions {
  /** Where the marketplace's API lives, e.g. `https://api.market.example/internal/v1`. */
  baseUrl: string;
  /** The service's own credential at the marketplace, sent as `Authorization: Bearer`. */
  token: string | null;
  /** How long one call may take, in milliseconds. Default 5,000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The seller's business data read from the marketplace's own HTTP API, in the contract's shapes
 * (see README, "The marketplace's API"):
 *
 * - `GET /sellers/{sellerId}` → Seller (404: no such seller)
 * - `GET /sellers/{sellerId}/deal-summary?periodDays=90` → DealSummary
 * - `GET /sellers/{sellerId}/orders?query=&status=&from=&to=&cursor=&limit=` → a page of orders
 * - `GET /sellers/{sellerId}/orders/{orderId}` → Order (404: not this seller's)
 * - `GET /facilities?type=&query=&cursor=&limit=` → a page of facilities; `GET /facilities/{id}` → Facility
 *
 * Every answer is parsed with the contract's schemas; cursors are the marketplace's, handed
 * through. A marketplace that fails or cannot be reached is a 502 to the seller.
 */
export class HttpMarketplace implements MarketplaceAdapter {
  readonly #base: string;
  readonly #token: string | null;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(options: HttpMarketplaceOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#fetch = options.fetch ?? fetch;
  }

  /** The parsed answer, or null for a 404. */
  async #get<S extends z.ZodMiniType>(
    schema: S,
    path: string,
    query: URLSearchParams = new URLSearchParams(),
  ): Promise<z.output<S> | null> {
    const search = query.toString();
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}${search === '' ? '' : `?${search}`}`, {
        headers: {
          accept: 'application/json',
          ...(this.#token === null ? {} : { authorization: `Bearer ${this.#token}` }),
        },
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch {
      throw new ProblemError(502, 'The marketplace could not be reached; retry later.');
    }
    if (response.status === 404) return null;
    // A cursor the marketplace refuses is the seller's to fix, as one we refuse would be.
    if (response.status === 422 && query.has('cursor'))
      throw fieldProblem('cursor', 'is not a cursor this server issued for this list', 'invalid');
    if (!response.ok)
      throw new ProblemError(502, `The marketplace answered ${response.status}; retry later.`);
    const result = z.safeParse(schema, await response.json().catch(() => undefined));
    if (!result.success)
      throw new ProblemError(502, 'The marketplace answered something the contract does not allow.');
    return result.data;
  }

  async #getOrThrow<S extends z.ZodMiniType>(
    schema: S,
    path: string,
    query?: URLSearchParams,
  ): Promise<z.output<S>> {
    const value = await this.#get(schema, path, query);
    if (value === null) throw new ProblemError(502, `The marketplace has no ${path}.`);
    return value;
  }

  getSeller(sellerId: string): Promise<Seller | null> {
    return this.#get(sellerSchema, `/sellers/${encodeURIComponent(sellerId)}`);
  }

  getDealSummary(sellerId: string): Promise<DealSummary> {
    return this.#getOrThrow(
      dealSummarySchema,
      `/sellers/${encodeURIComponent(sellerId)}/deal-summary`,
      new URLSearchParams({ periodDays: '90' }),
    );
  }

  async listInTransit(sellerId: string, limit: number): Promise<Order[]> {
    const orders: Order[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listOrders(sellerId, {
        statuses: ['in_transit'],
        limit: Math.min(100, limit - orders.length),
        ...(cursor === undefined ? {} : { cursor }),
      });
      orders.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && orders.length < limit);
    return orders.slice(0, limit);
  }

  listOrders(sellerId: string, search: OrderSearch): Promise<Page<Order>> {
    const query = new URLSearchParams();
    if (search.query !== undefined) query.set('query', search.query);
    for (const status of search.statuses ?? []) query.append('status', status);
    if (search.from !== undefined) query.set('from', search.from);
    if (search.to !== undefined) query.set('to', search.to);
    if (search.cursor !== undefined) query.set('cursor', search.cursor);
    query.set('limit', String(search.limit));
    return this.#getOrThrow(orderPageSchema, `/sellers/${encodeURIComponent(sellerId)}/orders`, query);
  }

  async findOrders(sellerId: string, ids: readonly string[]): Promise<ReadonlyMap<string, Order>> {
    const found = await Promise.all(
      [...new Set(ids)].map((id) =>
        this.#get(orderSchema, `/sellers/${encodeURIComponent(sellerId)}/orders/${encodeURIComponent(id)}`),
      ),
    );
    return new Map(found.filter((order) => order !== null).map((order) => [order.id, order]));
  }

  listFacilities(search: FacilitySearch): Promise<Page<Facility>> {
    const query = new URLSearchParams();
    if (search.type !== undefined) query.set('type', search.type);
    if (search.query !== undefined) query.set('query', search.query);
    if (search.cursor !== undefined) query.set('cursor', search.cursor);
    query.set('limit', String(search.limit));
    return this.#getOrThrow(facilityPageSchema, '/facilities', query);
  }

  findFacility(id: string): Promise<Facility | null> {
    return this.#get(facilitySchema, `/facilities/${encodeURIComponent(id)}`);
  }
}
