import type {
  DealSummary,
  Facility,
  FacilityType,
  Order,
  OrderStatus,
  Page,
  Seller,
} from '@seller-support/contract';

/** What `GET /orders` asks of the marketplace. */
export interface OrderSearch {
  query?: string | undefined;
  statuses?: readonly OrderStatus[] | undefined;
  /** Inclusive, ISO 8601. */
  from?: string | undefined;
  /** Exclusive, ISO 8601. */
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** What `GET /facilities` asks of the marketplace. */
export interface FacilitySearch {
  type?: FacilityType | undefined;
  query?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/**
 * The seller's business data, which belongs to the marketplace rather than to support: who the
 * seller is, their deals, their parcels on the way, the marketplace's facilities. Support reads it
 * through this interface and keeps only the snapshots a request carries.
 *
 * Cursors are the adapter's own (an HTTP adapter hands the marketplace's through); one it did not
 * issue is refused with a 422 on `cursor`. Every method may throw a `ProblemError`.
 */
export interface MarketplaceAdapter {
  /** The seller's identity, or null when the marketplace does not know the id. */
  getSeller(sellerId: string): Promise<Seller | null>;
  getDealSummary(sellerId: string): Promise<DealSummary>;
  /** Orders that have not reached the pickup point yet, newest first. */
  listInTransit(sellerId: string, limit: number): Promise<Order[]>;
  /** Newest first; `total` counts every match. */
  listOrders(sellerId: string, search: OrderSearch): Promise<Page<Order>>;
  /** The seller's orders with these ids (other sellers' orders are not found). */
  findOrders(sellerId: string, ids: readonly string[]): Promise<ReadonlyMap<string, Order>>;
  listFacilities(search: FacilitySearch): Promise<Page<Facility>>;
  findFacility(id: string): Promise<Facility | null>;
}
