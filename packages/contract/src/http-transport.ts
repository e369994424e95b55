import type * as z from 'zod/mini';
import {
  ConflictError,
  errorFromResponse,
  MalformedResponseError,
  NetworkError,
  summarizeIssues,
  TimeoutError,
} from './errors';
import { idempotencyKeySchema } from './schemas/request-limits';

/** Options every client method takes last. */
export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason (an `AbortError`), never with an {@link ApiError}. */
  signal?: AbortSignal | undefined;
  /** This call's time limit in milliseconds, instead of the client's (see {@link ClientTimeouts}). */
  timeoutMs?: number | undefined;
}

/** Options of a `POST` that creates something. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Generated once per logical action (a UUID) and reused on every retry of it. */
  idempotencyKey: string;
}

/**
 * Options of a ticket action (offer decision, reopen, rating): safe to repeat without a key, and
 * with one the server applies the idempotency rules of a creating `POST`.
 */
export interface ActionRequestOptions extends RequestOptions {
  /** Generated once per logical action (a UUID) and reused on every retry of it. */
  idempotencyKey?: string | undefined;
}

/** A file to upload; `name` becomes the part's filename. */
export type UploadFile = Blob & { readonly name?: string | undefined };

/** Options of {@link ApiClient.uploadAttachment}. */
export interface UploadRequestOptions extends IdempotentRequestOptions {
  /**
   * Called as the request body goes out: bytes sent so far and the body's total (the multipart
   * framing included, so `total` is a little more than the file's size). Given this, the upload
   * goes through `XMLHttpRequest`, since `fetch` reports no upload progress.
   */
  onProgress?: ((loaded: number, total: number) => void) | undefined;
}

/** What {@link UploadXhr} reports progress and completion with: a `ProgressEvent`, as far as it is read. */
export interface UploadProgressEvent {
  readonly lengthComputable: boolean;
  readonly loaded: number;
  readonly total: number;
}

// Declared as a method so that the DOM's handler type (with the full ProgressEvent) fits it.
type UploadXhrHandler = { handle(event: UploadProgressEvent): void }['handle'] | null;

/**
 * The part of `XMLHttpRequest` an upload with progress uses: a real `XMLHttpRequest` is one, and
 * a test can hand the client a small fake.
 */
export interface UploadXhr {
  readonly upload: { onprogress: UploadXhrHandler };
  onload: UploadXhrHandler;
  onerror: UploadXhrHandler;
  onabort: UploadXhrHandler;
  readonly status: number;
  readonly responseText: string;
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getAllResponseHeaders(): string;
  send(body: FormData): void;
  abort(): void;
}

/**
 * How long a call may take before the client gives it up with a {@link TimeoutError}: from asking
 * for the token to the last byte of the answer, in milliseconds. `Infinity` waits for ever.
 */
export interface ClientTimeouts {
  /** Every call but uploads. */
  requestMs?: number | undefined;
  /** `POST /attachments`: a file of several megabytes on a slow connection takes a while. */
  uploadMs?: number | undefined;
}

/**
 * The limits a client has unless its constructor says otherwise: an answer that has not come in
 * 20 seconds is not coming (a screen shows an error with retry rather than loading for minutes),
 * and an upload gets three minutes, enough for the policy's largest file over a slow mobile link.
 */
export const defaultClientTimeouts = { requestMs: 20_000, uploadMs: 180_000 } as const;

/**
 * How a call with an idempotency key waits out a request with the same key still in progress (a
 * 409 with `Retry-After`): at most this many retries, each after the server's wait but no longer
 * than `maxWaitMs`, and all within the call's time limit.
 */
export const inProgressRetries = { attempts: 3, maxWaitMs: 5_000 } as const;

