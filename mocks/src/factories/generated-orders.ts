import type { DealSummary, DeliveryPoint, Order, OrderStatus } from '@seller-support/contract';
import { catalog, type CatalogItem } from '../catalog';
import { rub } from '../money';
import { createRng, mixSeed, type Rng } from '../random';
import { dayMs, hourMs, minuteMs } from '../time';
import { firstPickupPoint, toDeliveryPoint } from './facilities';
import { buildOrder, type OrderDraft } from './orders';

/** What a search over many orders needs, computed without building any strings. */
interface OrderCore {
  createdAtMs: number;
  status: OrderStatus;
  /** Catalog indices and quantities of the order's lines. */
  lines: number[];
  quantities: number[];
  pickupIndex: number;
}

export interface OrderFilter {
  /** Matches order id, item name or SKU, case-insensitively. */
  query?: string | undefined;
  statuses?: readonly OrderStatus[] | undefined;
  /** Inclusive lower bound, epoch ms. */
  fromMs?: number | undefined;
  /** Exclusive upper bound, epoch ms. */
  toMs?: number | undefined;
}

/** Normalises text for matching: case, `ё`, and surrounding spaces do not matter. */
export function normalizeForSearch(text: string): string {
  return text.trim().toLowerCase().replaceAll('ё', 'е');
}

function catalogItem(index: number): CatalogItem {
  const item = catalog[index];
  if (!item) throw new RangeError(`No catalog item ${index}`);
  return item;
}

const searchableCatalog = catalog.map((item) => ({
  name: normalizeForSearch(item.name),
  sku: normalizeForSearch(item.sku),
}));

/**
 * The seller's orders, generated on demand from (seed, index). Index 0 is the newest. Nothing is
 * stored per order, so a dataset of 100,000 orders costs nothing until it is searched, and a
 * search builds full `Order` objects only for the page it returns.
 */
export class GeneratedOrders {
  readonly count: number;
  readonly inTransitCount: number;
  private readonly seed: number;
  private readonly nowMs: number;
  private readonly idPrefix: string;
  private readonly pickupPoints: readonly DeliveryPoint[];
  /** Statuses of the recent orders, which are placed deliberately rather than rolled. */
  private readonly recentStatuses: readonly OrderStatus[];
  private readonly recentStepMs: number;
  private readonly olderStepMs: number;
  private summaryCache: DealSummary | null = null;

  constructor(options: {
    seed: number;
    nowMs: number;
    count: number;
    inTransit: number;
    pickupPoints: readonly DeliveryPoint[];
  }) {
    this.seed = options.seed;
    this.nowMs = options.nowMs;
    this.count = Math.max(0, Math.floor(options.count));
    this.inTransitCount = Math.min(this.count, Math.max(0, Math.floor(options.inTransit)));
    this.idPrefix = String(10000 + (mixSeed(options.seed, 0x1d) % 90000));
    this.pickupPoints =
      options.pickupPoints.length > 0 ? options.pickupPoints : [toDeliveryPoint(firstPickupPoint)];

    // Newest first: a few orders still being prepared, then the in-transit ones mixed with a few
    // already at the pickup point, then history (delivered, with some cancellations and returns).
    const preparing = (['created', 'packed', 'shipped'] as const).slice(
      0,
      Math.min(3, this.count - this.inTransitCount),
    );
    const arrived = Math.min(
      this.count - this.inTransitCount - preparing.length,
      Math.max(1, Math.ceil(this.inTransitCount / 3)),
    );
    const recentWindow: OrderStatus[] = [
      ...Array.from({ length: this.inTransitCount }, (): OrderStatus => 'in_transit'),
      ...Array.from({ length: arrived }, (): OrderStatus => 'at_pickup_point'),
    ];
    const shuffle = createRng(mixSeed(options.seed, 0x5f));
    for (let i = recentWindow.length - 1; i > 0; i -= 1) {
      const j = shuffle.int(0, i);
      const a = recentWindow[i];
      const b = recentWindow[j];
      if (a !== undefined && b !== undefined) {
        recentWindow[i] = b;
        recentWindow[j] = a;
      }
    }
    this.recentStatuses = [...preparing, ...recentWindow];

    // History spreads over ~12 hours per order, between two weeks and three years; recent orders are
    // at least five hours apart so that "in transit" looks like days, not minutes, for big sellers.
    const spanMs = Math.min(3 * 365 * dayMs, Math.max(14 * dayMs, this.count * 12 * hourMs));
    this.olderStepMs = this.count > 0 ? spanMs / this.count : dayMs;
    this.recentStepMs = Math.max(this.olderStepMs, 5 * hourMs);
  }

  /** The id of the order at `index`: later orders get higher numbers. */
  idAt(index: number): string {
    const serial = this.count - 1 - index;
    return `${this.idPrefix}-${String(serial % 10000).padStart(4, '0')}-${Math.floor(serial / 10000) + 1}`;
  }

  /** The index of an order id, or -1. */
  indexOf(id: string): number {
    const match = /^(\d{5})-(\d{4})-(\d+)$/.exec(id);
    if (!match || match[1] !== this.idPrefix) return -1;
    const serial = (Number(match[3]) - 1) * 10000 + Number(match[2]);
    const index = this.count - 1 - serial;
    return index >= 0 && index < this.count && this.idAt(index) === id ? index : -1;
  }

