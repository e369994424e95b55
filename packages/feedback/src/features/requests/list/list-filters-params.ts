import { normalizeTicketFilters, type TicketListFilters } from '../api/list-tickets';

/**
 * The list's filters live in the module path's query (`/requests?status=new&topic=orders&q=…`),
 * so a link, a reload, and back from a request's page bring the same list. Values the contract does
 * not know are dropped.
 */
export function filtersFromParams(params: URLSearchParams): TicketListFilters {
  return normalizeTicketFilters({
    status: params.getAll('status'),
    topic: params.getAll('topic'),
    query: params.get('q') ?? '',
  });
}

/** The query of the list's path for these filters, in one spelling (contract order, no empties). */
export function paramsFromFilters(filters: TicketListFilters): URLSearchParams {
  const { status, topic, query } = normalizeTicketFilters(filters);
  const params = new URLSearchParams();
  for (const value of status) params.append('status', value);
  for (const value of topic) params.append('topic', value);
  if (query !== '') params.set('q', query);
  return params;
}

export function hasActiveFilters(filters: TicketListFilters): boolean {
  return filters.status.length > 0 || filters.topic.length > 0 || filters.query.trim() !== '';
}
