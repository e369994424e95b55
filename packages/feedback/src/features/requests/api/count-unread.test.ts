import { FetchApiClient, ticketPageSchema } from '@seller-support/contract';
import { createMockApi, type MockApi } from '@seller-support/mocks';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fetchUnreadCount, maxUnreadPages, unreadProbeLimit } from './count-unread';

const baseUrl = 'http://localhost/api/seller-support/v1';

interface ServerQuirks {
  /** A server built against the original contract: `unread` is not a filter it knows. */
  ignoresUnread?: boolean;
  /** A server that cannot count cheaply: no `total`. */
  noTotal?: boolean;
}

/** A client over the shared mocks, recording every request, with the quirks of another server. */
function setup(quirks: ServerQuirks = {}, mockApi: MockApi = createMockApi({ baseUrl })) {
  const requests: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    requests.push(new URL(url));
    if (quirks.ignoresUnread === true) url.searchParams.delete('unread');
    const response = await getResponse(mockApi.handlers, new Request(url, { headers: request.headers }));
    if (response === undefined) throw new TypeError(`Unhandled request ${url.href}`);
    if (quirks.noTotal !== true) return response;
    const { items, nextCursor } = ticketPageSchema.parse(await response.json());
    return Response.json({ items, nextCursor }, { status: response.status });
  };
  const api = new FetchApiClient({ baseUrl, getAccessToken: () => 'test-token', fetch });
  return { api, requests, store: mockApi.store };
}

/** Every request in the store, newest activity first. */
function allTickets(store: MockApi['store']) {
  const tickets = [];
  let cursor: string | undefined;
  do {
    const page = store.listTickets({ limit: 100, ...(cursor === undefined ? {} : { cursor }) });
    tickets.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return tickets;
}

/** What the count must be: the store's own tally. */
function unreadInStore({ store }: { store: MockApi['store'] }): number {
  return allTickets(store).filter((ticket) => ticket.unread > 0).length;
}

/** Gives `count` of the seller's requests a moderator's step each, so they count as unread. */
function replyTo(store: MockApi['store'], count: number) {
  for (const ticket of allTickets(store).slice(0, count)) {
    store.addModeratorEvent(ticket.id, { kind: 'step', text: 'Проверили данные' });
  }
}

describe('fetchUnreadCount', () => {
  it('asks for unread requests once and uses the page when the server filters', async () => {
    const { api, requests, store } = setup();
    const expected = unreadInStore({ store });
    expect(expected).toBe(3);
    await expect(fetchUnreadCount(api)).resolves.toBe(expected);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.searchParams.get('unread')).toBe('true');
    expect(requests[0]?.searchParams.get('limit')).toBe(String(unreadProbeLimit));
  });

  it('uses `total` when the unread requests do not fit on the first page', async () => {
    const mockApi = createMockApi({ baseUrl, dataset: { tickets: 60 } });
    replyTo(mockApi.store, 45);
    const { api, requests } = setup({}, mockApi);
    await expect(fetchUnreadCount(api)).resolves.toBe(45);
    expect(requests).toHaveLength(1);
  });

  it('counts page by page when the server gives no total', async () => {
    const mockApi = createMockApi({ baseUrl, dataset: { tickets: 200 } });
    replyTo(mockApi.store, 150);
    const { api, requests } = setup({ noTotal: true }, mockApi);
    await expect(fetchUnreadCount(api)).resolves.toBe(150);
    // 20 on the probe, then 100 a page.
    expect(requests.map((url) => url.searchParams.get('limit'))).toEqual(['20', '100', '100']);
    expect(requests.every((url) => url.searchParams.get('unread') === 'true')).toBe(true);
  });

  it('counts only the requests with unread events when the server ignores `unread` (with a total)', async () => {
    const mockApi = createMockApi({ baseUrl, dataset: { tickets: 60 } });
    const { api, store } = setup({ ignoresUnread: true }, mockApi);
    // The newest request has news: a probe of one item would have trusted the total of all 60.
    expect(store.listTickets({ limit: 1 }).items[0]?.unread).toBe(0);
    replyTo(store, 1);
    expect(store.listTickets({ limit: 1 }).items[0]?.unread).toBeGreaterThan(0);
    await expect(fetchUnreadCount(api)).resolves.toBe(unreadInStore({ store }));
    expect(unreadInStore({ store })).toBe(4);
  });

  it('counts only the requests with unread events when the server ignores `unread` and gives no total', async () => {
    const { api, store } = setup({ ignoresUnread: true, noTotal: true });
    await expect(fetchUnreadCount(api)).resolves.toBe(3);
    store.markRead(store.listTickets({ unread: true, limit: 1 }).items[0]!.id);
    await expect(fetchUnreadCount(api)).resolves.toBe(2);
  });

  it('stops after a bounded number of pages', async () => {
    const mockApi = createMockApi({ baseUrl, dataset: { tickets: 1200 } });
    replyTo(mockApi.store, 1200);
    const { api, requests } = setup({ noTotal: true }, mockApi);
    const count = await fetchUnreadCount(api);
    expect(requests).toHaveLength(maxUnreadPages);
    expect(count).toBe(unreadProbeLimit + (maxUnreadPages - 1) * 100);
  });

  it('says zero when nothing is unread', async () => {
    const { api, store } = setup({ ignoresUnread: true });
    for (const ticket of store.listTickets({ unread: true }).items) store.markRead(ticket.id);
    await expect(fetchUnreadCount(api)).resolves.toBe(0);
  });
});
