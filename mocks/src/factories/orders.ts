import type { DeliveryPoint, Order, OrderItem, OrderStatus, Tracking } from '@seller-support/contract';
import { orderStatuses } from '@seller-support/contract';
import { catalog, inTransitStates, scanPlaces, type CatalogItem } from '../catalog';
import { rub } from '../money';
import type { Rng } from '../random';
import { defaultNow, hourMs, minuteMs, parseTimestamp, toMoscowIso } from '../time';
import { makeFacility, toDeliveryPoint } from './facilities';

/** What an order is made from: its lines as catalog items, before prices and tracking are written out. */
export interface OrderDraft {
  id: string;
  createdAtMs: number;
  status: OrderStatus;
  items: readonly { item: CatalogItem; quantity: number }[];
  deliveryPoint: DeliveryPoint | null;
}

function pickItems(rng: Rng): { item: CatalogItem; quantity: number }[] {
  const roll = rng.next();
  const count = roll < 0.6 ? 1 : roll < 0.88 ? 2 : 3;
  const result: { item: CatalogItem; quantity: number }[] = [];
  for (let k = 0; k < count; k += 1) {
    const item = rng.pick(catalog);
    if (result.some((existing) => existing.item === item)) continue;
    const q = rng.next();
    result.push({ item, quantity: q < 0.8 ? 1 : q < 0.95 ? 2 : 3 });
  }
  return result;
}

function trackingFor(draft: OrderDraft, rng: Rng, nowMs: number): Tracking | null {
  const latest = nowMs - 10 * minuteMs;
  const scanAt = (afterHours: number) =>
    toMoscowIso(Math.min(latest, draft.createdAtMs + afterHours * hourMs));
  switch (draft.status) {
    case 'created':
    case 'cancelled':
      return null;
    case 'packed':
      return { state: 'Собран, ждёт передачи на склад', lastScanAt: null, lastScanPlace: null };
    case 'shipped':
      return {
        state: 'Передан на склад маркетплейса',
        lastScanAt: scanAt(rng.int(2, 8)),
        lastScanPlace: 'Склад Коледино',
      };
    case 'in_transit': {
      // About a quarter of parcels "stop being tracked": the case the parcel_location topic exists for.
      if (rng.chance(0.25)) {
        return {
          state: 'Передан перевозчику',
          lastScanAt: scanAt(rng.int(3, 8)),
          lastScanPlace: 'Склад Коледино',
        };
      }
      const sinceCreated = Math.max(1, Math.floor((latest - draft.createdAtMs) / hourMs));
      return {
        state: rng.pick(inTransitStates),
        lastScanAt: scanAt(rng.int(Math.max(1, Math.floor(sinceCreated / 2)), sinceCreated)),
        lastScanPlace: rng.pick(scanPlaces),
      };
    }
    case 'at_pickup_point':
      return {
        state: 'Ожидает покупателя в пункте выдачи',
        lastScanAt: scanAt(rng.int(24, 60)),
        lastScanPlace: draft.deliveryPoint?.name ?? 'Пункт выдачи',
      };
    case 'delivered':
      return {
        state: 'Получен покупателем',
        lastScanAt: scanAt(rng.int(48, 120)),
        lastScanPlace: draft.deliveryPoint?.name ?? 'Пункт выдачи',
      };
    case 'returned':
      return {
        state: 'Возвращён на склад продавца',
        lastScanAt: scanAt(rng.int(168, 336)),
        lastScanPlace: 'Склад Подольск',
      };
  }
}

/** The order a draft describes, with prices from the catalog and tracking that follows its status. */
export function buildOrder(draft: OrderDraft, rng: Rng, nowMs: number): Order {
  const items: OrderItem[] = draft.items.map(({ item, quantity }) => ({
    sku: item.sku,
    name: item.name,
    quantity,
    price: rub(item.priceKopecks),
  }));
  const total = draft.items.reduce((sum, { item, quantity }) => sum + item.priceKopecks * quantity, 0);
  return {
    id: draft.id,
    createdAt: toMoscowIso(draft.createdAtMs),
    status: draft.status,
    total: rub(total),
    items,
    deliveryPoint: draft.deliveryPoint,
    tracking: trackingFor(draft, rng, nowMs),
  };
}

/**
 * One order, random but reproducible from `rng`. Tracking follows the status, so pass the status
 * you want in `overrides` rather than patching it afterwards.
 */
export function makeOrder(rng: Rng, overrides: Partial<Order> = {}, options: { now?: string } = {}): Order {
  const nowMs = parseTimestamp(options.now ?? defaultNow);
  const status = overrides.status ?? rng.pick(orderStatuses);
  const createdAtMs = overrides.createdAt
    ? parseTimestamp(overrides.createdAt)
    : nowMs - rng.int(2 * 60, 30 * 24 * 60) * minuteMs;
  const draft: OrderDraft = {
    id: `${rng.int(10000, 99999)}-${String(rng.int(0, 9999)).padStart(4, '0')}-1`,
    createdAtMs,
    status,
    items: pickItems(rng),
    deliveryPoint: toDeliveryPoint(makeFacility(rng)),
  };
  return { ...buildOrder(draft, rng, nowMs), ...overrides };
}
