import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchApiClient, apiPaths, buildPath, toRoutePattern, type ApiClient } from './client';
import {
  ApiError,
  ConflictError,
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
  isApiError,
} from './errors';
import type { CreateTicketBody } from './schemas';
import { createTicketBodySchema } from './schemas';
import {
  attachmentExample,
  createTicketBodyExamples,
  orderExample,
  policyExample,
  sellerContextExample,
  offerExample,
  ticketEventExamples,
  ticketExample,
  ticketListItemExample,
} from './testing/examples';

const base = 'https://cabinet.example.test/api/seller-support/v1';
const key = '4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e';

interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  body: RequestInit['body'];
  signal: AbortSignal | null | undefined;
}

function json(body: unknown, init: { status?: number } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

function problem(
  status: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = { type: 'about:blank', title: `Problem ${String(status)}`, status, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A fake `fetch` that records what the client sent and answers with `respond`. */
function fakeFetch(respond: (request: Recorded) => Response | Promise<Response> = () => json({})) {
  const requests: Recorded[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: Recorded = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      signal: init.signal,
    };
    requests.push(request);
    return respond(request);
  };
  return { fetch, requests };
}

function clientWith(respond?: (request: Recorded) => Response | Promise<Response>, baseUrl = base) {
  const fake = fakeFetch(respond);
  const client = new FetchApiClient({ baseUrl, getAccessToken: () => 'token-1', fetch: fake.fetch });
  return { client, requests: fake.requests };
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('no item');
  return item;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('FetchApiClient requests', () => {
  it('sends a GET with the bearer token and JSON accept, and returns the parsed body', async () => {
    const { client, requests } = clientWith(() => json(sellerContextExample));
    await expect(client.getContext()).resolves.toEqual(sellerContextExample);

    const request = only(requests);
    expect(request.url).toBe(`${base}/context`);
    expect(request.method).toBe('GET');
    expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.headers.get('Accept')).toContain('application/json');
    expect(request.headers.has('Content-Type')).toBe(false);
    expect(request.headers.has('Idempotency-Key')).toBe(false);
    expect(request.body).toBeUndefined();
  });

  it('asks for the token before every request and never reuses it', async () => {
    const tokens = ['first', 'second'];
    const getAccessToken = vi.fn(() => Promise.resolve(tokens.shift() ?? 'none'));
    const fake = fakeFetch(() => json(policyExample));
    const client = new FetchApiClient({ baseUrl: base, getAccessToken, fetch: fake.fetch });

    await client.getPolicy();
    await client.getPolicy();

    expect(getAccessToken).toHaveBeenCalledTimes(2);
    expect(fake.requests.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });

  it('sends nothing when the token getter fails', async () => {
    const fake = fakeFetch();
    const client = new FetchApiClient({
      baseUrl: base,
      getAccessToken: () => Promise.reject(new Error('session ended')),
      fetch: fake.fetch,
    });
    await expect(client.getPolicy()).rejects.toThrow('session ended');
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['an absolute URL', 'https://api.example.test/v1', 'https://api.example.test/v1/policy'],
    [
      'an absolute URL with a trailing slash',
      'https://api.example.test/v1/',
      'https://api.example.test/v1/policy',
    ],
    ['an absolute path', '/api/seller-support/v1', '/api/seller-support/v1/policy'],
    ['an absolute path with trailing slashes', '/api/seller-support/v1//', '/api/seller-support/v1/policy'],
    ['the root', '/', '/policy'],
  ])('joins %s and the path', async (_what, baseUrl, expected) => {
    const { client, requests } = clientWith(() => json(policyExample), baseUrl);
    await client.getPolicy();
    expect(only(requests).url).toBe(expected);
  });

  it.each(['api/v1', 'ftp://example.test/v1', 'https://example.test/v1?tenant=1', '', 'https:///v1'])(
    'refuses the base URL %j',
    (baseUrl) => {
      expect(() => new FetchApiClient({ baseUrl, getAccessToken: () => 't' })).toThrow(TypeError);
    },
  );

  it('builds the order query with repeated statuses and leaves out what is not set', async () => {
    const { client, requests } = clientWith(() =>
      json({ items: [orderExample], nextCursor: null, total: 1 }),
    );
    await client.listOrders({
      query: 'Чайник A-1',
      status: ['in_transit', 'at_pickup_point'],
      from: '2026-11-01T00:00:00+03:00',
      cursor: 'c/1+2',
      limit: 20,
    });
    const url = new URL(only(requests).url);
    expect(url.origin + url.pathname).toBe(`${base}/orders`);
    expect([...url.searchParams]).toEqual([
      ['query', 'Чайник A-1'],
      ['status', 'in_transit'],
      ['status', 'at_pickup_point'],
      ['from', '2026-11-01T00:00:00+03:00'],
      ['cursor', 'c/1+2'],
      ['limit', '20'],
    ]);
    expect(url.search).toContain('status=in_transit&status=at_pickup_point');
  });

  it('sends no query string when nothing is filtered', async () => {
    const { client, requests } = clientWith(() => json({ items: [], nextCursor: null }));
    await client.listOrders();
    await client.listOrders({ status: [], query: '' });
    await client.listTickets({});
    expect(requests.map((request) => request.url)).toEqual([
      `${base}/orders`,
      `${base}/orders`,
      `${base}/tickets`,
    ]);
  });

  it('builds the facility, article and ticket queries', async () => {
    const { client, requests } = clientWith((request) =>
      request.url.includes('/articles') ? json({ items: [] }) : json({ items: [], nextCursor: null }),
    );
    await client.listFacilities({ type: 'pickup_point', query: 'Тверская', limit: 10 });
    await client.listArticles({ topic: 'orders', query: 'отмена', limit: 5 });
    await client.listTickets({ status: ['new', 'resolved'], cursor: 'next' });
    await client.listTickets({ topic: ['orders', 'payments'], unread: true, query: 'возврат', limit: 1 });
    await client.listTickets({ topic: [], unread: false });
    expect(requests.map((request) => decodeURIComponent(request.url.slice(base.length)))).toEqual([
      '/facilities?type=pickup_point&query=Тверская&limit=10',
      '/articles?topic=orders&query=отмена&limit=5',
      '/tickets?status=new&status=resolved&cursor=next',
      '/tickets?topic=orders&topic=payments&unread=true&query=возврат&limit=1',
      // `unread=false` filters nothing, so nothing is sent.
      '/tickets',
    ]);
  });

  it('encodes path segments', async () => {
    const { client, requests } = clientWith((request) =>
      request.url.includes('/orders/') ? json(orderExample) : json(ticketExample),
    );
    await client.getOrder('87412/0093 #1');
    await client.decideOffer('T-1?', 'of/1', { decision: 'accept' });
    expect(requests.map((request) => request.url.slice(base.length))).toEqual([
      '/orders/87412%2F0093%20%231',
      '/tickets/T-1%3F/offers/of%2F1/decision',
    ]);
  });

  it('refuses an empty id instead of calling the list endpoint', async () => {
    const { client, requests } = clientWith();
    await expect(client.getTicket('')).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  it('posts a ticket as JSON with the Idempotency-Key and accepts a 201 or a replayed 200', async () => {
    const { client, requests } = clientWith(() =>
      json(ticketExample, { status: requests.length === 1 ? 201 : 200 }),
    );
    const body: CreateTicketBody = createTicketBodySchema.parse(createTicketBodyExamples.orders);

    await expect(client.createTicket(body, { idempotencyKey: key })).resolves.toEqual(ticketExample);
    await expect(client.createTicket(body, { idempotencyKey: key })).resolves.toEqual(ticketExample);

    const [first] = requests;
    expect(first?.url).toBe(`${base}/tickets`);
    expect(first?.method).toBe('POST');
    expect(first?.headers.get('Idempotency-Key')).toBe(key);
    expect(first?.headers.get('Content-Type')).toBe('application/json');
    expect(typeof first?.body === 'string' ? JSON.parse(first.body) : null).toEqual(body);
  });

  it('posts a message with the Idempotency-Key', async () => {
    const message = ticketEventExamples[3];
    const { client, requests } = clientWith(() => json(message, { status: 201 }));
    await expect(
      client.postMessage(
        'T-000123',
        { body: 'Где посылка?', attachmentIds: ['att-1'] },
        { idempotencyKey: key },
      ),
    ).resolves.toEqual(message);
    const request = only(requests);
    expect(request.url).toBe(`${base}/tickets/T-000123/messages`);
    expect(request.headers.get('Idempotency-Key')).toBe(key);
    expect(request.body).toBe(JSON.stringify({ body: 'Где посылка?', attachmentIds: ['att-1'] }));
  });

  it('uploads one multipart part `file` and lets fetch set the boundary', async () => {
    const { client, requests } = clientWith(() => json(attachmentExample, { status: 201 }));
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' });

    await expect(client.uploadAttachment(file, { idempotencyKey: key })).resolves.toEqual(attachmentExample);

    const request = only(requests);
    expect(request.url).toBe(`${base}/attachments`);
    expect(request.method).toBe('POST');
    expect(request.headers.get('Idempotency-Key')).toBe(key);
    expect(request.headers.has('Content-Type')).toBe(false);
    if (!(request.body instanceof FormData)) throw new Error('expected a FormData body');
    expect([...request.body.keys()]).toEqual(['file']);
    const part = request.body.get('file');
    expect(part instanceof File ? [part.name, part.size, part.type] : part).toEqual([
      'photo.png',
      4,
      'image/png',
    ]);

    // What goes on the wire: the multipart content type with a boundary, as fetch writes it.
    const wire = new Request(request.url, { method: 'POST', body: request.body });
    expect(wire.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('uploads a Blob without a name', async () => {
    const { client, requests } = clientWith(() => json(attachmentExample, { status: 201 }));
    await client.uploadAttachment(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
      idempotencyKey: key,
    });
    const body = only(requests).body;
    expect(body instanceof FormData ? body.get('file') : null).toBeInstanceOf(Blob);
  });

  it.each(['', ' ', 'два слова'])(
    'refuses the idempotency key %j without sending anything',
    async (badKey) => {
      const { client, requests } = clientWith();
      const body = createTicketBodySchema.parse(createTicketBodyExamples.orders);
      await expect(client.createTicket(body, { idempotencyKey: badKey })).rejects.toThrow(TypeError);
      await expect(client.uploadAttachment(new Blob(['x']), { idempotencyKey: badKey })).rejects.toThrow(
        TypeError,
      );
      expect(requests).toHaveLength(0);
    },
  );

  it('sends no Idempotency-Key on reads and on the ticket actions', async () => {
    const { client, requests } = clientWith((request) => {
      if (request.url.endsWith('/read')) return new Response(null, { status: 204 });
      if (request.url.endsWith('/context')) return json(sellerContextExample);
      return json(ticketExample);
    });
    await client.getContext();
    await client.getTicket('T-000123');
    await client.decideOffer('T-000123', 'of-1', { decision: 'decline', comment: 'Мало' });
    await client.reopenTicket('T-000123', { reason: 'Снова не работает' });
    await client.rateTicket('T-000123', { score: 5 });
    await client.markRead('T-000123');

    expect(requests.map((request) => `${request.method} ${request.url.slice(base.length)}`)).toEqual([
      'GET /context',
      'GET /tickets/T-000123',
      'POST /tickets/T-000123/offers/of-1/decision',
      'POST /tickets/T-000123/reopen',
      'POST /tickets/T-000123/rating',
      'POST /tickets/T-000123/read',
    ]);
    expect(requests.filter((request) => request.headers.has('Idempotency-Key'))).toEqual([]);
    expect(requests[4]?.body).toBe(JSON.stringify({ score: 5 }));
  });

  it('resolves markRead on 204 with nothing and sends no body', async () => {
    const { client, requests } = clientWith(() => new Response(null, { status: 204 }));
    await expect(client.markRead('T-000123')).resolves.toBeUndefined();
    expect(only(requests).body).toBeUndefined();
  });

  it('passes the abort on to fetch', async () => {
    const controller = new AbortController();
    const { client, requests } = clientWith(({ signal }) => {
      // fetch gets the call's own signal (it carries the time limit too), which follows the caller's.
      expect(signal?.aborted).toBe(false);
      controller.abort();
      expect(signal?.aborted).toBe(true);
      return json(policyExample);
    });
    await rejection(client.getPolicy({ signal: controller.signal }));
    expect(requests).toHaveLength(1);
  });

  it('looks the global fetch up at call time, so an interceptor installed later applies', async () => {
    const client = new FetchApiClient({ baseUrl: base, getAccessToken: () => 'token-1' });
    const fake = fakeFetch(() => json(policyExample));
    vi.stubGlobal('fetch', fake.fetch);
    await expect(client.getPolicy()).resolves.toEqual(policyExample);
    expect(fake.requests).toHaveLength(1);
  });

  it('implements every method of ApiClient', () => {
    const client: ApiClient = new FetchApiClient({ baseUrl: base, getAccessToken: () => 't' });
    expect(typeof client.markRead).toBe('function');
  });
});

describe('FetchApiClient: following an open request', () => {
  it('sends the ETag back as If-None-Match and reads a 304 as "unchanged", with no body', async () => {
    const { client, requests } = clientWith((request) =>
      request.headers.get('If-None-Match') === '"v1"'
        ? new Response(null, { status: 304, headers: { ETag: '"v1"' } })
        : new Response(JSON.stringify(ticketExample), {
            headers: { 'Content-Type': 'application/json', ETag: '"v1"' },
          }),
    );

    const first = await client.getTicketIfChanged('T-000123', undefined);
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', value: { id: ticketExample.id } });
    expect(requests[0]?.headers.has('If-None-Match')).toBe(false);

    await expect(client.getTicketIfChanged('T-000123', '"v1"')).resolves.toEqual({ notModified: true });
    expect(requests[1]?.url).toBe(`${base}/tickets/T-000123`);
    expect(requests[1]?.headers.get('If-None-Match')).toBe('"v1"');
  });

  it('reads a 200 without an ETag as a server that has none, and a 304 it did not ask for as an error', async () => {
    const full = clientWith(() => json(ticketExample));
    await expect(full.client.getTicketIfChanged('T-000123', undefined)).resolves.toMatchObject({
      notModified: false,
      etag: null,
    });
    const stray = clientWith(() => new Response(null, { status: 304 }));
    await expect(stray.client.getTicket('T-000123')).rejects.toBeInstanceOf(ServerError);
  });

  it('asks for the events after a cursor and reads what changed, leaving out an event it cannot read', async () => {
    const changes = {
      ticket: { ...ticketListItemExample, status: 'offer_proposed', unread: 2 },
      events: [ticketEventExamples[5], { id: 'e-bad', kind: 'message' }, ticketEventExamples[3]],
      offers: [offerExample, { id: 'of-bad' }],
      eventsCursor: 'p12',
    };
    const { client, requests } = clientWith(() => json(changes));

    const read = await client.getTicketEvents('T-000123', 'p10');
    expect(only(requests).url).toBe(`${base}/tickets/T-000123/events?after=p10`);
    expect(read.ticket).toMatchObject({ id: ticketListItemExample.id, status: 'offer_proposed', unread: 2 });
    expect(read.events.map((event) => event.id)).toEqual(['e-6', 'e-4']);
    expect(read.omittedEvents).toBe(1);
    expect(read.offers).toEqual([offerExample]);
    expect(read.eventsCursor).toBe('p12');
  });

  it('refuses an answer without a cursor to go on from, and an empty cursor before sending', async () => {
    const { client, requests } = clientWith(() =>
      json({ ticket: ticketListItemExample, events: [], offers: [] }),
    );
    await expect(client.getTicketEvents('T-000123', 'p10')).rejects.toBeInstanceOf(MalformedResponseError);
    await expect(client.getTicketEvents('T-000123', '')).rejects.toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(1);
  });

  it('reads the eventsCursor a ticket carries, and one it cannot read as none', async () => {
    const withCursor = clientWith(() => json({ ...ticketExample, eventsCursor: 'p10' }));
    await expect(withCursor.client.getTicket('T-000123')).resolves.toMatchObject({ eventsCursor: 'p10' });
    const broken = clientWith(() => json({ ...ticketExample, eventsCursor: 42 }));
    const ticket = await broken.client.getTicket('T-000123');
    expect(ticket.eventsCursor).toBeUndefined();
    expect(ticket.events).toHaveLength(ticketEventExamples.length);
  });
});

describe('FetchApiClient errors', () => {
  it('maps a 422 to a ValidationError with the field paths', async () => {
    const errors = [
      { path: 'subject', message: 'Не короче 3 символов' },
      { path: 'context.orders.0.id', message: 'Нет такого заказа' },
    ];
    const { client } = clientWith(() => problem(422, { detail: 'Проверьте поля', errors }));
    const error = await rejection(
      client.createTicket(createTicketBodySchema.parse(createTicketBodyExamples.orders), {
        idempotencyKey: key,
      }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    if (!(error instanceof ValidationError)) return;
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual(errors);
    expect(error.problem?.detail).toBe('Проверьте поля');
    expect(error.message).toBe('Проверьте поля');
  });

  it.each([
    [401, UnauthorizedError, 'unauthorized'],
    [403, ForbiddenError, 'forbidden'],
    [404, NotFoundError, 'notFound'],
    [409, ConflictError, 'conflict'],
    [413, PayloadTooLargeError, 'payloadTooLarge'],
    [415, UnsupportedMediaTypeError, 'unsupportedMediaType'],
    [429, RateLimitedError, 'rateLimited'],
    [500, ServerError, 'server'],
    [502, ServerError, 'server'],
    [503, ServerError, 'server'],
    [400, ServerError, 'server'],
    [418, ServerError, 'server'],
  ])('maps a %i problem to %O', async (status, ErrorClass, kind) => {
    const detail = `detail ${String(status)}`;
    const { client } = clientWith(() => problem(status, { detail, instance: '/tickets/T-1' }));
    const error = await rejection(client.getTicket('T-1'));

    expect(error).toBeInstanceOf(ErrorClass);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.problem).toEqual({
      type: 'about:blank',
      title: `Problem ${String(status)}`,
      status,
      detail,
      instance: '/tickets/T-1',
    });
  });

  it('maps a decided offer (409) to a ConflictError', async () => {
    const { client } = clientWith(() => problem(409, { title: 'Offer already decided' }));
    await expect(client.decideOffer('T-1', 'of-1', { decision: 'accept' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('maps a refused upload by status', async () => {
    const { client } = clientWith((request) =>
      problem(request.headers.get('Idempotency-Key') === 'big' ? 413 : 415),
    );
    const file = new File(['x'], 'x.exe');
    await expect(client.uploadAttachment(file, { idempotencyKey: 'big' })).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    await expect(client.uploadAttachment(file, { idempotencyKey: 'exe' })).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });

  it('reads Retry-After seconds on a 429', async () => {
    const { client } = clientWith(() => problem(429, {}, { 'Retry-After': '120' }));
    const error = await rejection(client.listTickets());
    expect(error instanceof RateLimitedError ? error.retryAfterSeconds : error).toBe(120);
  });

  it('reads a Retry-After HTTP date on a 429 as seconds from now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    const { client } = clientWith(() => problem(429, {}, { 'Retry-After': 'Fri, 20 Nov 2026 10:01:30 GMT' }));
    const error = await rejection(client.listTickets());
    expect(error instanceof RateLimitedError ? error.retryAfterSeconds : error).toBe(90);
  });

  it.each([
    ['absent', {}],
    ['unreadable', { 'Retry-After': 'soon' }],
  ])('gives a null retryAfterSeconds when Retry-After is %s', async (_what, headers) => {
    const { client } = clientWith(() => problem(429, {}, headers));
    const error = await rejection(client.listTickets());
    expect(error instanceof RateLimitedError ? error.retryAfterSeconds : error).toBeNull();
  });

  it('maps by status when the error body is not a problem', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const { client } = clientWith((request) => {
      if (request.url.endsWith('/policy'))
        return new Response(html, { status: 502, headers: { 'Content-Type': 'text/html' } });
      if (request.url.endsWith('/context')) return new Response(null, { status: 401 });
      if (request.url.includes('/orders/')) return new Response('', { status: 404 });
      if (request.url.endsWith('/rating')) return json({ error: 'already rated' }, { status: 409 });
      return new Response('Unprocessable', { status: 422 });
    });

    const gateway = await rejection(client.getPolicy());
    expect(gateway).toBeInstanceOf(ServerError);
    expect(isApiError(gateway) ? [gateway.status, gateway.problem] : gateway).toEqual([502, null]);
    expect(isApiError(gateway) ? gateway.message : '').not.toContain('<html>');

    await expect(client.getContext()).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(client.getOrder('1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.rateTicket('T-1', { score: 3 })).rejects.toMatchObject({
      kind: 'conflict',
      problem: null,
    });
    await expect(client.reopenTicket('T-1', { reason: 'Снова' })).rejects.toMatchObject({
      kind: 'validation',
      fieldErrors: [],
      problem: null,
    });
  });

  it('maps a rejected fetch to a NetworkError that keeps the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { client } = clientWith(() => Promise.reject(cause));
    const error = await rejection(client.getPolicy());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error instanceof NetworkError ? [error.kind, error.status, error.cause] : error).toEqual([
      'network',
      0,
      cause,
    ]);
  });

  it('lets an abort through as the AbortError, not as an ApiError', async () => {
    const controller = new AbortController();
    const { client } = clientWith(async ({ signal }) => {
      // As the real fetch does: hang until aborted (or reject at once if already), with the signal's reason.
      if (signal?.aborted === false) {
        await new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            resolve();
          });
        });
      }
      signal?.throwIfAborted();
      return json(policyExample);
    });
    const pending = rejection(client.getPolicy({ signal: controller.signal }));
    controller.abort();
    const error = await pending;

    expect(error instanceof Error ? error.name : error).toBe('AbortError');
    expect(isApiError(error)).toBe(false);
  });

  it('lets an AbortError through even when fetch raises it on its own', async () => {
    const { client } = clientWith(() =>
      Promise.reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
    const error = await rejection(client.getPolicy());
    expect(error instanceof DOMException ? error.name : error).toBe('AbortError');
  });

  it('rejects a 200 body that fails the schema, naming the fields but not the values', async () => {
    const secret = 'PASSPORT-4510-123456';
    const bad = { ...sellerContextExample, seller: { ...sellerContextExample.seller, taxId: secret } };
    const { client } = clientWith(() => json(bad));
    const error = await rejection(client.getContext());

    expect(error).toBeInstanceOf(MalformedResponseError);
    if (!(error instanceof MalformedResponseError)) return;
    expect(error.kind).toBe('malformedResponse');
    expect(error.status).toBe(200);
    expect(error.summary).toContain('seller.taxId');
    expect(`${error.message} ${error.summary}`).not.toContain(secret);
  });

  it('summarizes many issues briefly', async () => {
    // Every field of the seller is missing: one issue each.
    const { client } = clientWith(() => json({ ...sellerContextExample, seller: {} }));
    const error = await rejection(client.getContext());
    expect(error instanceof MalformedResponseError ? error.summary.length : error).toBeLessThan(400);
    expect(error instanceof MalformedResponseError ? error.summary : error).toMatch(/and \d+ more$/);
  });

  it('rejects a 200 body that is not JSON', async () => {
    const { client } = clientWith(() => new Response('<!doctype html><title>Login</title>', { status: 200 }));
    const error = await rejection(client.getPolicy());
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error instanceof MalformedResponseError ? error.summary : error).toMatch(/not JSON/);
    expect(error instanceof ApiError ? error.message : '').not.toContain('Login');
  });

  it('rejects an empty 200 body where a resource was due', async () => {
    const { client } = clientWith(() => new Response(null, { status: 200 }));
    await expect(client.getContext()).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('path templates', () => {
  it('fills and encodes parameters, and converts to route patterns', () => {
    expect(buildPath(apiPaths.offerDecision, { id: 'T 1', offerId: 'of-1' })).toBe(
      '/tickets/T%201/offers/of-1/decision',
    );
    expect(toRoutePattern(apiPaths.offerDecision)).toBe('/tickets/:id/offers/:offerId/decision');
    expect(buildPath(apiPaths.context, {})).toBe('/context');
  });
});
