import { FetchApiClient } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from '../../../testing/mock-fetch';
import { orderQueryOptions } from './get-order';
import { orderKeys, ordersInfiniteQueryOptions, type OrderListFilters } from './list-orders';

const baseUrl = 'http://localhost/api/seller-support/v1';

/** A query client over the mock API that records every `GET /orders` (its query string) it sends. */
function setup() {
  const mock = createMockApi({ baseUrl });
  const answer = createMockFetch(mock.handlers);
  const asked: string[] = [];
  const api = new FetchApiClient({
    baseUrl,
    getAccessToken: () => 'demo-token',
    fetch: (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (url.pathname.endsWith('/orders')) asked.push(decodeURIComponent(url.search));
      return answer(request);
    },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  const list = (filters: OrderListFilters) => client.infiniteQuery(ordersInfiniteQueryOptions(api, filters));
  return { api, client, asked, list, store: mock.store };
}

describe('the order list cache', () => {
  it('asks the server once for one search, however it is spelt', async () => {
    const { list, asked } = setup();
    await list({ query: '  чайник ', status: ['shipped', 'delivered', 'shipped'] });
    await list({ query: 'чайник', status: ['delivered', 'shipped'] });
    await list({ query: 'чайник', status: ['delivered', 'shipped'], from: '', to: '' });
    expect(asked).toEqual(['?query=чайник&status=delivered&status=shipped&limit=50']);

    // Blank text and no statuses are no filter at all.
    await list({ query: '   ', status: [] });
    await list({});
    expect(asked.slice(1)).toEqual(['?limit=50']);
  });

  it('asks again for another search, and invalidating the orders reaches every list and order', async () => {
    const { api, client, list, asked, store } = setup();
    const from = '2026-11-01T00:00:00+03:00';
    await list({ from });
    await list({ to: from });
    await list({ status: ['in_transit'] });
    expect(asked).toHaveLength(3);
    const id = store.listOrders({ limit: 1 }).items[0]?.id ?? '';
    await client.query(orderQueryOptions(api, id));

    await client.invalidateQueries({ queryKey: orderKeys.all });
    const cached = client.getQueryCache().findAll({ queryKey: orderKeys.all });
    expect(cached).toHaveLength(4);
    expect(cached.every((query) => query.isStale())).toBe(true);
  });
});
