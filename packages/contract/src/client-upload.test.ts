import { describe, expect, it, vi } from 'vitest';
import { FetchApiClient, type UploadProgressEvent, type UploadXhr } from './client';
import {
  MalformedResponseError,
  NetworkError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  UnsupportedMediaTypeError,
} from './errors';
import { attachmentExample } from './testing/examples';

const base = 'https://cabinet.example.test/api/seller-support/v1';
const key = '4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e';

function progressEvent(loaded: number, total: number, lengthComputable = true): UploadProgressEvent {
  return { loaded, total, lengthComputable };
}

/** An `XMLHttpRequest` stand-in: records what the client sent; the test plays the server. */
class FakeXhr implements UploadXhr {
  readonly upload: UploadXhr['upload'] = { onprogress: null };
  onload: UploadXhr['onload'] = null;
  onerror: UploadXhr['onerror'] = null;
  onabort: UploadXhr['onabort'] = null;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  readonly headers = new Map<string, string>();
  body: FormData | null = null;
  aborted = false;
  #responseHeaders = '';

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers.set(name.toLowerCase(), value);
  }
  getAllResponseHeaders(): string {
    return this.#responseHeaders;
  }
  send(body: FormData): void {
    this.body = body;
  }
  abort(): void {
    this.aborted = true;
    this.onabort?.(progressEvent(0, 0, false));
  }

  // The server's side.
  progress(loaded: number, total: number, lengthComputable = true): void {
    this.upload.onprogress?.(progressEvent(loaded, total, lengthComputable));
  }
  respond(status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.#responseHeaders = Object.entries({ 'content-type': 'application/json', ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    this.onload?.(progressEvent(1, 1));
  }
  fail(): void {
    this.onerror?.(progressEvent(0, 0, false));
  }
}

function setup(getAccessToken: () => string | Promise<string> = () => 'token-1') {
  const xhrs: FakeXhr[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>();
  const client = new FetchApiClient({
    baseUrl: base,
    getAccessToken,
    fetch,
    createXhr: () => {
      const xhr = new FakeXhr();
      xhrs.push(xhr);
      return xhr;
    },
  });
  /** The one request sent, once the token has been fetched and the XHR opened. */
  const sent = async (): Promise<FakeXhr> => {
    await vi.waitFor(() => expect(xhrs[0]?.body ?? null).not.toBeNull());
    expect(xhrs).toHaveLength(1);
    const [xhr] = xhrs;
    if (xhr === undefined) throw new Error('no request');
    return xhr;
  };
  return { client, fetch, xhrs, sent };
}

const photo = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'фото.png', { type: 'image/png' });