/** Resolves after `ms`, or sooner when the signal aborts (the caller checks which). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

// setTimeout fires at once for a delay above 2^31 − 1 ms; anything longer is "for ever" in practice.
const maxTimerMs = 2 ** 31 - 1;

function timeoutOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (Number.isNaN(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number of milliseconds or Infinity: ${String(value)}`);
  }
  return value;
}

/** Dependencies of {@link FetchApiClient}. */
export interface FetchApiClientOptions {
  /** An absolute URL (`https://api.example.com/seller-support/v1`) or an absolute path (`/api/seller-support/v1`). */
  baseUrl: string;
  /** Called before every request; the token is never kept. */
  getAccessToken: () => string | Promise<string>;
  /** Defaults to the global `fetch`, looked up at call time so that interceptors installed later (msw) apply. */
  fetch?: typeof fetch | undefined;
  /**
   * Makes the `XMLHttpRequest` of an upload with progress; defaults to `new XMLHttpRequest()`,
   * looked up at call time like `fetch`.
   */
  createXhr?: (() => UploadXhr) | undefined;
  /** Time limits of a call; each defaults to {@link defaultClientTimeouts}. */
  timeouts?: ClientTimeouts | undefined;
}

type QueryValue = string | number | boolean | readonly string[] | undefined;

/** Query values as the contract sends them: empty ones left out, arrays repeated. */
export function toSearchParams(query: Readonly<Record<string, QueryValue>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      params.append(name, String(value));
    else for (const item of value) params.append(name, item);
  }
  return params;
}

// Statuses whose response has no body: `new Response(text, { status })` refuses a body for them.
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** Header lines of `getAllResponseHeaders()` as `Headers`; a malformed line is skipped. */
function parseXhrHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header name the Fetch spec refuses tells the client nothing it needs.
    }
  }
  return headers;
}

/** What a call takes from the options every method has. */
/** The per-call options of a method as an {@link ApiCall}'s. */
export function perCall(options: RequestOptions | undefined): Pick<ApiCall, 'signal' | 'timeoutMs'> {
  return { signal: options?.signal, timeoutMs: options?.timeoutMs };
}

function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

/** One HTTP call of the contract, as {@link FetchTransport} sends it. */
export interface ApiCall {
  method: 'GET' | 'POST';
  path: string;
  query?: URLSearchParams | undefined;
  body?: { json: unknown } | { form: FormData } | undefined;
  idempotencyKey?: string | undefined;
  /** An `ETag` the server sent before: a 304 answer then means "unchanged" rather than an error. */
  ifNoneMatch?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/**
 * The answer to a conditional `GET`: `notModified` when the server answered 304 to the `ETag` it
 * was sent (what the client has is current), else the body as read and the answer's `ETag` (null
 * from a server that sends none).
 */
export type Revalidated<T> = { notModified: true } | { notModified: false; value: T; etag: string | null };

/**
 * The HTTP side of the client: base URL, token, time limits, errors and parsing, without any
 * endpoint. {@link FetchApiClient} is the API over it; code that needs one endpoint alone (the
 * unread count on a host's page) calls it through this, so a bundle carries only the schemas
 * that endpoint reads (see {@link listTicketsOver}).
 */
export class FetchTransport {
  readonly #baseUrl: string;
  readonly #getAccessToken: () => string | Promise<string>;
  readonly #fetch: typeof fetch;
  readonly #createXhr: () => UploadXhr;
  readonly #requestTimeoutMs: number;
  readonly #uploadTimeoutMs: number;

  constructor(options: FetchApiClientOptions) {
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    if (!/^(https?:\/\/[^/]|\/)/i.test(options.baseUrl) || /[?#]/.test(baseUrl)) {
      throw new TypeError(
        `baseUrl must be an absolute URL or an absolute path without query: "${options.baseUrl}"`,
      );
    }
    this.#baseUrl = baseUrl;
    this.#getAccessToken = options.getAccessToken;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#createXhr = options.createXhr ?? (() => new globalThis.XMLHttpRequest());
    this.#requestTimeoutMs = timeoutOption(
      'timeouts.requestMs',
      options.timeouts?.requestMs,
      defaultClientTimeouts.requestMs,
    );
    this.#uploadTimeoutMs = timeoutOption(
      'timeouts.uploadMs',
      options.timeouts?.uploadMs,
      defaultClientTimeouts.uploadMs,
    );
  }

