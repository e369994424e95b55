import type {
  Channel,
  ContextSnapshot,
  DealSummary,
  DeliveryPoint,
  Facility,
  FacilityType,
  Moderator,
  Order,
  OrderItem,
  OrderStatus,
  Policy,
  ReceivedSellerContext,
  Seller,
  SellerContext,
  SnapshotOrder,
  Ticket,
  TicketEvent,
  TicketStatus,
  Topic,
  Tracking,
} from '@seller-support/contract';
import { expectedFirstResponse, orderStatuses, topics } from '@seller-support/contract';
import { defaultArticles, type ArticleEntry } from './articles';
import {
  catalog,
  distributionCentres,
  inTransitStates,
  moderators,
  moscowStreets,
  scanPlaces,
  shortStreet,
  warehouses,
  type CatalogItem,
} from './catalog';
import { rub } from './money';
import { createRng, mixSeed, type Rng } from './random';
import { dayMs, defaultNow, hourMs, minuteMs, parseTimestamp, toMoscowIso } from './time';

export { createRng, type Rng } from './random';
export { defaultNow } from './time';

/** A ticket as the server keeps it: always with its full timeline. */
export type TicketWithEvents = Ticket & { events: TicketEvent[] };

// ---------------------------------------------------------------------------------------------
// Seller and policy

/** The seller the e2e journeys and the demo show; override any field. */
export function makeSeller(overrides: Partial<Seller> = {}): Seller {
  return {
    id: 's-1042',
    legalName: 'ООО «Ромашка»',
    taxId: '7701234567',
    contactName: 'Ирина Петрова',
    email: 'irina@romashka.ru',
    phone: '+7 916 000-00-00',
    tier: 'standard',
    ...overrides,
  };
}

/** Every channel kind the contract knows, with fictional numbers and addresses. */
export const defaultChannels: readonly Channel[] = [
  {
    kind: 'phone',
    label: 'Горячая линия для продавцов',
    value: '8 800 000-12-34',
    free: true,
    region: null,
    hours: 'круглосуточно',
  },
  {
    kind: 'phone',
    label: 'Москва и Московская область',
    value: '+7 495 000-12-34',
    free: false,
    region: 'Москва',
    hours: '08:00–22:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Санкт-Петербург и Ленинградская область',
    value: '+7 812 000-12-34',
    free: false,
    region: 'Санкт-Петербург',
    hours: '08:00–22:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Казань',
    value: '+7 843 000-12-34',
    free: false,
    region: 'Казань',
    hours: '09:00–21:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Екатеринбург',
    value: '+7 343 000-12-34',
    free: false,
    region: 'Екатеринбург',
    hours: '09:00–21:00 МСК',
  },
  {
    kind: 'phone',
    label: 'Новосибирск',
    value: '+7 383 000-12-34',
    free: false,
    region: 'Новосибирск',
    hours: '09:00–21:00 МСК',
  },
  { kind: 'email', label: 'Почта поддержки продавцов', value: 'sellers@support.market.example' },
  {
    kind: 'compliance',
    label: 'Линия комплаенса: сообщить о нарушении',
    value: 'compliance@market.example',
    url: 'https://compliance.market.example/report',
  },
  {
    kind: 'post',
    label: 'Почтовый адрес для документов',
    value: '123112, Москва, Пресненская наб., д. 0, а/я 0, ООО «Маркет Пример», отдел поддержки продавцов',
  },
  { kind: 'chat', label: 'Чат-помощник в кабинете', url: 'https://seller.market.example/chat' },
  {
    kind: 'community',
    label: 'Сообщество продавцов',
    url: 'https://community.market.example/sellers',
  },
];

/** The support policy of api.md with a full channel list; override any top-level field. */
export function makePolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    timeZone: 'Europe/Moscow',
    dayHours: { from: '08:00', to: '22:00' },
    firstResponseMinutes: { day: 15, night: 60 },
    reopenWithinDays: 14,
    attachments: {
      maxFileBytes: 10_485_760,
      maxTotalBytes: 52_428_800,
      maxFiles: 10,
      types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    },
    channels: defaultChannels.map((channel) => ({ ...channel })),
    ...overrides,
  };
}

