import type * as z from 'zod/mini';
import {
  errorFromResponse,
  MalformedResponseError,
  NetworkError,
  summarizeIssues,
  TimeoutError,
} from './errors';
import {
  attachmentSchema,
  cleanFileName,
  idempotencyKeySchema,
  receivedArticleListSchema,
  receivedFacilityPageSchema,
  receivedOrderPageSchema,
  receivedOrderSchema,
  receivedPolicySchema,
  receivedSellerContextSchema,
  receivedTicketEventSchema,
  receivedTicketPageSchema,
  receivedTicketSchema,
  type Attachment,
  type CreateTicketBody,
  type ListArticlesQuery,
  type ListFacilitiesQuery,
  type ListOrdersQuery,
  type ListTicketsQuery,
  type OfferDecisionBody,
  type PostMessageBody,
  type RatingBody,
  type ReceivedArticleList,
  type ReceivedFacilityPage,
  type ReceivedOrder,
  type ReceivedOrderPage,
  type ReceivedPolicy,
  type ReceivedSellerContext,
  type ReceivedTicket,
  type ReceivedTicketEvent,
  type ReceivedTicketPage,
  type ReopenBody,
} from './schemas';

/**
 * Path templates of the contract, relative to the base URL, in OpenAPI form (`{id}`).
 * Shared by the client, the OpenAPI document and the mocks (see {@link toRoutePattern}).
 */
export const apiPaths = {
  context: '/context',
  orders: '/orders',
  order: '/orders/{id}',
  facilities: '/facilities',
  policy: '/policy',
  articles: '/articles',
  attachments: '/attachments',
  tickets: '/tickets',
  ticket: '/tickets/{id}',
  ticketMessages: '/tickets/{id}/messages',
  offerDecision: '/tickets/{id}/offers/{offerId}/decision',
  ticketReopen: '/tickets/{id}/reopen',
  ticketRating: '/tickets/{id}/rating',
  ticketRead: '/tickets/{id}/read',
} as const;
export type ApiPath = (typeof apiPaths)[keyof typeof apiPaths];

type PathParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;
/** The `{name}` parameters a path template needs, e.g. `{ id: string; offerId: string }`. */
export type PathParams<T extends string> = { readonly [K in PathParamNames<T>]: string };

/** Fills a path template; every value is percent-encoded as one path segment and must not be empty. */
export function buildPath<T extends ApiPath>(template: T, params: PathParams<T>): string {
  const values = new Map<string, string>(Object.entries<string>(params));
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values.get(name);
    // An empty id would silently turn `/tickets/{id}` into the list endpoint.
    if (value === undefined || value === '')
      throw new TypeError(`Path parameter "${name}" must not be empty`);
    return encodeURIComponent(value);
  });
}

/** A path template in the `:name` form routers such as msw use: `/tickets/{id}` → `/tickets/:id`. */
export function toRoutePattern(template: ApiPath): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

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
 * The seller support API as the module sees it. Every method resolves with a body read the way a
 * client reads the contract (tolerantly: an unknown enum value kept, unknown fields dropped, a
 * malformed list item left out and counted; see `schemas/tolerance.ts`), or rejects with an
 * {@link ApiError} subclass (or the abort reason). A body even that reading refuses is a
 * {@link MalformedResponseError}.
 */
