import { shellTexts, type ShellTexts } from './shell-texts';

/**
 * The cabinet's own view of the seller's orders: the few fields its Orders page shows, read from
 * the same API the support module uses (`GET {apiBaseUrl}/orders`, see api.md). A real cabinet
 * would have an orders service of its own; the demo borrows the support API's.
 */
export interface CabinetOrder {
  readonly id: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly status: string;
  /** The first item's name, and how many more items the order has. */
  readonly firstItem: string | null;
  readonly moreItems: number;
}

/** How many of the latest orders the page lists. */
export const recentOrdersLimit = 20;

/** The status as the seller reads it; an unknown one (a newer API) as it came. */
export function statusLabel(
  status: string,
  labels: ShellTexts['orderStatuses'] = shellTexts.ru.orderStatuses,
): string {
  return labels[status] ?? status;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemName(item: unknown): string | null {
  return isRecord(item) && typeof item['name'] === 'string' ? item['name'] : null;
}

/** The orders of a page the cabinet could read, and how many it could not. */
export interface CabinetOrderPage {
  readonly orders: CabinetOrder[];
  /** Orders whose id, date or status the page could not read: left out, and said so. */
  readonly omitted: number;
}

// The page needs four fields of a large schema: a guard for them beats a schema library in the
// cabinet's bundle. Anything else in the answer is ignored; an order with a wrong one of these four
// is left out (a newer or a different server may send one the cabinet cannot read), not the page.
function parseOrder(value: unknown): CabinetOrder | null {
  if (!isRecord(value)) return null;
  const { id, createdAt, status, items } = value;
  if (typeof id !== 'string' || id === '') return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  if (typeof status !== 'string') return null;
  const list = Array.isArray(items) ? items : [];
  return {
    id,
    createdAt,
    status,
    firstItem: itemName(list[0]),
    moreItems: Math.max(0, list.length - 1),
  };
}

/** The orders of a `GET /orders` answer (`{ items: Order[], nextCursor, total }`). */
export function parseOrderPage(value: unknown): CabinetOrderPage {
  if (!isRecord(value) || !Array.isArray(value['items'])) {
    throw new TypeError('orders: expected an object with "items"');
  }
  const items: readonly unknown[] = value['items'];
  const orders = items.map(parseOrder).filter((order) => order !== null);
  return { orders, omitted: items.length - orders.length };
}

export interface FetchOrdersOptions {
  apiBaseUrl: string;
  getAccessToken: () => string | Promise<string>;
  signal?: AbortSignal | undefined;
}

/** The seller's latest orders, newest first. */
export async function fetchRecentOrders({
  apiBaseUrl,
  getAccessToken,
  signal,
}: FetchOrdersOptions): Promise<CabinetOrderPage> {
  const url = `${apiBaseUrl.replace(/\/$/, '')}/orders?limit=${recentOrdersLimit}`;
  const response = await fetch(url, {
    headers: { accept: 'application/json', authorization: `Bearer ${await getAccessToken()}` },
    signal: signal ?? null,
  });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const { orders, omitted } = parseOrderPage(await response.json());
  return { orders: orders.slice(0, recentOrdersLimit), omitted };
}
