import type * as z from 'zod/mini';
import { errorFromResponse, MalformedResponseError, NetworkError, summarizeIssues } from './errors';
import {
  articleListSchema,
  attachmentSchema,
  cleanFileName,
  idempotencyKeySchema,
  orderPageSchema,
  orderSchema,
  facilityPageSchema,
  policySchema,
  sellerContextSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  type ArticleList,
  type Attachment,
  type CreateTicketBody,
  type Facility,
  type ListArticlesQuery,
  type ListFacilitiesQuery,
  type ListOrdersQuery,
  type ListTicketsQuery,
  type OfferDecisionBody,
  type Order,
  type Page,
  type Policy,
  type PostMessageBody,
  type RatingBody,
  type ReopenBody,
  type SellerContext,
  type Ticket,
  type TicketEvent,
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
 * The seller support API as the module sees it. Every method resolves with a body the contract
 * schema accepted, or rejects with an {@link ApiError} subclass (or the abort reason).
 */
export interface ApiClient {
  /** `GET /context`: the seller, their deal summary and the orders in transit. */
  getContext(options?: RequestOptions): Promise<SellerContext>;
  /** `GET /orders`: the deal history, newest first. */
  listOrders(query?: ListOrdersQuery, options?: RequestOptions): Promise<Page<Order>>;
  /** `GET /orders/{id}`. */
  getOrder(id: string, options?: RequestOptions): Promise<Order>;
  /** `GET /facilities`: warehouses, pickup points, distribution centres. */
  listFacilities(query?: ListFacilitiesQuery, options?: RequestOptions): Promise<Page<Facility>>;
  /** `GET /policy`: response times, attachment limits and the other channels. */
  getPolicy(options?: RequestOptions): Promise<Policy>;
  /** `GET /articles`: help articles for a topic or a search. */
  listArticles(query?: ListArticlesQuery, options?: RequestOptions): Promise<ArticleList>;
  /** `POST /attachments` (multipart, one part `file`); with `onProgress`, reports the bytes sent. */
  uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment>;
  /** `POST /tickets`: submits a request; a replay with the same key returns the original. */
  createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<Ticket>;
  /** `GET /tickets`: the seller's requests, without events. */
  listTickets(query?: ListTicketsQuery, options?: RequestOptions): Promise<Page<Ticket>>;
  /** `GET /tickets/{id}`: one request with its events. */
  getTicket(id: string, options?: RequestOptions): Promise<Ticket>;
  /** `POST /tickets/{id}/messages`. */
  postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<TicketEvent>;
  /** `POST /tickets/{id}/offers/{offerId}/decision`; 409 when already decided. */
  decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: RequestOptions,
  ): Promise<Ticket>;
  /** `POST /tickets/{id}/reopen`; 409 when not resolved or too late. */
  reopenTicket(ticketId: string, body: ReopenBody, options?: RequestOptions): Promise<Ticket>;
  /** `POST /tickets/{id}/rating`; 409 when not resolved/closed or already rated. */
  rateTicket(ticketId: string, body: RatingBody, options?: RequestOptions): Promise<Ticket>;
  /** `POST /tickets/{id}/read`: marks the events read (`unread` becomes 0). */
  markRead(ticketId: string, options?: RequestOptions): Promise<void>;
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
  }

  async getContext(options?: RequestOptions): Promise<SellerContext> {
    return this.#json(sellerContextSchema, {
      method: 'GET',
      path: apiPaths.context,
      signal: options?.signal,
    });
  }

  async listOrders(query: ListOrdersQuery = {}, options?: RequestOptions): Promise<Page<Order>> {
    return this.#json(orderPageSchema, {
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
      signal: options?.signal,
    });
  }

  async getOrder(id: string, options?: RequestOptions): Promise<Order> {
    return this.#json(orderSchema, {
      method: 'GET',
      path: buildPath(apiPaths.order, { id }),
      signal: options?.signal,
    });
  }

  async listFacilities(query: ListFacilitiesQuery = {}, options?: RequestOptions): Promise<Page<Facility>> {
    return this.#json(facilityPageSchema, {
      method: 'GET',
      path: apiPaths.facilities,
      query: toSearchParams({
        type: query.type,
        query: query.query,
        cursor: query.cursor,
        limit: query.limit,
      }),
      signal: options?.signal,
    });
  }

  async getPolicy(options?: RequestOptions): Promise<Policy> {
    return this.#json(policySchema, { method: 'GET', path: apiPaths.policy, signal: options?.signal });
  }

  async listArticles(query: ListArticlesQuery = {}, options?: RequestOptions): Promise<ArticleList> {
    return this.#json(articleListSchema, {
      method: 'GET',
      path: apiPaths.articles,
      query: toSearchParams({ topic: query.topic, query: query.query, limit: query.limit }),
      signal: options?.signal,
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
      signal: options.signal,
    };
    if (options.onProgress === undefined) return this.#json(attachmentSchema, call);
    const response = await this.#sendXhr(call, form, options.onProgress);
    return this.#parse(attachmentSchema, response, call.signal);
  }

  async createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<Ticket> {
    return this.#json(ticketSchema, {
      method: 'POST',
      path: apiPaths.tickets,
      body: { json: body },
      idempotencyKey: options.idempotencyKey,
      signal: options.signal,
    });
  }

  async listTickets(query: ListTicketsQuery = {}, options?: RequestOptions): Promise<Page<Ticket>> {
    return this.#json(ticketPageSchema, {
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
      signal: options?.signal,
    });
  }

  async getTicket(id: string, options?: RequestOptions): Promise<Ticket> {
    return this.#json(ticketSchema, {
      method: 'GET',
      path: buildPath(apiPaths.ticket, { id }),
      signal: options?.signal,
    });
  }

  async postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<TicketEvent> {
    return this.#json(ticketEventSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketMessages, { id: ticketId }),
      body: { json: body },
      idempotencyKey: options.idempotencyKey,
      signal: options.signal,
    });
  }

  async decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: RequestOptions,
  ): Promise<Ticket> {
    return this.#json(ticketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.offerDecision, { id: ticketId, offerId }),
      body: { json: body },
      signal: options?.signal,
    });
  }

  async reopenTicket(ticketId: string, body: ReopenBody, options?: RequestOptions): Promise<Ticket> {
    return this.#json(ticketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketReopen, { id: ticketId }),
      body: { json: body },
      signal: options?.signal,
    });
  }

  async rateTicket(ticketId: string, body: RatingBody, options?: RequestOptions): Promise<Ticket> {
    return this.#json(ticketSchema, {
      method: 'POST',
      path: buildPath(apiPaths.ticketRating, { id: ticketId }),
      body: { json: body },
      signal: options?.signal,
    });
  }

  async markRead(ticketId: string, options?: RequestOptions): Promise<void> {
    const response = await this.#send({
      method: 'POST',
      path: buildPath(apiPaths.ticketRead, { id: ticketId }),
      signal: options?.signal,
    });
    // The contract says 204; a body from a lenient server is of no use, so free the connection.
    await response.body?.cancel();
  }

  /** Sends the call and parses a 2xx body with `schema`. */
  async #json<S extends z.ZodMiniType>(schema: S, call: Call): Promise<z.output<S>> {
    return this.#parse(schema, await this.#send(call), call.signal);
  }

  /** Parses a 2xx response's body with `schema`. */
  async #parse<S extends z.ZodMiniType>(
    schema: S,
    response: Response,
    signal: AbortSignal | undefined,
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
  async #send(call: Call): Promise<Response> {
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
    if (call.signal !== undefined) init.signal = call.signal;

    const doFetch = this.#fetch;
    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      if (call.signal?.aborted === true || isAbortError(error)) throw error;
      throw new NetworkError({ cause: error });
    }
    if (response.ok) return response;
    throw errorFromResponse(response.status, response.headers, await this.#readText(response, call.signal));
  }

  /**
   * Sends a multipart call through `XMLHttpRequest` to report upload progress. The outcome is
   * turned into a `Response`, so errors and parsing are exactly those of `fetch` calls.
   */
  async #sendXhr(
    call: Call,
    form: FormData,
    onProgress: (loaded: number, total: number) => void,
  ): Promise<Response> {
    const { url, headers } = await this.#prepare(call);
    const { signal } = call;
    signal?.throwIfAborted();
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
        const reason: unknown = signal?.reason;
        reject(reason instanceof Error ? reason : new DOMException('The upload was aborted', 'AbortError'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      xhr.send(form);
    }).finally(() => signal?.removeEventListener('abort', abort));
    if (response.ok) return response;
    throw errorFromResponse(response.status, response.headers, await this.#readText(response, signal));
  }

  async #readText(response: Response, signal: AbortSignal | undefined): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      if (signal?.aborted === true || isAbortError(error)) throw error;
      throw new NetworkError({ cause: error });
    }
  }
}