/** When the first answer is due for a request created at `createdAtMs`, by the policy's day/night targets. */
export function firstResponseDue(policy: Policy, createdAtMs: number): number {
  // The module's own rule (day or night in the policy's zone, windows across midnight), so a
  // new request is never "late" at birth. A target no date can hold is capped at a day.
  const { by } = expectedFirstResponse(policy, new Date(createdAtMs));
  return by?.getTime() ?? createdAtMs + dayMs;
}

// ---------------------------------------------------------------------------------------------
// Facilities

/** The pickup point the contract's examples use; always the first pickup point of a dataset. */
const firstPickupPoint: Facility = {
  id: 'pvz-77',
  type: 'pickup_point',
  name: 'ПВЗ Тверская 7',
  address: 'г. Москва, ул. Тверская, д. 7',
};

function pickupPoint(index: number, rng: Rng): Facility {
  const street = moscowStreets[index % moscowStreets.length] ?? 'ул. Тверская';
  // The round number keeps names unique however many points there are; the random part keeps them plausible.
  const house = Math.floor(index / moscowStreets.length) * 40 + rng.int(1, 39);
  return {
    id: `pvz-${100 + index}`,
    type: 'pickup_point',
    name: `ПВЗ ${shortStreet(street)} ${house}`,
    address: `г. Москва, ${street}, д. ${house}`,
  };
}

/** One facility; a Moscow pickup point unless `overrides.type` says otherwise. */
export function makeFacility(rng: Rng, overrides: Partial<Facility> = {}): Facility {
  const type: FacilityType = overrides.type ?? 'pickup_point';
  if (type === 'pickup_point') return { ...pickupPoint(rng.int(0, 999), rng), ...overrides };
  const list = type === 'warehouse' ? warehouses : distributionCentres;
  const place = rng.pick(list);
  const prefix = type === 'warehouse' ? 'wh' : 'dc';
  return { id: `${prefix}-${rng.int(1, 99)}`, type, ...place, ...overrides };
}

