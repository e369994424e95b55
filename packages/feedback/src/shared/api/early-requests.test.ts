import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithEarlyAnswers, sendEarlyRequests } from './early-requests';

const accept = 'application/json, application/problem+json';
const call = (token: string, init: RequestInit = {}) => ({
  method: 'GET',
  headers: new Headers({ Accept: accept, Authorization: `Bearer ${token}` }),
  ...init,
});

/** A network that answers every request with its own URL and counts what it was asked. */
function stubNetwork() {
  const asked: { url: string; authorization: string | null }[] = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    asked.push({ url: input, authorization: new Headers(init?.headers).get('Authorization') });
    return Promise.resolve(new Response(JSON.stringify({ url: input })));
  });
  return asked;
}

/** Lets the token getter's promise and the sends after it run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('early requests', () => {
  it('answer the call that is the same request, once', async () => {
    const asked = stubNetwork();
    sendEarlyRequests('https://api.test/v1/', () => Promise.resolve('t1'), ['/context', '/policy']);
    await settle();
    expect(asked).toEqual([
      { url: 'https://api.test/v1/context', authorization: 'Bearer t1' },
      { url: 'https://api.test/v1/policy', authorization: 'Bearer t1' },
    ]);

    const first = await fetchWithEarlyAnswers('https://api.test/v1/context', call('t1'));
    await expect(first.json()).resolves.toEqual({ url: 'https://api.test/v1/context' });
    expect(asked).toHaveLength(2);
    // Taken: the same call again goes to the network.
    await fetchWithEarlyAnswers('https://api.test/v1/context', call('t1'));
    expect(asked).toHaveLength(3);
  });

  it('leave any other call to the network: another token, another method, another URL', async () => {
    const asked = stubNetwork();
    sendEarlyRequests('/api/v1', () => 't1', ['/policy']);
    await settle();
    await fetchWithEarlyAnswers('/api/v1/policy', call('t2'));
    await fetchWithEarlyAnswers('/api/v1/policy', call('t1', { method: 'POST', body: '{}' }));
    await fetchWithEarlyAnswers('/api/v1/policy?x=1', call('t1'));
    expect(asked.map(({ authorization }) => authorization)).toEqual([
      'Bearer t1',
      'Bearer t2',
      'Bearer t1',
      'Bearer t1',
    ]);
    // Still waiting for its own call.
    await fetchWithEarlyAnswers('/api/v1/policy', call('t1'));
    expect(asked).toHaveLength(4);
  });

  it('send nothing without a usable base URL or token', async () => {
    const asked = stubNetwork();
    sendEarlyRequests('javascript:alert(1)', () => 't', ['/context']);
    sendEarlyRequests('/api?x=1', () => 't', ['/context']);
    sendEarlyRequests('/api', 'not a function', ['/context']);
    sendEarlyRequests('/api', () => Promise.reject(new Error('signed out')), ['/context']);
    sendEarlyRequests('/api', () => 42, ['/context']);
    await settle();
    expect(asked).toEqual([]);
  });

  it("reject with the caller's reason when the caller aborts", async () => {
    stubNetwork();
    sendEarlyRequests('/api', () => 't', ['/context']);
    await settle();
    const controller = new AbortController();
    const reason = new Error('the screen went away');
    const answer = fetchWithEarlyAnswers('/api/context', call('t', { signal: controller.signal }));
    controller.abort(reason);
    await expect(answer).rejects.toBe(reason);
  });

  it('are given up when nobody asks for them within ten seconds', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', (_input: string, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    });
    sendEarlyRequests('/api', () => 't', ['/context']);
    await vi.advanceTimersByTimeAsync(0);
    expect(signals.map((signal) => signal.aborted)).toEqual([false]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
  });
});
