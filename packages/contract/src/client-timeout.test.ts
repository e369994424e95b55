import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultClientTimeouts, FetchApiClient, type UploadXhr } from './client';
import { ApiError, isApiError, NetworkError, TimeoutError } from './errors';
import { createTicketBodySchema } from './schemas';
import { createTicketBodyExamples, policyExample } from './testing/examples';

const base = 'https://cabinet.example.test/api/seller-support/v1';
const key = '4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e';

/** A server that takes every request and never answers, not even when the request is aborted. */
function stalledFetch() {
  const signals: AbortSignal[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>((_input, init) => {
    if (init?.signal) signals.push(init.signal);
    return new Promise<Response>(() => undefined);
  });
  return { fetch, signals };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** An `XMLHttpRequest` that sends and never hears back; aborting it reports the abort, as a browser does. */
class SilentXhr implements UploadXhr {
  readonly upload: UploadXhr['upload'] = { onprogress: null };
  onload: UploadXhr['onload'] = null;
  onerror: UploadXhr['onerror'] = null;
  onabort: UploadXhr['onabort'] = null;
  readonly status = 0;
  readonly responseText = '';
  aborted = false;
  open(): void {}
  setRequestHeader(): void {}
  getAllResponseHeaders(): string {
    return '';
  }
  send(): void {}
  abort(): void {
    this.aborted = true;
    this.onabort?.({ lengthComputable: false, loaded: 0, total: 0 });
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FetchApiClient time limits', () => {
  it('gives a stalled request up after the default limit with a TimeoutError, and aborts it', async () => {
    vi.useFakeTimers();
    const { fetch, signals } = stalledFetch();
    const client = new FetchApiClient({ baseUrl: base, getAccessToken: () => 't', fetch });
    const settled = vi.fn();
    const result = rejection(client.getPolicy().finally(settled));

    await vi.advanceTimersByTimeAsync(defaultClientTimeouts.requestMs - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    const error = await result;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(isApiError(error) ? [error.kind, error.status] : error).toEqual(['timeout', 0]);
    expect(error instanceof TimeoutError ? error.timeoutMs : null).toBe(defaultClientTimeouts.requestMs);
    // The connection is let go, not left open in the background.
    expect(signals[0]?.aborted).toBe(true);
  });

  it('takes its limits from the constructor, a longer one for uploads', async () => {
    vi.useFakeTimers();
    const { fetch } = stalledFetch();
    const client = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => 't',
      fetch,
      timeouts: { requestMs: 50, uploadMs: 500 },
    });
    const read = rejection(client.getPolicy());
    const upload = rejection(client.uploadAttachment(new Blob(['x']), { idempotencyKey: key }));
    const uploadSettled = vi.fn();
    void upload.then(uploadSettled);

    await vi.advanceTimersByTimeAsync(50);
    expect(await read).toBeInstanceOf(TimeoutError);
    expect(uploadSettled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(450);
    const error = await upload;
    expect(error instanceof TimeoutError ? error.timeoutMs : error).toBe(500);
  });

  it('times out an upload with progress too, aborting its XMLHttpRequest', async () => {
    vi.useFakeTimers();
    const xhr = new SilentXhr();
    const client = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => 't',
      createXhr: () => xhr,
      timeouts: { uploadMs: 100 },
    });
    const upload = rejection(
      client.uploadAttachment(new Blob(['x']), { idempotencyKey: key, onProgress: () => undefined }),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(await upload).toBeInstanceOf(TimeoutError);
    expect(xhr.aborted).toBe(true);
  });

  it('counts the whole answer: a body that stops half-way times out as well', async () => {
    vi.useFakeTimers();
    const client = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => 't',
      timeouts: { requestMs: 100 },
      fetch: () =>
        Promise.resolve(
          new Response(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"items":'));
              },
            }),
            { status: 200 },
          ),
        ),
    });
    const result = rejection(client.listTickets());
    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toBeInstanceOf(TimeoutError);
  });

  it('counts a token getter that never answers', async () => {
    vi.useFakeTimers();
    const { fetch } = stalledFetch();
    const client = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => new Promise<string>(() => undefined),
      fetch,
      timeouts: { requestMs: 100 },
    });
    const result = rejection(client.getContext());
    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toBeInstanceOf(TimeoutError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lets one call set its own limit', async () => {
    vi.useFakeTimers();
    const { fetch } = stalledFetch();
    const client = new FetchApiClient({ baseUrl: base, getAccessToken: () => 't', fetch });
    const result = rejection(
      client.createTicket(createTicketBodySchema.parse(createTicketBodyExamples.orders), {
        idempotencyKey: key,
        timeoutMs: 30,
      }),
    );
    await vi.advanceTimersByTimeAsync(30);
    const error = await result;
    expect(error instanceof TimeoutError ? error.timeoutMs : error).toBe(30);
  });

  it("lets the caller's abort through as its own reason, even when fetch ignores the signal", async () => {
    const { fetch } = stalledFetch();
    const client = new FetchApiClient({ baseUrl: base, getAccessToken: () => 't', fetch });
    const controller = new AbortController();
    const result = rejection(client.getPolicy({ signal: controller.signal }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    controller.abort();
    const error = await result;
    expect(error instanceof Error ? error.name : error).toBe('AbortError');
    expect(isApiError(error)).toBe(false);
  });

  it('waits for ever when told to, and leaves no timer behind an answer', async () => {
    vi.useFakeTimers();
    const lateMs = defaultClientTimeouts.requestMs + 5_000;
    const slowFetch: typeof fetch = () =>
      new Promise((resolve) => setTimeout(() => resolve(Response.json(policyExample)), lateMs));
    const patient = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => 't',
      timeouts: { requestMs: Infinity },
      fetch: slowFetch,
    });
    const hasty = new FetchApiClient({ baseUrl: base, getAccessToken: () => 't', fetch: slowFetch });
    const late = patient.getPolicy();
    const given = rejection(hasty.getPolicy());

    await vi.advanceTimersByTimeAsync(lateMs);
    await expect(late).resolves.toEqual(policyExample);
    expect(await given).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a limit that is not a positive number', () => {
    for (const requestMs of [0, -1, Number.NaN]) {
      expect(
        () => new FetchApiClient({ baseUrl: base, getAccessToken: () => 't', timeouts: { requestMs } }),
      ).toThrow(/timeouts\.requestMs/);
    }
  });
});