/** `count` facilities: a few warehouses and distribution centres, the rest Moscow pickup points. */
export function makeFacilities(seed: number, count: number): Facility[] {
  const total = Math.max(3, count);
  const warehouseCount = Math.min(warehouses.length, Math.max(1, Math.ceil(total * 0.15)));
  const centreCount = Math.min(distributionCentres.length, Math.max(1, Math.ceil(total * 0.1)));
  const pickupCount = total - warehouseCount - centreCount;
  const rng = createRng(mixSeed(seed, 0xfac));
  const result: Facility[] = [];
  warehouses.slice(0, warehouseCount).forEach((place, index) => {
    result.push({ id: `wh-${index + 1}`, type: 'warehouse', ...place });
  });
  distributionCentres.slice(0, centreCount).forEach((place, index) => {
    result.push({ id: `dc-${index + 1}`, type: 'distribution_centre', ...place });
  });
  result.push({ ...firstPickupPoint });
  for (let index = 1; index < pickupCount; index += 1) result.push(pickupPoint(index, rng));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Orders

interface OrderDraft {
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

function buildOrder(draft: OrderDraft, rng: Rng, nowMs: number): Order {
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

function toDeliveryPoint(facility: Facility): DeliveryPoint {
  return { id: facility.id, name: facility.name, address: facility.address };
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

// ---------------------------------------------------------------------------------------------
// Tickets

const subjectsByTopic: Record<Topic, readonly string[]> = {
  account: [
    'Не приходит код для входа в кабинет',
    'Ошибка при загрузке карточек товаров',
    'Не открывается приложение',
  ],
  orders: ['Отменить заказ до отгрузки', 'Изменить адрес доставки в заказе', 'Оформить возврат по заказу'],
  staff_complaint: ['Сотрудник ПВЗ отказался принимать возврат', 'Склад не принял поставку целиком'],
  parcel_location: ['Посылка не отслеживается несколько дней', 'Где посылка по заказу?'],
  logistics_info: ['Часы приёмки поставок на складе', 'Сколько заказ хранится в пункте выдачи'],
  fraud: ['Звонок от имени маркетплейса с просьбой назвать код', 'Подозрительное письмо о блокировке'],
  payments: ['Не пришла выплата за неделю', 'Удержана комиссия за отменённый заказ'],
  warranty: ['Чайник перестал включаться', 'Трещина на корпусе блендера'],
};

interface TicketPlan {
  status: TicketStatus;
  topic: Topic;
  subject: string;
  unread: number;
}

/** The first tickets of every dataset: one per status, so every screen has something to show. */
const showcase: readonly TicketPlan[] = [
  {
    status: 'new',
    topic: 'parcel_location',
    subject: 'Где посылка? Не отслеживается третий день',
    unread: 0,
  },
  {
    status: 'waiting_seller',
    topic: 'warranty',
    subject: 'Чайник не включается после недели использования',
    unread: 1,
  },
  { status: 'offer_proposed', topic: 'orders', subject: 'Возврат пришёл повреждённым', unread: 2 },
  { status: 'in_progress', topic: 'payments', subject: 'Не пришла выплата за 10–16 ноября', unread: 0 },
  {
    status: 'waiting_third_party',
    topic: 'staff_complaint',
    subject: 'Сотрудник ПВЗ отказался принимать возврат',
    unread: 0,
  },
  { status: 'resolved', topic: 'payments', subject: 'Удержана комиссия за отменённый заказ', unread: 1 },
  {
    status: 'closed',
    topic: 'logistics_info',
    subject: 'Часы приёмки поставок на складе Коледино',
    unread: 0,
  },
];

/** How old each showcase ticket is: the newest minutes old, the resolved one still reopenable. */
const showcaseAgesMinutes = [12, 26 * 60, 50 * 60, 3 * 24 * 60, 4 * 24 * 60, 6 * 24 * 60, 9 * 24 * 60];

/** What the moderator did, by topic, for timelines that need a step. */
const stepsByTopic: Record<Topic, string> = {
  account: 'Проверили настройки доступа и журнал входов',
  orders: 'Проверили статус заказа на складе',
  staff_complaint: 'Запросили записи камер за дату обращения',
  parcel_location: 'Запросили у перевозчика последнее место сканирования',
  logistics_info: 'Уточнили график работы у склада',
  fraud: 'Передали обращение в службу безопасности',
  payments: 'Запросили в финансовом отделе реестр выплат за период',
  warranty: 'Проверили заказ и дату продажи: гарантия действует',
};

/** Topics where support can settle with a compromise (a discount or a compensation). */
export const offerTopics: ReadonlySet<Topic> = new Set(['orders', 'payments', 'warranty', 'parcel_location']);

/** The compromise an accepted offer of a finished request was, by topic. */
const settledOffers: Partial<
  Record<Topic, { kind: 'discount' | 'compensation'; description: string; amount: string }>
> = {
  orders: {
    kind: 'compensation',
    description: 'Компенсация стоимости обратной доставки на баланс продавца',
    amount: '1490.00',
  },
  payments: {
    kind: 'compensation',
    description: 'Возврат удержанной комиссии со следующей выплатой',
    amount: '2350.00',
  },
  warranty: {
    kind: 'compensation',
    description: 'Компенсация стоимости товара: замены нет на складе сервисного центра',
    amount: '3990.00',
  },
  parcel_location: {
    kind: 'discount',
    description: 'Скидка на логистику: вернём стоимость доставки этого заказа',
    amount: '450.00',
  },
};

function ticketId(number: number): string {
  return `T-${String(number).padStart(6, '0')}`;
}

/** Builds a plausible timeline that ends in `plan.status`; every timestamp is before `nowMs`. */
function buildTicket(
  rng: Rng,
  number: number,
  plan: TicketPlan,
  createdAtMs: number,
  nowMs: number,
  policy: Policy,
): TicketWithEvents {
  const moderator: Moderator = { ...rng.pick(moderators) };
  const events: TicketEvent[] = [];
  // Events are spread over the time between creation and a moment shortly before now.
  const span = Math.max(10 * minuteMs, Math.min(nowMs - createdAtMs - 5 * minuteMs, 5 * dayMs));
  let at = createdAtMs;
  const next = (fraction: number) => {
    at = Math.min(
      nowMs - minuteMs,
      at + Math.max(minuteMs, Math.round((span * fraction) / minuteMs) * minuteMs),
    );
    return toMoscowIso(at);
  };
  const push = (event: TicketEvent) => {
    events.push(event);
  };
  const eventId = () => `ev-${number}-${events.length + 1}`;

  push({ id: eventId(), at: toMoscowIso(createdAtMs), kind: 'created' });
  if (plan.status !== 'new') {
    push({ id: eventId(), at: next(0.05), kind: 'assigned', moderator });
    push({
      id: eventId(),
      at: next(0.05),
      kind: 'message',
      author: 'moderator',
      body: `Здравствуйте! Это ${moderator.displayName.replace('Модератор ', '')}, ваше обращение у меня в работе. Проведу его до решения.`,
      attachments: [],
    });
  }
  switch (plan.status) {
    case 'new':
      break;
    case 'in_progress':
      push({ id: eventId(), at: next(0.2), kind: 'step', text: stepsByTopic[plan.topic] });
      break;
    case 'waiting_seller':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Проверили заказ и дату продажи: гарантия действует',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'message',
        author: 'moderator',
        body: 'Пришлите, пожалуйста, фото этикетки с серийным номером и фото дефекта. Без них сервисный центр не примет товар.',
        attachments: [],
      });
      break;
    case 'waiting_third_party':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Запросили записи камер пункта выдачи за дату обращения',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'third_party',
        party: 'other',
        note: 'Ждём ответа партнёра, который управляет пунктом выдачи; обычно это занимает до 3 рабочих дней.',
      });
      break;
    case 'offer_proposed':
      push({
        id: eventId(),
        at: next(0.2),
        kind: 'step',
        text: 'Сверили фото упаковки с актом приёмки возврата',
      });
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'offer',
        offer: {
          id: `of-${number}-1`,
          kind: 'compensation',
          description: 'Компенсация стоимости повреждённого товара на баланс продавца',
          amount: { amount: '1490.00', currency: 'RUB' },
          status: 'pending',
        },
      });
      push({
        id: eventId(),
        at: next(0.05),
        kind: 'message',
        author: 'moderator',
        body: 'Вернуть товар в продажу нельзя, поэтому предлагаю компенсацию. Примите или отклоните предложение.',
        attachments: [],
      });
      break;
    case 'resolved':
    case 'closed': {
      push({ id: eventId(), at: next(0.3), kind: 'step', text: stepsByTopic[plan.topic] });
      const settled = settledOffers[plan.topic];
      if (settled) {
        // A compromise the seller accepted: the offer, why, the decision, then the resolution.
        const offerId = `of-${number}-1`;
        push({
          id: eventId(),
          at: next(0.1),
          kind: 'offer',
          offer: {
            id: offerId,
            kind: settled.kind,
            description: settled.description,
            amount: { amount: settled.amount, currency: 'RUB' },
            status: 'accepted',
          },
        });
        push({
          id: eventId(),
          at: next(0.02),
          kind: 'message',
          author: 'moderator',
          body: 'Сделать в точности как вы просили не получится, поэтому предлагаю компромисс. Примите или отклоните предложение.',
          attachments: [],
        });
        push({ id: eventId(), at: next(0.1), kind: 'offer_decided', offerId, decision: 'accept' });
        push({ id: eventId(), at: next(0.01), kind: 'resolved', note: 'Предложение принято продавцом' });
        break;
      }
      push({
        id: eventId(),
        at: next(0.1),
        kind: 'message',
        author: 'moderator',
        body: 'Всё исправили. Проверьте, пожалуйста, и напишите, если вопрос остался.',
        attachments: [],
      });
      push({ id: eventId(), at: next(0.05), kind: 'resolved', note: 'Вопрос решён' });
      break;
    }
  }
  let rating: Ticket['rating'] = null;
  if (plan.status === 'closed') {
    rating = { score: rng.int(4, 5), comment: 'Быстро разобрались, спасибо!' };
    push({ id: eventId(), at: next(0.05), kind: 'rated', ...rating });
    push({ id: eventId(), at: next(0.02), kind: 'closed' });
  }
  const last = events[events.length - 1];
  return {
    id: ticketId(number),
    number: String(number),
    topic: plan.topic,
    subject: plan.subject,
    status: plan.status,
    createdAt: toMoscowIso(createdAtMs),
    updatedAt: last ? last.at : toMoscowIso(createdAtMs),
    assignee: plan.status === 'new' ? null : moderator,
    expectedFirstResponseBy:
      plan.status === 'new' ? toMoscowIso(firstResponseDue(policy, createdAtMs)) : null,
    unread: plan.unread,
    events,
    rating,
  };
}

