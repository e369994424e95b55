import type { ApiClient } from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';

/** Query keys for the seller context, from general to specific. */
export const contextKeys = {
  all: ['context'] as const,
  current: () => [...contextKeys.all, 'current'] as const,
};

/** `GET /context`: who the seller is, their deal summary and in-transit orders. */
export function contextQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: contextKeys.current(),
    queryFn: ({ signal }) => api.getContext({ signal }),
  });
}

export function useSellerContext() {
  return useQuery(contextQueryOptions(useApiClient()));
}
