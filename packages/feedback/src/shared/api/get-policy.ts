import type { ApiClient } from '@seller-support/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';

/** Query keys for the support policy, from general to specific. */
export const policyKeys = {
  all: ['policy'] as const,
  current: () => [...policyKeys.all, 'current'] as const,
};

/**
 * `GET /policy`: response targets, attachment limits and the other channels. It changes rarely,
 * so one fetch per mount is enough; every feature reads it through this one query.
 */
export function policyQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: policyKeys.current(),
    queryFn: ({ signal }) => api.getPolicy({ signal }),
    staleTime: 30 * 60 * 1000,
  });
}

export function usePolicy() {
  return useQuery(policyQueryOptions(useApiClient()));
}