/**
 * One ticket with a timeline matching its status (default: a random one). Overrides apply last,
 * so `makeTicket(rng, { status: 'resolved' })` gets a resolved timeline.
 */
export function makeTicket(
  rng: Rng,
  overrides: Partial<TicketWithEvents> = {},
  options: { now?: string; policy?: Policy } = {},
): TicketWithEvents {
  const nowMs = parseTimestamp(options.now ?? defaultNow);
  const plan = showcase.find((candidate) => candidate.status === overrides.status) ?? rng.pick(showcase);
  const topic = overrides.topic ?? plan.topic;
  const subject =
    overrides.subject ?? (topic === plan.topic ? plan.subject : rng.pick(subjectsByTopic[topic]));
  const createdAtMs = overrides.createdAt
    ? parseTimestamp(overrides.createdAt)
    : nowMs - rng.int(30, 3 * 24 * 60) * minuteMs;
  const number = overrides.number ? Number(overrides.number) : rng.int(100, 999);
  const ticket = buildTicket(
    rng,
    number,
    { ...plan, topic, subject },
    createdAtMs,
    nowMs,
    options.policy ?? makePolicy(),
  );
  return { ...ticket, ...overrides };
}

/** `count` tickets, newest first: the showcase (one per status), then older resolved and closed ones. */
export function makeTickets(seed: number, count: number, nowMs: number, policy: Policy): TicketWithEvents[] {
  const rng = createRng(mixSeed(seed, 0x71c));
  const result: TicketWithEvents[] = [];
  const firstNumber = 100;
  for (let j = 0; j < count; j += 1) {
    const number = firstNumber + count - j;
    let plan = showcase[j];
    if (plan === undefined) {
      const topic = rng.pick(topics);
      plan = {
        status: rng.chance(0.7) ? 'closed' : 'resolved',
        topic,
        subject: rng.pick(subjectsByTopic[topic]),
        unread: 0,
      };
    }
    const ageMs =
      j < showcaseAgesMinutes.length
        ? (showcaseAgesMinutes[j] ?? 0) * minuteMs
        : (j * 3 + rng.int(0, 2)) * dayMs;
    result.push(buildTicket(rng, number, plan, nowMs - ageMs, nowMs, policy));
  }
  return result;
}