describe('FetchApiClient.uploadAttachment with progress', () => {
  it('posts the multipart file through XMLHttpRequest with the token and idempotency key', async () => {
    const { client, fetch, sent } = setup();
    const onProgress = vi.fn();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress });

    const xhr = await sent();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`${base}/attachments`);
    expect(xhr.headers.get('authorization')).toBe('Bearer token-1');
    expect(xhr.headers.get('idempotency-key')).toBe(key);
    expect(xhr.headers.get('accept')).toContain('application/json');
    // XHR writes multipart/form-data with its boundary itself.
    expect(xhr.headers.has('content-type')).toBe(false);
    const part = xhr.body?.get('file');
    expect(part).toBeInstanceOf(File);
    expect(part instanceof File ? part.name : null).toBe('фото.png');
    expect(fetch).not.toHaveBeenCalled();

    xhr.respond(201, attachmentExample);
    await expect(result).resolves.toEqual(attachmentExample);
  });

  it('sends no control characters in the file name of the part', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const named = (name: string) => new File([bytes], name, { type: 'image/png' });
    const fileName = async (name: string) => {
      const { client, sent } = setup();
      void client.uploadAttachment(named(name), { idempotencyKey: key, onProgress: vi.fn() });
      const xhr = await sent();
      const part = xhr.body?.get('file');
      return part instanceof File ? part.name : null;
    };
    expect(await fileName('счёт\u0007\u0000.png')).toBe('счёт.png');
    expect(await fileName('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
  });

  it('names a part "file" when nothing of its name is left', async () => {
    const { client, sent } = setup();
    void client.uploadAttachment(new File([new Uint8Array([1])], '\u0007\u202E', { type: 'image/png' }), {
      idempotencyKey: key,
      onProgress: vi.fn(),
    });
    const part = (await sent()).body?.get('file');
    expect(part instanceof File ? part.name : null).toBe('file');
  });

  it('reports the bytes sent as they go, and skips progress without a known length', async () => {
    const { client, sent } = setup();
    const onProgress = vi.fn();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress });
    const xhr = await sent();

    xhr.progress(100, 400);
    xhr.progress(5, 0, false);
    xhr.progress(400, 400);
    xhr.respond(201, attachmentExample);
    await result;
    expect(onProgress.mock.calls).toEqual([
      [100, 400],
      [400, 400],
    ]);
  });

  it('uses fetch, not XMLHttpRequest, when nobody listens to progress', async () => {
    const { client, fetch, xhrs } = setup();
    fetch.mockResolvedValue(new Response(JSON.stringify(attachmentExample), { status: 201 }));
    await expect(client.uploadAttachment(photo(), { idempotencyKey: key })).resolves.toEqual(
      attachmentExample,
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(xhrs).toHaveLength(0);
  });

  it.each([
    [413, PayloadTooLargeError],
    [415, UnsupportedMediaTypeError],
    [503, ServerError],
  ])('maps a %i answer to its typed error, as fetch calls do', async (status, ErrorClass) => {
    const { client, sent } = setup();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress: vi.fn() });
    (await sent()).respond(
      status,
      { type: 'about:blank', title: 'Refused', status, detail: 'No.' },
      { 'content-type': 'application/problem+json' },
    );
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, problem: { detail: 'No.' } });
  });

  it('reads Retry-After of a 429 from the XHR response headers', async () => {
    const { client, sent } = setup();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress: vi.fn() });
    (await sent()).respond(429, '', { 'Retry-After': '42' });
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 42 });
  });

  it('refuses a 2xx body the contract does not accept', async () => {
    const { client, sent } = setup();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress: vi.fn() });
    (await sent()).respond(201, { id: 42 });
    await expect(result).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('rejects with NetworkError when the request fails', async () => {
    const { client, sent } = setup();
    const result = client.uploadAttachment(photo(), { idempotencyKey: key, onProgress: vi.fn() });
    (await sent()).fail();
    await expect(result).rejects.toBeInstanceOf(NetworkError);
  });

  it('aborts the request with the signal and rejects with its reason, not an ApiError', async () => {
    const { client, sent } = setup();
    const controller = new AbortController();
    const result = client.uploadAttachment(photo(), {
      idempotencyKey: key,
      signal: controller.signal,
      onProgress: vi.fn(),
    });
    const xhr = await sent();
    controller.abort();
    expect(xhr.aborted).toBe(true);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends nothing when the signal is aborted already or the idempotency key is bad', async () => {
    const { client, xhrs } = setup();
    await expect(
      client.uploadAttachment(photo(), {
        idempotencyKey: key,
        signal: AbortSignal.abort(),
        onProgress: vi.fn(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await expect(
      client.uploadAttachment(photo(), { idempotencyKey: 'not a key', onProgress: vi.fn() }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(xhrs).toHaveLength(0);
  });

  it('leaves no listener on the signal once the upload is over', async () => {
    const { client, sent } = setup();
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const result = client.uploadAttachment(photo(), {
      idempotencyKey: key,
      signal: controller.signal,
      onProgress: vi.fn(),
    });
    const xhr = await sent();
    xhr.respond(201, attachmentExample);
    await result;
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
    controller.abort();
    expect(xhr.aborted).toBe(false);
  });
});