  /** Sends the call and parses a 2xx body with `schema`, within the request time limit. */
  async json<S extends z.ZodMiniType>(schema: S, call: ApiCall): Promise<z.output<S>> {
    return this.#limited(call, this.#requestTimeoutMs, async (signal) =>
      this.#waitingOutInProgress(call, signal, async () =>
        this.#parse(schema, await this.#send(call, signal), signal),
      ),
    );
  }

  /**
   * Runs `attempt`, and for a call with an idempotency key answered "the same key is still in
   * progress" (409 with `Retry-After`) waits and runs it again, with the same key and body, a
   * bounded number of times (see {@link inProgressRetries}). Any other outcome is final.
   */
  async #waitingOutInProgress<T>(call: ApiCall, signal: AbortSignal, attempt: () => Promise<T>): Promise<T> {
    for (let retry = 0; ; retry += 1) {
      try {
        return await attempt();
      } catch (error) {
        const inProgress =
          call.idempotencyKey !== undefined &&
          error instanceof ConflictError &&
          error.retryAfterSeconds !== null;
        if (!inProgress || retry >= inProgressRetries.attempts) throw error;
        await pause(Math.min(error.retryAfterSeconds * 1000, inProgressRetries.maxWaitMs), signal);
        signal.throwIfAborted();
      }
    }
  }

  /**
   * Sends the call with `If-None-Match` when it has `ifNoneMatch`, and parses a 2xx body with
   * `schema`; a 304 to that `ETag` is "unchanged", with no body to read.
   */
  async revalidated<S extends z.ZodMiniType>(schema: S, call: ApiCall): Promise<Revalidated<z.output<S>>> {
    return this.#limited(call, this.#requestTimeoutMs, async (signal) => {
      const response = await this.#send(call, signal);
      if (response.status === 304) {
        // Read to its (empty) end rather than cancelled: a cancelled load reads as a failed one in the browser's tools.
        await this.#readText(response, signal);
        return { notModified: true };
      }
      const value = await this.#parse(schema, response, signal);
      return { notModified: false, value, etag: response.headers.get('ETag') };
    });
  }

  /**
   * Runs one call under its time limit (the call's own, else `defaultMs`), from asking for the
   * token to the last byte of the answer. `work` gets the signal to pass on: it aborts when the
   * caller's signal does (with the caller's reason) or when the limit runs out (with a
   * {@link TimeoutError}). The call settles then even if `fetch` or the token getter ignores it.
   */
  async #limited<T>(call: ApiCall, defaultMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const outer = call.signal;
    outer?.throwIfAborted();
    const limitMs = timeoutOption('timeoutMs', call.timeoutMs, defaultMs);
    const controller = new AbortController();
    const { signal } = controller;
    const forward = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', forward, { once: true });
    const timer =
      limitMs > maxTimerMs
        ? undefined
        : setTimeout(() => controller.abort(new TimeoutError({ timeoutMs: limitMs })), limitMs);
    const ended = new Promise<null>((resolve) => {
      signal.addEventListener('abort', () => resolve(null), { once: true });
    });
    const answered = work(signal).then((value) => ({ value }));
    // Once the race is decided by the signal, the work settles later (or never) unheard.
    answered.catch(() => undefined);
    try {
      const outcome = await Promise.race([answered, ended]);
      if (outcome !== null) return outcome.value;
      // The limit ran out (a TimeoutError) or the caller aborted (their reason): that is the outcome.
      throw signal.reason;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  }

  /** Parses a 2xx response's body with `schema`. */
  async #parse<S extends z.ZodMiniType>(
    schema: S,
    response: Response,
    signal: AbortSignal,
  ): Promise<z.output<S>> {
    const text = await this.#readText(response, signal);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new MalformedResponseError({
        status: response.status,
        summary: `the body is not JSON (Content-Type: ${response.headers.get('Content-Type') ?? 'none'})`,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new MalformedResponseError({ status: response.status, summary: summarizeIssues(parsed.error) });
    }
    return parsed.data;
  }

  /** The URL and headers of a call, the token included; a bad idempotency key rejects here. */
  async #prepare(
    call: ApiCall,
    accept = 'application/json, application/problem+json',
  ): Promise<{ url: string; headers: Headers }> {
    if (call.idempotencyKey !== undefined && !idempotencyKeySchema.safeParse(call.idempotencyKey).success) {
      throw new TypeError('idempotencyKey must be 1 to 255 visible ASCII characters, such as a UUID');
    }
    const headers = new Headers({
      Accept: accept,
      Authorization: `Bearer ${await this.#getAccessToken()}`,
    });
    if (call.idempotencyKey !== undefined) headers.set('Idempotency-Key', call.idempotencyKey);
    if (call.ifNoneMatch !== undefined) headers.set('If-None-Match', call.ifNoneMatch);
    const query = call.query?.toString() ?? '';
    return { url: `${this.#baseUrl}${call.path}${query === '' ? '' : `?${query}`}`, headers };
  }

  /** Sends the call; resolves with a 2xx response, rejects with the typed error for anything else. */
  async #send(call: ApiCall, signal: AbortSignal, accept?: string): Promise<Response> {
    const { url, headers } = await this.#prepare(call, accept);

    const init: RequestInit = { method: call.method, headers };
    if (call.body !== undefined) {
      if ('json' in call.body) {
        headers.set('Content-Type', 'application/json');
        init.body = JSON.stringify(call.body.json);
      } else {
        // No Content-Type here: fetch writes multipart/form-data with its boundary.
        init.body = call.body.form;
      }
    }
    init.signal = signal;

    const doFetch = this.#fetch;
    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      throw new NetworkError({ cause: error });
    }
    if (response.ok || (response.status === 304 && call.ifNoneMatch !== undefined)) return response;
    throw errorFromResponse(response.status, response.headers, await this.#readText(response, signal));
  }

  /**
   * Sends a multipart call through `XMLHttpRequest` to report upload progress. The outcome is
   * turned into a `Response`, so errors and parsing are exactly those of `fetch` calls.
   */
  async #sendXhr(
    call: ApiCall,
    form: FormData,
    onProgress: (loaded: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<Response> {
    const { url, headers } = await this.#prepare(call);
    signal.throwIfAborted();
    const xhr = this.#createXhr();
    const abort = () => xhr.abort();
    const response = await new Promise<Response>((resolve, reject) => {
      xhr.open(call.method, url);
      headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () => {
        const { status } = xhr;
        if (status < 200 || status > 599) {
          reject(new NetworkError({ cause: new TypeError(`Unusable HTTP status ${String(status)}`) }));
          return;
        }
        const body = nullBodyStatuses.has(status) ? null : xhr.responseText;
        resolve(new Response(body, { status, headers: parseXhrHeaders(xhr.getAllResponseHeaders()) }));
      };
      xhr.onerror = () => reject(new NetworkError({ cause: new TypeError('The upload request failed') }));
      xhr.onabort = () => {
        const reason: unknown = signal.reason;
        reject(reason instanceof Error ? reason : new DOMException('The upload was aborted', 'AbortError'));
      };
      signal.addEventListener('abort', abort, { once: true });
      xhr.send(form);
    }).finally(() => signal.removeEventListener('abort', abort));
    if (response.ok) return response;
    throw errorFromResponse(response.status, response.headers, await this.#readText(response, signal));
  }

  async #readText(response: Response, signal: AbortSignal): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      throw new NetworkError({ cause: error });
    }
  }

  /** Sends a multipart call under the upload time limit, through `XMLHttpRequest` when progress is asked for. */
  async upload<S extends z.ZodMiniType>(
    schema: S,
    call: ApiCall,
    form: FormData,
    onProgress: ((loaded: number, total: number) => void) | undefined,
  ): Promise<z.output<S>> {
    return this.#limited(call, this.#uploadTimeoutMs, async (signal) =>
      this.#waitingOutInProgress(call, signal, async () => {
        const response =
          onProgress === undefined
            ? await this.#send(call, signal)
            : await this.#sendXhr(call, form, onProgress, signal);
        return this.#parse(schema, response, signal);
      }),
    );
  }

  /** Sends the call and reads a 2xx body as bytes (a file), within the request time limit. */
  async blob(call: ApiCall): Promise<Blob> {
    return this.#limited(call, this.#requestTimeoutMs, async (signal) => {
      const response = await this.#send(call, signal, '*/*');
      try {
        return await response.blob();
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw error;
        throw new NetworkError({ cause: error });
      }
    });
  }

  /** Sends a call whose answer has no body to read, within the request time limit. */
  async empty(call: ApiCall): Promise<void> {
    await this.#limited(call, this.#requestTimeoutMs, async (signal) => {
      const response = await this.#send(call, signal);
      // A body from a lenient server is of no use, so free the connection.
      await response.body?.cancel();
    });
  }
}