export interface ApiClient {
  /** `GET /context`: the seller, their deal summary and the orders in transit. */
  getContext(options?: RequestOptions): Promise<ReceivedSellerContext>;
  /** `GET /orders`: the deal history, newest first. */
  listOrders(query?: ListOrdersQuery, options?: RequestOptions): Promise<ReceivedOrderPage>;
  /** `GET /orders/{id}`. */
  getOrder(id: string, options?: RequestOptions): Promise<ReceivedOrder>;
  /** `GET /facilities`: warehouses, pickup points, distribution centres. */
  listFacilities(query?: ListFacilitiesQuery, options?: RequestOptions): Promise<ReceivedFacilityPage>;
  /** `GET /policy`: response times, attachment limits and the other channels. */
  getPolicy(options?: RequestOptions): Promise<ReceivedPolicy>;
  /** `GET /articles`: help articles for a topic or a search. */
  listArticles(query?: ListArticlesQuery, options?: RequestOptions): Promise<ReceivedArticleList>;
  /** `POST /attachments` (multipart, one part `file`); with `onProgress`, reports the bytes sent. */
  uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment>;
  /** `POST /tickets`: submits a request; a replay with the same key returns the original. */
  createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<ReceivedTicket>;
  /** `GET /tickets`: the seller's requests, without events. */
  listTickets(query?: ListTicketsQuery, options?: RequestOptions): Promise<ReceivedTicketPage>;
  /** `GET /tickets/{id}`: one request with its events. */
  getTicket(id: string, options?: RequestOptions): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/messages`. */
  postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedTicketEvent>;
  /** `POST /tickets/{id}/offers/{offerId}/decision`; 409 when already decided. */
  decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: RequestOptions,
  ): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/reopen`; 409 when not resolved or too late. */
  reopenTicket(ticketId: string, body: ReopenBody, options?: RequestOptions): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/rating`; 409 when not resolved/closed or already rated. */
  rateTicket(ticketId: string, body: RatingBody, options?: RequestOptions): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/read`: marks the events read (`unread` becomes 0). */
  markRead(ticketId: string, options?: RequestOptions): Promise<void>;
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

function toSearchParams(query: Readonly<Record<string, QueryValue>>): URLSearchParams {
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
function perCall(options: RequestOptions | undefined): Pick<Call, 'signal' | 'timeoutMs'> {
  return { signal: options?.signal, timeoutMs: options?.timeoutMs };
}

function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

interface Call {
  method: 'GET' | 'POST';
  path: string;
  query?: URLSearchParams | undefined;
  body?: { json: unknown } | { form: FormData } | undefined;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/**
 * The {@link ApiClient} over `fetch`; tests and the dev harness pass their own `fetch`.
 * Every method is async throughout: even a bad argument (an empty id or idempotency key) rejects, never throws.
 */
export class FetchApiClient implements ApiClient {
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

  async getContext(options?: RequestOptions): Promise<ReceivedSellerContext> {
    return this.#json(receivedSellerContextSchema, {
      method: 'GET',
      path: apiPaths.context,
      ...perCall(options),
    });
  }

  async listOrders(query: ListOrdersQuery = {}, options?: RequestOptions): Promise<ReceivedOrderPage> {
    return this.#json(receivedOrderPageSchema, {
      method: 'GET',
      path: apiPaths.orders,
      query: toSearchParams({
        query: query.query,
        status: query.status,
        from: query.from,
        to: query.to,
        cursor: query.cursor,
        limit: query.limit,
      }),
      ...perCall(options),
    });
  }

  async getOrder(id: string, options?: RequestOptions): Promise<ReceivedOrder> {
    return this.#json(receivedOrderSchema, {
      method: 'GET',
      path: buildPath(apiPaths.order, { id }),
      ...perCall(options),
    });
  }

  async listFacilities(
    query: ListFacilitiesQuery = {},
    options?: RequestOptions,
  ): Promise<ReceivedFacilityPage> {
    return this.#json(receivedFacilityPageSchema, {
      method: 'GET',
      path: apiPaths.facilities,
      query: toSearchParams({
        type: query.type,
        query: query.query,
        cursor: query.cursor,
        limit: query.limit,
      }),
      ...perCall(options),
    });
  }

  async getPolicy(options?: RequestOptions): Promise<ReceivedPolicy> {
    return this.#json(receivedPolicySchema, { method: 'GET', path: apiPaths.policy, ...perCall(options) });
  }

  async listArticles(query: ListArticlesQuery = {}, options?: RequestOptions): Promise<ReceivedArticleList> {
    return this.#json(receivedArticleListSchema, {
      method: 'GET',
      path: apiPaths.articles,
      query: toSearchParams({ topic: query.topic, query: query.query, limit: query.limit }),
      ...perCall(options),
    });
  }

  async uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment> {
    const form = new FormData();
    const name = cleanFileName(file.name ?? '');
    if (name !== '') form.append('file', file, name);
    // A File appended without a name would send its own, controls and all.
    else if (file.name !== undefined && file.name !== '') form.append('file', file, 'file');
    else form.append('file', file);
    const call: Call = {
      method: 'POST',
      path: apiPaths.attachments,
      body: { form },
      idempotencyKey: options.idempotencyKey,
      ...perCall(options),
    };
    const { onProgress } = options;
    return this.#limited(call, this.#uploadTimeoutMs, async (signal) => {
      const response =
        onProgress === undefined
          ? await this.#send(call, signal)
          : await this.#sendXhr(call, form, onProgress, signal);
      return this.#parse(attachmentSchema, response, signal);
    });
  }

  async createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<ReceivedTicket> {
    return this.#json(receivedTicketSchema, {
      method: 'POST',
      path: apiPaths.tickets,
      body: { json: body },
      idempotencyKey: options.idempotencyKey,
      ...perCall(options),
    });
  }

  async listTickets(query: ListTicketsQuery = {}, options?: RequestOptions): Promise<ReceivedTicketPage> {
    return this.#json(receivedTicketPageSchema, {
      method: 'GET',
      path: apiPaths.tickets,
      query: toSearchParams({
        status: query.status,
        topic: query.topic,
        // `unread=false` means no filter, so it is left out rather than sent.
        unread: query.unread === true ? true : undefined,
        query: query.query,
        cursor: query.cursor,
        limit: query.limit,
      }),
      ...perCall(options),
    });
  }

  async getTicket(id: string, options?: RequestOptions): Promise<ReceivedTicket> {
    return this.#json(receivedTicketSchema, {
      method: 'GET',
      path: buildPath(apiPaths.ticket, { id }),
      ...perCall(options),
    });
  }

  async postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedTicketEvent> {
    return this.#json(receivedTicketEventSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketMessages, { id: ticketId }),
      body: { json: body },
      idempotencyKey: options.idempotencyKey,
      ...perCall(options),
    });
  }

  async decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: RequestOptions,
  ): Promise<ReceivedTicket> {
    return this.#json(receivedTicketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.offerDecision, { id: ticketId, offerId }),
      body: { json: body },
      ...perCall(options),
    });
  }

  async reopenTicket(ticketId: string, body: ReopenBody, options?: RequestOptions): Promise<ReceivedTicket> {
    return this.#json(receivedTicketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketReopen, { id: ticketId }),
      body: { json: body },
      ...perCall(options),
    });
  }

  async rateTicket(ticketId: string, body: RatingBody, options?: RequestOptions): Promise<ReceivedTicket> {
    return this.#json(receivedTicketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketRating, { id: ticketId }),
      body: { json: body },
      ...perCall(options),
    });
  }

  async markRead(ticketId: string, options?: RequestOptions): Promise<void> {
    const call: Call = {
      method: 'POST',
      path: buildPath(apiPaths.ticketRead, { id: ticketId }),
      ...perCall(options),
    };
    await this.#limited(call, this.#requestTimeoutMs, async (signal) => {
      const response = await this.#send(call, signal);
      // The contract says 204; a body from a lenient server is of no use, so free the connection.
      await response.body?.cancel();
    });
  }

  /** Sends the call and parses a 2xx body with `schema`, within the request time limit. */
  async #json<S extends z.ZodMiniType>(schema: S, call: Call): Promise<z.output<S>> {
    return this.#limited(call, this.#requestTimeoutMs, async (signal) =>
      this.#parse(schema, await this.#send(call, signal), signal),
    );
  }

  /**
   * Runs one call under its time limit (the call's own, else `defaultMs`), from asking for the
   * token to the last byte of the answer. `work` gets the signal to pass on: it aborts when the
   * caller's signal does (with the caller's reason) or when the limit runs out (with a
   * {@link TimeoutError}). The call settles then even if `fetch` or the token getter ignores it.
   */
  async #limited<T>(call: Call, defaultMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
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
  async #prepare(call: Call): Promise<{ url: string; headers: Headers }> {
    if (call.idempotencyKey !== undefined && !idempotencyKeySchema.safeParse(call.idempotencyKey).success) {
      throw new TypeError('idempotencyKey must be 1 to 255 visible ASCII characters, such as a UUID');
    }
    const headers = new Headers({
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${await this.#getAccessToken()}`,
    });
    if (call.idempotencyKey !== undefined) headers.set('Idempotency-Key', call.idempotencyKey);
    const query = call.query?.toString() ?? '';
    return { url: `${this.#baseUrl}${call.path}${query === '' ? '' : `?${query}`}`, headers };
  }

  /** Sends the call; resolves with a 2xx response, rejects with the typed error for anything else. */
  async #send(call: Call, signal: AbortSignal): Promise<Response> {
    const { url, headers } = await this.#prepare(call);

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
    if (response.ok) return response;
    throw errorFromResponse(response.status, response.headers, await this.#readText(response, signal));
  }

  /**
   * Sends a multipart call through `XMLHttpRequest` to report upload progress. The outcome is
   * turned into a `Response`, so errors and parsing are exactly those of `fetch` calls.
   */
  async #sendXhr(
    call: Call,
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
}
