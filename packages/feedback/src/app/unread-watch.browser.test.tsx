import { createMockApi, type ScenarioOptions } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { unreadRefreshMs } from '../features/requests/api/count-unread';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';
import { watchUnreadCount } from './unread-watch';

const stops: (() => void)[] = [];
/** The signal of every request the watcher made, in order. */
let signals: (AbortSignal | null | undefined)[] = [];
/** The page's (fake) `setTimeout`, watched: the watcher sets it for its next round. */
let timeouts: MockInstance<typeof setTimeout>;

/** The watcher as a host page starts it, on the mock API through the page's own `fetch`. */
function watch(scenario: ScenarioOptions = {}) {
  const api = createMockApi({ baseUrl: mockApiBaseUrl, scenario });
  const mockFetch = createMockFetch(api.handlers);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    // The live stream is live-updates.browser.test.tsx's subject: here it never answers, so its
    // timers do not pass for the watcher's rounds.
    if (typeof input === 'string' && input.endsWith(`${mockApiBaseUrl}/events`)) {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    signals.push(init?.signal);
    return mockFetch(input, init);
  });
  const onChange = vi.fn<(count: number) => void>();
  const onSessionExpired = vi.fn();
  const getAccessToken = vi.fn(() => 'demo-token');
  const stop = watchUnreadCount({ apiBaseUrl: mockApiBaseUrl, getAccessToken, onChange, onSessionExpired });
  stops.push(stop);
  const unreadNow = () => api.store.listTickets({ limit: 100 }).items.filter(({ unread }) => unread > 0);
  return { ...api, onChange, onSessionExpired, getAccessToken, stop, unreadNow };
}

/**
 * The waits the watcher has set before its next round, in order: a round is over when it has set
 * one. A request's own time limit is a timer too, but shorter than any of these.
 */
const nextRounds = () =>
  timeouts.mock.calls.map(([, delay]) => delay ?? 0).filter((delay) => delay >= unreadRefreshMs);

/**
 * Moves the clock `ms` on, then waits until the watcher has finished `rounds` rounds in all: the
 * browser reads the mock's answers in real time, which fake timers cannot hurry.
 */
async function pass(ms: number, rounds: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await expect.poll(() => nextRounds().length).toBe(rounds);
}

describe('watchUnreadCount', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    signals = [];
    timeouts = vi.spyOn(globalThis, 'setTimeout');
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    // Before the real timers come back: restoring later would put the fake one back.
    timeouts.mockRestore();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('tells the count once known, then again only when it changes', async () => {
    const { onChange, store, scenario, unreadNow } = watch();
    await pass(0, 1);
    const unread = unreadNow();
    expect(unread.length).toBeGreaterThan(1);
    expect(onChange.mock.calls).toEqual([[unread.length]]);

    await pass(unreadRefreshMs, 2);
    expect(scenario.calls('listTickets')).toBe(2);
    expect(onChange).toHaveBeenCalledOnce();

    store.markRead(unread[0]?.id ?? '');
    await pass(unreadRefreshMs, 3);
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
    await pass(0, 1);
    expect(scenario.calls('listTickets')).toBe(1);
    expect(onChange).toHaveBeenCalledWith(unreadNow().length);
  });

  it('stops: no more requests, and the answer to one in flight goes nowhere', async () => {
    const { onChange, scenario, stop } = watch({ latency: 1_000 });
    // The first request is on its way (the mock answers after a second).
    await expect.poll(() => signals.length).toBe(1);
    stop();
    // Cancelled at once, so its answer cannot reach the seller's badge however late it comes.
    expect(signals[0]?.aborted).toBe(true);
    // Ten rounds' time, the mock's late answer included: nothing is left to run, nothing asked again.
    await vi.advanceTimersByTimeAsync(unreadRefreshMs * 10);
    expect(vi.getTimerCount()).toBe(0);
    expect(signals).toHaveLength(1);
    expect(scenario.calls('listTickets')).toBeLessThanOrEqual(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a refused token is asked for again once; refused again, the host hears it once and the wait grows', async () => {
    const { onSessionExpired, getAccessToken, scenario, onChange } = watch({
      failures: { listTickets: { status: 401, times: 100 } },
    });
    await pass(0, 1);
    // Twice for the count, and once for the live stream's discovery once its code has loaded.
    await expect.poll(() => getAccessToken.mock.calls.length).toBe(3);
    expect(scenario.calls('listTickets')).toBe(2);
    expect(onSessionExpired).toHaveBeenCalledOnce();
    expect(onChange).not.toHaveBeenCalled();

    // After one failed round the next comes in two minutes, not one; then four.
    expect(nextRounds()).toEqual([2 * unreadRefreshMs]);
    await pass(2 * unreadRefreshMs, 2);
    expect(scenario.calls('listTickets')).toBe(4);
    expect(nextRounds()).toEqual([2 * unreadRefreshMs, 4 * unreadRefreshMs]);
    await pass(4 * unreadRefreshMs, 3);
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