  private rngAt(index: number): Rng {
    return createRng(mixSeed(this.seed, 0x0d, index));
  }

  // Must stay the first consumer of rngAt(index): `at()` continues the same stream for the details.
  private coreFrom(rng: Rng, index: number): OrderCore {
    const recent = this.recentStatuses.length;
    const base =
      index < recent
        ? (index + 0.5) * this.recentStepMs
        : recent * this.recentStepMs + (index - recent + 0.5) * this.olderStepMs;
    const step = index < recent ? this.recentStepMs : this.olderStepMs;
    const createdAtMs =
      Math.round((this.nowMs - base - (rng.next() - 0.5) * 0.8 * step) / minuteMs) * minuteMs;
    const roll = rng.next();
    const status: OrderStatus =
      this.recentStatuses[index] ?? (roll < 0.05 ? 'cancelled' : roll < 0.09 ? 'returned' : 'delivered');
    const lines: number[] = [];
    const quantities: number[] = [];
    const countRoll = rng.next();
    const lineCount = countRoll < 0.6 ? 1 : countRoll < 0.88 ? 2 : 3;
    for (let k = 0; k < lineCount; k += 1) {
      const line = rng.int(0, catalog.length - 1);
      const q = rng.next();
      if (lines.includes(line)) continue;
      lines.push(line);
      quantities.push(q < 0.8 ? 1 : q < 0.95 ? 2 : 3);
    }
    return { createdAtMs, status, lines, quantities, pickupIndex: rng.int(0, this.pickupPoints.length - 1) };
  }

  private coreAt(index: number): OrderCore {
    return this.coreFrom(this.rngAt(index), index);
  }

  /** The full order at `index` (0 = newest). */
  at(index: number): Order {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) {
      throw new RangeError(`No order at index ${index}`);
    }
    const rng = this.rngAt(index);
    const core = this.coreFrom(rng, index);
    const draft: OrderDraft = {
      id: this.idAt(index),
      createdAtMs: core.createdAtMs,
      status: core.status,
      items: core.lines.map((line, k) => ({ item: catalogItem(line), quantity: core.quantities[k] ?? 1 })),
      deliveryPoint: this.pickupPoints[core.pickupIndex] ?? null,
    };
    return buildOrder(draft, rng, this.nowMs);
  }

  /** The order with this id, or undefined. */
  find(id: string): Order | undefined {
    const index = this.indexOf(id);
    return index < 0 ? undefined : this.at(index);
  }

  /** Indices of the orders that pass the filter, newest first. */
  filter(filter: OrderFilter = {}): number[] {
    const query = filter.query === undefined ? '' : normalizeForSearch(filter.query);
    const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
    const fromMs = filter.fromMs ?? Number.NEGATIVE_INFINITY;
    const toMs = filter.toMs ?? Number.POSITIVE_INFINITY;
    // Which catalog lines match is decided once, so each order costs a few integer checks.
    const idLike = /^[\d-]+$/.test(query);
    const lineMatches = searchableCatalog.map(
      (line) => query !== '' && (line.name.includes(query) || line.sku.includes(query)),
    );
    const result: number[] = [];
    for (let index = 0; index < this.count; index += 1) {
      const core = this.coreAt(index);
      if (statuses && !statuses.has(core.status)) continue;
      if (core.createdAtMs < fromMs || core.createdAtMs >= toMs) continue;
      if (
        query !== '' &&
        !core.lines.some((line) => lineMatches[line]) &&
        !(idLike && this.idAt(index).includes(query))
      ) {
        continue;
      }
      result.push(index);
    }
    return result;
  }

  /** Orders not yet at the pickup point, newest first. */
  inTransit(limit = Number.POSITIVE_INFINITY): Order[] {
    const result: Order[] = [];
    for (let index = 0; index < this.recentStatuses.length && result.length < limit; index += 1) {
      if (this.recentStatuses[index] === 'in_transit') result.push(this.at(index));
    }
    return result;
  }

  /** Orders, turnover and open returns over the last `periodDays` days. */
  summary(periodDays = 90): DealSummary {
    if (this.summaryCache?.periodDays === periodDays) return this.summaryCache;
    const sinceMs = this.nowMs - periodDays * dayMs;
    let orders = 0;
    let turnover = 0;
    let openReturns = 0;
    for (let index = 0; index < this.count; index += 1) {
      const core = this.coreAt(index);
      // Orders are generated newest first, so the first one older than the period ends the scan.
      if (core.createdAtMs < sinceMs) break;
      orders += 1;
      if (core.status === 'returned') openReturns += 1;
      if (core.status === 'cancelled' || core.status === 'returned') continue;
      core.lines.forEach((line, k) => {
        turnover += (catalog[line]?.priceKopecks ?? 0) * (core.quantities[k] ?? 1);
      });
    }
    this.summaryCache = { periodDays, orders, turnover: rub(turnover), openReturns };
    return this.summaryCache;
  }
}