const longSellerLines = [
  'Добрый день! Сверила отчёт ещё раз, расхождение осталось.',
  'Прикладываю выгрузку из учётной системы за эту неделю.',
  'Уточните, пожалуйста, по какому заказу удержана комиссия?',
  'В отчёте о реализации эта строка задвоена.',
  'Спасибо, посмотрю и вернусь с ответом.',
  'Бухгалтерия просит акт сверки с подписью.',
  'Выплата пришла, но сумма меньше на одну позицию.',
  'Есть ли срок, к которому вопрос закроется?',
] as const;

const longModeratorLines = [
  'Спасибо, получили. Передала выгрузку в финансовый отдел.',
  'Удержание относится к заказу из прошлого периода: его вернули после отчётной даты.',
  'Проверили строку: это корректировка, а не задвоение. Пришлю расшифровку.',
  'Акт сверки сформирован, он появится в разделе «Документы» в течение дня.',
  'Финансовый отдел подтвердил расхождение, готовим доначисление.',
  'Пока ждём ответа бухгалтерии; как только будет результат — напишу.',
  'Уточните, пожалуйста, номер платёжного поручения из выписки.',
] as const;

const longSteps = [
  'Сверили реестр выплат с отчётом о реализации',
  'Запросили в финансовом отделе расшифровку удержаний',
  'Пересчитали комиссию по заказам периода',
] as const;

