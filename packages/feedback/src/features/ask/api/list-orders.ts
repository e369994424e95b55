import type { ApiClient, OrderStatus } from '@seller-support/contract';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { ordersPageSize } from './orders-page-size';

export { ordersPageSize };

/**
 * What the order list is filtered by, as the contract sends it: `from` and `to` are ISO 8601
 * timestamps with an offset (`from` inclusive, `to` exclusive), `status` may hold several.
 */
export interface OrderListFilters {
  query?: string | undefined;
  status?: readonly OrderStatus[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * One spelling per meaning, so equal searches share a cache entry: text trimmed (empty means
 * none), statuses sorted without repeats (empty means any).
 */
export function normalizeOrderFilters(filters: OrderListFilters) {
  const query = filters.query?.trim() ?? '';
  const status = [...new Set(filters.status ?? [])].sort();
  return {
    query: query === '' ? undefined : query,
    status: status.length === 0 ? undefined : status,
    from: filters.from === '' ? undefined : filters.from,
    to: filters.to === '' ? undefined : filters.to,
  };
}

/** Query keys for the seller's orders, from general to specific. */
export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (filters: OrderListFilters) => [...orderKeys.lists(), normalizeOrderFilters(filters)] as const,
  details: () => [...orderKeys.all, 'detail'] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
};

/**
 * `GET /orders`: the deal history, newest first, page by page (`nextCursor`). While a new search
 * loads, the previous results stay on screen rather than flashing an empty list.
 */
export function ordersInfiniteQueryOptions(api: ApiClient, filters: OrderListFilters) {
  const normalized = normalizeOrderFilters(filters);
  return infiniteQueryOptions({
    queryKey: orderKeys.list(normalized),
    // '' is "the first page": the contract's cursors are never empty.
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      api.listOrders(
        {
          ...(normalized.query === undefined ? {} : { query: normalized.query }),
          ...(normalized.status === undefined ? {} : { status: normalized.status }),
          ...(normalized.from === undefined ? {} : { from: normalized.from }),
          ...(normalized.to === undefined ? {} : { to: normalized.to }),
          ...(pageParam === '' ? {} : { cursor: pageParam }),
          limit: ordersPageSize,
        },
        { signal },
      ),
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
