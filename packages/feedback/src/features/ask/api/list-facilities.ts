import type { ApiClient, FacilityType } from '@seller-support/contract';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';

/** Options shown at once; beyond that the seller narrows the search rather than scrolls. */
export const facilitiesPageSize = 20;

export interface FacilityListFilters {
  type?: FacilityType | undefined;
  query?: string | undefined;
}

function normalizeFacilityFilters(filters: FacilityListFilters) {
  const query = filters.query?.trim() ?? '';
  return { type: filters.type, query: query === '' ? undefined : query };
}

/** Query keys for marketplace facilities, from general to specific. */
export const facilityKeys = {
  all: ['facilities'] as const,
  lists: () => [...facilityKeys.all, 'list'] as const,
  list: (filters: FacilityListFilters) =>
    [...facilityKeys.lists(), normalizeFacilityFilters(filters)] as const,
};

/** `GET /facilities`: the first matches of a type and a text; the previous ones stay while typing. */
export function facilitiesQueryOptions(api: ApiClient, filters: FacilityListFilters) {
  const normalized = normalizeFacilityFilters(filters);
  return queryOptions({
    queryKey: facilityKeys.list(normalized),
    queryFn: ({ signal }) =>
      api.listFacilities(
        {
          ...(normalized.type === undefined ? {} : { type: normalized.type }),
          ...(normalized.query === undefined ? {} : { query: normalized.query }),
          limit: facilitiesPageSize,
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
    // Facilities change rarely; the same search a minute later need not reach the server.
    staleTime: 5 * 60 * 1000,
  });
}
