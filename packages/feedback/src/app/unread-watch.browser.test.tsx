import { createMockApi, type ScenarioOptions } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unreadRefreshMs } from '../features/requests/api/count-unread';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';
import { watchUnreadCount } from './unread-watch';

const stops: (() => void)[] = [];
/** Requests whose answer has not been read to the end yet. */
let inFlight = 0;

/** The watcher as a host page starts it, on the mock API through the page's own `fetch`. */
function watch(scenario: ScenarioOptions = {}) {
  const api = createMockApi({ baseUrl: mockApiBaseUrl, scenario });
  const mockFetch = createMockFetch(api.handlers);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    inFlight += 1;
    try {
      // Read here, so "answered" means the whole body has arrived.
      const response = await mockFetch(input, init);
      const body = await response.text();
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      inFlight -= 1;
    }
  });
  const onChange = vi.fn<(count: number) => void>();
  const onSessionExpired = vi.fn();
  const getAccessToken = vi.fn(() => 'demo-token');
  const stop = watchUnreadCount({ apiBaseUrl: mockApiBaseUrl, getAccessToken, onChange, onSessionExpired });
  stops.push(stop);
  const unreadNow = () => api.store.listTickets({ limit: 100 }).items.filter(({ unread }) => unread > 0);
  return { ...api, onChange, onSessionExpired, getAccessToken, stop, unreadNow };
}

const realSetTimeout = globalThis.setTimeout;

/**
 * Moves the clock `ms` on, then lets the requests it started finish: the browser reads the mock's
 * responses in real time, which fake timers cannot hurry. A round is over when its answers are in
 * and it has set the timer for the next one (a request has a timer too, its time limit, so the
 * count alone cannot tell); it must hold for two looks in a row, as the answer is parsed after.
 */
async function pass(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  const settled = () => inFlight === 0 && vi.getTimerCount() > 0;
  for (let waited = 0, calm = 0; calm < 2 && waited < 3_000; waited += 10) {
    await new Promise((resolve) => realSetTimeout(resolve, 10));
    calm = settled() ? calm + 1 : 0;
  }
}

describe('watchUnreadCount', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    inFlight = 0;
    for (const stop of stops.splice(0)) stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('tells the count once known, then again only when it changes', async () => {
    const { onChange, store, scenario, unreadNow } = watch();
    await pass(0);
    const unread = unreadNow();
    expect(unread.length).toBeGreaterThan(1);
    expect(onChange.mock.calls).toEqual([[unread.length]]);

    await pass(unreadRefreshMs);
    expect(scenario.calls('listTickets')).toBe(2);
    expect(onChange).toHaveBeenCalledOnce();

    store.markRead(unread[0]?.id ?? '');
    await pass(unreadRefreshMs);
    expect(onChange.mock.calls).toEqual([[unread.length], [unread.length - 1]]);
  });

  it('asks nothing while the page is hidden, and asks at once when it is shown', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { onChange, scenario, unreadNow } = watch();
    // Hidden, it sets no timer either: nothing to wait for.
    await vi.advanceTimersByTimeAsync(unreadRefreshMs * 3);
    expect(vi.getTimerCount()).toBe(0);
    expect(scenario.calls('listTickets')).toBe(0);
    expect(onChange).not.toHaveBeenCalled();

    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await pass(0);
    expect(scenario.calls('listTickets')).toBe(1);
    expect(onChange).toHaveBeenCalledWith(unreadNow().length);
  });

  it('stops: no more requests, and the answer to one in flight goes nowhere', async () => {
    const { onChange, scenario, stop } = watch({ latency: 1_000 });
    // The first request is on its way (the mock answers after a second).
    stop();
    await vi.advanceTimersByTimeAsync(unreadRefreshMs * 10);
    await new Promise((resolve) => realSetTimeout(resolve, 300));
    expect(vi.getTimerCount()).toBe(0);
    expect(scenario.calls('listTickets')).toBeLessThanOrEqual(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a refused token is asked for again once; refused again, the host hears it once and the wait grows', async () => {
    const { onSessionExpired, getAccessToken, scenario, onChange } = watch({
      failures: { listTickets: { status: 401, times: 100 } },
    });
    await pass(0);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(scenario.calls('listTickets')).toBe(2);
    expect(onSessionExpired).toHaveBeenCalledOnce();
    expect(onChange).not.toHaveBeenCalled();

    // After one failed round the next comes in two minutes, not one; then four.
    await pass(unreadRefreshMs);
    expect(scenario.calls('listTickets')).toBe(2);
    await pass(unreadRefreshMs);
    expect(scenario.calls('listTickets')).toBe(4);
    await pass(unreadRefreshMs * 3);
    expect(scenario.calls('listTickets')).toBe(4);
    await pass(unreadRefreshMs);
    expect(scenario.calls('listTickets')).toBe(6);
    // One burst: the host is not told again while nothing has succeeded since.
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('refuses wrong options, naming the one that is wrong', () => {
    const onChange = vi.fn();
    const getAccessToken = () => 'demo-token';
    for (const apiBaseUrl of ['support', '/api?seller=1']) {
      expect(() => watchUnreadCount({ apiBaseUrl, getAccessToken, onChange })).toThrow(
        `watchUnreadCount: apiBaseUrl must be an http(s) URL or a path starting with "/"`,
      );
    }
    // @ts-expect-error -- a host without types may pass anything
    expect(() => watchUnreadCount({ apiBaseUrl: 42, getAccessToken, onChange })).toThrow(
      'watchUnreadCount: apiBaseUrl must be',
    );
    expect(() =>
      // @ts-expect-error -- a host without types may pass anything
      watchUnreadCount({ apiBaseUrl: mockApiBaseUrl, getAccessToken, onChange: 'badge' }),
    ).toThrow('watchUnreadCount: onChange must be a function');
  });
});
