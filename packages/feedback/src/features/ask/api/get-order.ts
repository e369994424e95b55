import type { ApiClient } from '@seller-support/contract';
import { queryOptions } from '@tanstack/react-query';
import { orderKeys } from './list-orders';

/** `GET /orders/{id}`: one of the seller's orders; another seller's order, or none, is a 404. */
export function orderQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: orderKeys.detail(id),
    queryFn: ({ signal }) => api.getOrder(id, { signal }),
  });
}
