import { FetchApiClient } from '@seller-support/contract';
import { createMockApi, type MockApi } from '@seller-support/mocks';
import { focusManager, QueryClient, QueryObserver, useQueryClient } from '@tanstack/react-query';
import { getResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { unreadCountQueryOptions, useUnreadCount } from './unread-count';

/** What the app layer does with the count: here, print it, and refresh it on demand. */
function UnreadProbe() {
  const count = useUnreadCount();
  const queryClient = useQueryClient();
  return (
    <>
      <output aria-label="unread">{count === undefined ? 'unknown' : String(count)}</output>
      <button
        type="button"
        onClick={() => void queryClient.invalidateQueries({ queryKey: ticketKeys.unreadCount() })}
      >
        refresh
      </button>
    </>
  );
}

async function setup({ ignoresUnread = false }: { ignoresUnread?: boolean } = {}) {
  const mockApi: MockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const unreadParams: (string | null)[] = [];
  const handlers = [
    http.get(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
      const url = new URL(request.url);
      unreadParams.push(url.searchParams.get('unread'));
      if (!ignoresUnread) return undefined;
      url.searchParams.delete('unread');
      return getResponse(mockApi.handlers, new Request(url, { headers: request.headers }));
    }),
    ...mockApi.handlers,
  ];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(handlers),
  });
  await render(
    <ModuleHarness api={api}>
      <UnreadProbe />
    </ModuleHarness>,
  );
  return { store: mockApi.store, unreadParams };
}

const shown = () => page.getByRole('status', { name: 'unread' });

describe('useUnreadCount', () => {
  it('is the number of requests with news, and follows the server when refreshed', async () => {
    const { store, unreadParams } = await setup();
    await expect.element(shown()).toHaveTextContent('3');
    expect(unreadParams).toEqual(['true']);

    const read = store.listTickets({ unread: true, limit: 1 }).items[0]!;
    store.markRead(read.id);
    await page.getByRole('button', { name: 'refresh' }).click();
    await expect.element(shown()).toHaveTextContent('2');
  });

  it('counts the requests with unread events itself when the server ignores `unread`', async () => {
    const { store } = await setup({ ignoresUnread: true });
    await expect.element(shown()).toHaveTextContent('3');
    const newest = store.listTickets({ limit: 1 }).items[0]!;
    expect(newest.unread).toBe(0);
    store.addModeratorEvent(newest.id, { kind: 'step', text: 'Запросили данные у перевозчика' });
    await page.getByRole('button', { name: 'refresh' }).click();
    await expect.element(shown()).toHaveTextContent('4');
  });
});

// TanStack Query polls only in a browser (never on a server), so this runs here rather than in node.
describe('unreadCountQueryOptions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls every minute while answers come, and backs off while the server fails', async () => {
    vi.useFakeTimers();
    const mockApi = createMockApi({
      baseUrl: mockApiBaseUrl,
      scenario: { failures: { listTickets: { status: 503, times: 2 } } },
    });
    const api = new FetchApiClient({
      baseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      fetch: createMockFetch(mockApi.handlers),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const observer = new QueryObserver(client, unreadCountQueryOptions(api));
    const stop = observer.subscribe(() => undefined);
    const callsAt = async (seconds: number) => {
      await vi.advanceTimersByTimeAsync(seconds * 1000 - Date.now() + start);
      return mockApi.scenario.calls('listTickets');
    };
    const start = Date.now();

    expect(await callsAt(0)).toBe(1); // fails: the next try in 2 minutes, not 1
    expect(await callsAt(119)).toBe(1);
    expect(await callsAt(120)).toBe(2); // fails again: 4 minutes
    expect(await callsAt(359)).toBe(2);
    expect(await callsAt(360)).toBe(3); // answers: back to every minute
    expect(observer.getCurrentResult().data).toBe(3);
    expect(await callsAt(419)).toBe(3);
    expect(await callsAt(420)).toBe(4);
    // A tab in the background asks nothing.
    focusManager.setFocused(false);
    expect(await callsAt(900)).toBe(4);
    focusManager.setFocused(undefined);
    stop();
  });
});
