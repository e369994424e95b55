import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import {
  FetchApiClient,
  problemSchema,
  RateLimitedError,
  sellerContextSchema,
  type CreateTicketBody,
  type SellerContext,
} from '@seller-support/contract';
import { defaultNow, makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { clockFrom, type Clock } from './clock';
import { inProcessStore } from './http/rate-limit';
import { deskApiBasePath } from '@seller-support/contract/desk';
import { sellerApiBasePath } from './service';
import { startTestService, type TestService } from './testing/test-service';

const windowSeconds = 60;
const writes = 3;
const reads = 8;
const authFailures = 3;
const cabinet = 'http://localhost:4173';

// The limits count on the service's clock, which the tests move on: no waiting for a window to end.
const realClock = clockFrom(defaultNow);
let skippedMs = 0;
const clock: Clock = () => new Date(realClock().getTime() + skippedMs);
const skip = (ms: number) => {
  skippedMs += ms;
};

let service: TestService;
let baseUrl: string;
const contexts = new Map<string, SellerContext>();
const clientOf = (token: string) => new FetchApiClient({ baseUrl, getAccessToken: () => token });

beforeAll(async () => {
  service = await startTestService({
    clock,
    corsOrigin: cabinet,
    env: {
      RATE_LIMIT_WINDOW_SECONDS: String(windowSeconds),
      RATE_LIMIT_WRITES: String(writes),
      RATE_LIMIT_READS: String(reads),
      RATE_LIMIT_AUTH_FAILURES: String(authFailures),
    },
  });
  baseUrl = `${await service.app.listen({ port: 0, host: '127.0.0.1' })}${sellerApiBasePath}`;
  for (const token of ['demo-token', 'demo-token-2'])
    contexts.set(
      token,
      z.parse(sellerContextSchema, (await service.call('GET', '/context', { token })).json()),
    );
});
afterAll(() => service.stop());
// Every test starts in a new window for every caller.
beforeEach(() => skip(windowSeconds * 1000));

function ticketBody(token = 'demo-token'): CreateTicketBody {
  const context = contexts.get(token);
  const order = context?.inTransit[0];
  if (context === undefined || order === undefined) throw new Error(`no parcel in transit for ${token}`);
  return {
    topic: 'parcel_location',
    subject: 'Посылка не отслеживается',
    description: 'Статус не меняется третий день, помогите найти посылку.',
    fields: {},
    orderIds: [order.id],
    facilityId: null,
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(context, [order]),
  };
}

const createTicket = (token = 'demo-token') =>
  service.call('POST', '/tickets', { body: ticketBody(token), key: crypto.randomUUID(), token });

async function spendWrites(token = 'demo-token', spent = 0): Promise<void> {
  for (let i = spent; i < writes; i += 1) expect((await createTicket(token)).statusCode).toBe(201);
}

function expectTooMany(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(z.parse(problemSchema, response.json())).toMatchObject({ status: 429, title: 'Too many requests' });
  const retryAfter = String(response.headers['retry-after']);
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  return Number(retryAfter);
}

describe('rate limits per caller', () => {
  it('answers a write over the budget with a 429 the module’s client reads, with the wait', async () => {
    const client = clientOf('demo-token');
    const png = new Uint8Array(200);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const file = Object.assign(new Blob([png], { type: 'image/png' }), { name: 'фото.png' });
    // Uploads, tickets and messages share the budget.
    await client.uploadAttachment(file, { idempotencyKey: crypto.randomUUID() });
    const ticket = await client.createTicket(ticketBody(), { idempotencyKey: crypto.randomUUID() });
    await client.postMessage(
      ticket.id,
      { body: 'Добавляю трек-номер.', attachmentIds: [] },
      { idempotencyKey: crypto.randomUUID() },
    );

    const refused = await client.createTicket(ticketBody(), { idempotencyKey: crypto.randomUUID() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused instanceof RateLimitedError && refused.retryAfterSeconds).toBe(windowSeconds);
    expect(refused instanceof RateLimitedError && refused.problem).toMatchObject({
      type: 'https://api.market.example/problems/rate-limited',
      status: 429,
    });
    const upload = await client.uploadAttachment(file, { idempotencyKey: crypto.randomUUID() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(upload).toBeInstanceOf(RateLimitedError);
  });

  it('counts each seller apart: another seller behind the same address still writes', async () => {
    await spendWrites('demo-token');
    expectTooMany(await createTicket('demo-token'));
    expect((await createTicket('demo-token-2')).statusCode).toBe(201);
  });

  it('keeps reads, and marking a request read, going when the writes are spent', async () => {
    const ticket = z.parse(z.object({ id: z.string() }), (await createTicket()).json());
    await spendWrites('demo-token', 1);
    expectTooMany(await createTicket());
    expect((await service.call('GET', '/tickets')).statusCode).toBe(200);
    expect((await service.call('GET', `/tickets/${ticket.id}`)).statusCode).toBe(200);
    expect((await service.call('POST', `/tickets/${ticket.id}/read`)).statusCode).toBe(204);
  });

  it('limits reads on their own budget, and never the health checks', async () => {
    for (let i = 0; i < reads; i += 1) expect((await service.call('GET', '/policy')).statusCode).toBe(200);
    expectTooMany(await service.call('GET', '/policy'));
    for (let i = 0; i < reads * 3; i += 1) {
      expect((await service.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect((await service.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    }
    // Writes are counted apart from reads.
    expect((await createTicket()).statusCode).toBe(201);
  });

  it('lets requests through again once the window has passed', async () => {
    await spendWrites();
    const retryAfter = expectTooMany(await createTicket());
    expect(retryAfter).toBe(windowSeconds);
    skip((retryAfter - 1) * 1000);
    expectTooMany(await createTicket());
    skip(1000);
    expect((await createTicket()).statusCode).toBe(201);
  });

  it('lets the cabinet’s page read the wait (CORS exposes Retry-After)', async () => {
    await spendWrites();
    const response = await service.call('POST', '/tickets', {
      body: ticketBody(),
      key: crypto.randomUUID(),
      headers: { origin: cabinet },
    });
    expectTooMany(response);
    expect(response.headers['access-control-allow-origin']).toBe(cabinet);
    expect(String(response.headers['access-control-expose-headers'])).toMatch(/\bRetry-After\b/i);
  });

  it('turns a flood of refused tokens into 429s for that address only, not for valid tokens there', async () => {
    const from = (remoteAddress: string, authorization?: string) =>
      service.app.inject({
        method: 'GET',
        url: `${sellerApiBasePath}/policy`,
        remoteAddress,
        headers: authorization === undefined ? {} : { authorization },
      });
    const flooding = '203.0.113.7';
    for (let i = 0; i < authFailures; i += 1) {
      const response = await from(flooding, i % 2 === 0 ? 'Bearer not-a-token' : undefined);
      expect(response.statusCode).toBe(401);
    }
    expectTooMany(await from(flooding, 'Bearer not-a-token'));
    expectTooMany(await from(flooding));
    // A seller behind the same address (one NAT) is not refused for its neighbour's flood.
    expect((await from(flooding, 'Bearer demo-token')).statusCode).toBe(200);
    expect((await from('203.0.113.8', 'Bearer not-a-token')).statusCode).toBe(401);
  });
});

describe('the desk’s API', () => {
  const desk = (
    method: 'GET' | 'POST',
    url: string,
    { token = 'desk-token', remoteAddress = '198.51.100.4' }: { token?: string; remoteAddress?: string } = {},
  ) =>
    service.app.inject({
      method,
      url: `${deskApiBasePath}${url}`,
      remoteAddress,
      headers: {
        authorization: `Bearer ${token}`,
        ...(method === 'POST' ? { 'idempotency-key': crypto.randomUUID() } : {}),
      },
      ...(method === 'POST' ? { payload: { text: 'Запросили перевозчика' } } : {}),
    });

  it('counts a moderator’s writes and reads like a seller’s, each moderator apart', async () => {
    for (let i = 0; i < writes; i += 1)
      expect((await desk('POST', '/tickets/T-999999/steps')).statusCode).toBe(404);
    expectTooMany(await desk('POST', '/tickets/T-999999/steps'));
    expect((await desk('POST', '/tickets/T-999999/steps', { token: 'desk-token-2' })).statusCode).toBe(404);
    for (let i = 0; i < reads; i += 1) expect((await desk('GET', '/me')).statusCode).toBe(200);
    expectTooMany(await desk('GET', '/me'));
  });

  it('turns a flood of refused tokens into 429s there too', async () => {
    const flooding = '203.0.113.9';
    for (let i = 0; i < authFailures; i += 1)
      expect((await desk('GET', '/queue', { token: 'guess', remoteAddress: flooding })).statusCode).toBe(401);
    expectTooMany(await desk('GET', '/queue', { token: 'guess', remoteAddress: flooding }));
    expect((await desk('GET', '/queue', { remoteAddress: flooding })).statusCode).toBe(200);
  });
});

describe('a budget set to off', () => {
  let partly: TestService;
  beforeAll(async () => {
    partly = await startTestService({
      clock,
      env: { RATE_LIMIT_WRITES: 'off', RATE_LIMIT_READS: '2', RATE_LIMIT_AUTH_FAILURES: '0' },
    });
  });
  afterAll(() => partly.stop());

  it('lifts that limit only', async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await partly.call('POST', '/tickets/T-999999/messages', {
        body: { body: 'Дополнение.', attachmentIds: [] },
        key: crypto.randomUUID(),
      });
      expect(response.statusCode).toBe(404);
    }
    for (let i = 0; i < 5; i += 1)
      expect((await partly.call('GET', '/policy', { token: 'not-a-token' })).statusCode).toBe(401);
    expect((await partly.call('GET', '/policy')).statusCode).toBe(200);
    expect((await partly.call('GET', '/policy')).statusCode).toBe(200);
    expectTooMany(await partly.call('GET', '/policy'));
  });
});

describe('the counters in the process', () => {
  const count = (store: FastifyRateLimitStore, key: string) =>
    new Promise<{ current: number; ttl: number } | undefined>((resolve, reject) => {
      store.incr(key, (error, result) => (error === null ? resolve(result) : reject(error)), 60_000, 10);
    });

  it('start a new window when the clock is set back, rather than stretching the old one', async () => {
    let now = Date.parse(defaultNow);
    const Store = inProcessStore(() => new Date(now));
    const store = new Store({});
    await count(store, 's-1');
    expect(await count(store, 's-1')).toEqual({ current: 2, ttl: 60_000 });
    now -= 3_600_000;
    expect(await count(store, 's-1')).toEqual({ current: 1, ttl: 60_000 });
    now += 59_999;
    expect(await count(store, 's-1')).toEqual({ current: 2, ttl: 1 });
    now += 1;
    expect(await count(store, 's-1')).toEqual({ current: 1, ttl: 60_000 });
  });
});
