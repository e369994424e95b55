import type { ApiClient, ReceivedSellerContext, SnapshotOrder } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { contextQueryOptions } from '../../../shared/api/get-context';
import { orderQueryOptions } from './get-order';

/** The seller's case as it goes into a request's context snapshot. */
export interface SellerCase {
  context: ReceivedSellerContext;
  orders: SnapshotOrder[];
}

/**
 * The chosen orders as the server has them now, asked afresh (the cache's copies may be minutes
 * old: a parcel reaches its pickup point while the seller writes). An order that cannot be had
 * now keeps the copy the form has; the cache takes the fresh ones, so every screen shows them.
 */
export async function refreshOrders(
  queryClient: QueryClient,
  api: ApiClient,
  orders: readonly SnapshotOrder[],
): Promise<SnapshotOrder[]> {
  const results = await Promise.allSettled(
    orders.map((order) => queryClient.query({ ...orderQueryOptions(api, order.id), staleTime: 0 })),
  );
  return orders.map((order, index) => {
    const result = results[index];
    return result?.status === 'fulfilled' ? result.value : order;
  });
}

/**
 * The case as it is when the seller sends: the context (with its in-transit list) and the chosen
 * orders, both asked afresh, so the snapshot does not contradict itself. Where the context cannot
 * be had now, neither is refreshed: an old snapshot that agrees with itself beats a mixed one.
 */
export async function refreshCase(
  queryClient: QueryClient,
  api: ApiClient,
  known: SellerCase,
): Promise<SellerCase> {
  const [context, orders] = await Promise.allSettled([
    queryClient.query({ ...contextQueryOptions(api), staleTime: 0 }),
    refreshOrders(queryClient, api, known.orders),
  ]);
  if (context.status === 'rejected' || orders.status === 'rejected') return known;
  return { context: context.value, orders: orders.value };
}