/**
 * A request with a long history (for the virtualised timeline): `events` events in all, mostly a
 * conversation between the seller and the moderator with a step now and then, still in progress.
 * Every timestamp is before `now`, each a minute or more after the one before.
 */
export function makeLongConversationTicket(
  rng: Rng,
  events: number,
  options: { now?: string; number?: number; unread?: number } = {},
): TicketWithEvents {
  const total = Math.max(3, Math.floor(events));
  const nowMs = parseTimestamp(options.now ?? defaultNow);
  const number = options.number ?? rng.int(100, 999);
  const moderator: Moderator = { ...rng.pick(moderators) };
  // A few weeks of correspondence, ending a few minutes ago; never less than a minute a step.
  const endMs = nowMs - 5 * minuteMs;
  const stepMs = Math.max(minuteMs, Math.floor((30 * dayMs) / total / minuteMs) * minuteMs);
  const createdAtMs = endMs - (total - 1) * stepMs;
  const at = (index: number) => toMoscowIso(createdAtMs + index * stepMs);
  const id = (index: number) => `ev-${number}-${index + 1}`;
  const timeline: TicketEvent[] = [
    { id: id(0), at: at(0), kind: 'created' },
    { id: id(1), at: at(1), kind: 'assigned', moderator },
  ];
  let sellerTurn = false;
  for (let index = timeline.length; index < total; index += 1) {
    if (index % 17 === 0) {
      timeline.push({ id: id(index), at: at(index), kind: 'step', text: rng.pick(longSteps) });
      continue;
    }
    const lines = sellerTurn ? longSellerLines : longModeratorLines;
    timeline.push({
      id: id(index),
      at: at(index),
      kind: 'message',
      author: sellerTurn ? 'seller' : 'moderator',
      body: `${rng.pick(lines)} (№ ${index})`,
      attachments: [],
    });
    // Mostly alternating, sometimes two messages in a row from the same side, as people write.
    if (!rng.chance(0.2)) sellerTurn = !sellerTurn;
  }
  const last = timeline[timeline.length - 1];
  return {
    id: ticketId(number),
    number: String(number),
    topic: 'payments',
    subject: 'Сверка выплат за квартал: длинная переписка',
    status: 'in_progress',
    createdAt: at(0),
    updatedAt: last ? last.at : at(0),
    assignee: moderator,
    expectedFirstResponseBy: null,
    unread: options.unread ?? 3,
    events: timeline,
    rating: null,
  };
}

/**
 * The context snapshot a client sends with `POST /tickets`, built from what `GET /context`
 * returned and the orders the seller picked.
 */
export function makeContextSnapshot(
  context: SellerContext | ReceivedSellerContext,
  orders: readonly SnapshotOrder[] = [],
  environment: Partial<ContextSnapshot['environment']> = {},
): ContextSnapshot {
  return {
    seller: { ...context.seller },
    orders: orders.map((order) => structuredClone(order)),
    dealSummary: context.dealSummary === null ? null : { ...context.dealSummary },
    inTransit: context.inTransit.map(({ id, status }) => ({ id, status })),
    environment: {
      moduleVersion: '0.1.0',
      hostRoute: '/seller/support',
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) mocks',
      ...environment,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Datasets

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
   * number, for the virtualised timeline).
   */
  tickets?: number | { count?: number; longConversation?: number };
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
  return {
    seed,
    now,
    seller: makeSeller(options.seller),
    policy,
    facilities,
    articles: defaultArticles,
    orders,
    tickets: datasetTickets(seed, options.tickets, nowMs, policy),
  };
}

/** True for a ready dataset, false for options to build one from. */
export function isDataset(value: DatasetOptions | Dataset): value is Dataset {
  return 'orders' in value && value.orders instanceof GeneratedOrders;
}
