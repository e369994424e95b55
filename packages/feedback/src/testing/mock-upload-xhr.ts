import type { FetchApiClientOptions } from '@seller-support/contract';
import { getResponse, type RequestHandler } from 'msw';

// The contract's index does not export these names (yet); they are reached through the option.
type CreateXhr = NonNullable<FetchApiClientOptions['createXhr']>;
type UploadXhr = ReturnType<CreateXhr>;
type UploadProgressEvent = Parameters<NonNullable<UploadXhr['onload']>>[0];

function progressEvent(loaded: number, total: number): UploadProgressEvent {
  return { lengthComputable: true, loaded, total };
}

/**
 * An `XMLHttpRequest` answered by MSW request handlers in the page, like `createMockFetch` for
 * `fetch`: tests run without a service worker, and only a service worker would see a real XHR.
 * The request goes to the same handlers as a `fetch` would; the body's progress is reported in
 * `progressSteps` equal steps before the answer, and `abort()` works until the answer is given.
 */
export function createMockXhr(
  handlers: readonly RequestHandler[],
  {
    progressSteps = 4,
    stepDelayMs = 0,
  }: { progressSteps?: number | undefined; stepDelayMs?: number | undefined } = {},
): CreateXhr {
  return () => new MockUploadXhr(handlers, progressSteps, stepDelayMs);
}

class MockUploadXhr implements UploadXhr {
  readonly upload: UploadXhr['upload'] = { onprogress: null };
  onload: UploadXhr['onload'] = null;
  onerror: UploadXhr['onerror'] = null;
  onabort: UploadXhr['onabort'] = null;
  status = 0;
  responseText = '';
  readonly #handlers: readonly RequestHandler[];
  readonly #progressSteps: number;
  readonly #stepDelayMs: number;
  readonly #headers = new Headers();
  #method = 'GET';
  #url = '';
  #responseHeaders = '';
  #done = false;

  constructor(handlers: readonly RequestHandler[], progressSteps: number, stepDelayMs: number) {
    this.#handlers = handlers;
    this.#progressSteps = progressSteps;
    this.#stepDelayMs = stepDelayMs;
  }

  open(method: string, url: string): void {
    this.#method = method;
    this.#url = new URL(url, location.href).href;
  }

  setRequestHeader(name: string, value: string): void {
    this.#headers.set(name, value);
  }

  getAllResponseHeaders(): string {
    return this.#responseHeaders;
  }

  send(body: FormData): void {
    void this.#exchange(body);
  }

  abort(): void {
    if (this.#done) return;
    this.#done = true;
    this.onabort?.(progressEvent(0, 0));
  }

  async #exchange(body: FormData): Promise<void> {
    const request = new Request(this.#url, { method: this.#method, headers: this.#headers, body });
    const total = (await request.clone().arrayBuffer()).byteLength;
    for (let step = 1; step <= this.#progressSteps; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, this.#stepDelayMs));
      if (this.#done) return;
      this.upload.onprogress?.(progressEvent(Math.round((total * step) / this.#progressSteps), total));
    }
    const response = await getResponse([...this.#handlers], request);
    if (this.#done) return;
    this.#done = true;
    if (response === undefined) {
      reportError(new Error(`Unhandled request in test: ${request.method} ${request.url}`));
      this.onerror?.(progressEvent(0, 0));
      return;
    }
    if (response.type === 'error') {
      this.onerror?.(progressEvent(0, 0));
      return;
    }
    this.status = response.status;
    this.responseText = await response.text();
    this.#responseHeaders = [...response.headers].map(([name, value]) => `${name}: ${value}\r\n`).join('');
    this.onload?.(progressEvent(total, total));
  }
}
