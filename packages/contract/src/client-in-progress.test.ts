import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchApiClient, inProgressRetries } from './client';
import { ConflictError } from './errors';
import { createTicketBodySchema } from './schemas';
import { attachmentExample, createTicketBodyExamples, ticketExample } from './testing/examples';

// A request whose idempotency key is still being worked on is answered 409 with Retry-After; the
// contract says the client waits and retries with the same key and body. These tests hold the
// client to it, and to giving up in time.

const base = 'https://cabinet.example.test/api/seller-support/v1';
const key = '4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e';
const body = createTicketBodySchema.parse(createTicketBodyExamples.parcel_location);

interface Sent {
  url: string;
  key: string | null;
  body: unknown;
}

function inProgress(retryAfter: string | null): Response {
  const problem = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Still in progress.' };
  return new Response(JSON.stringify(problem), {
    status: 409,
    headers: {
      'Content-Type': 'application/problem+json',
      ...(retryAfter === null ? {} : { 'Retry-After': retryAfter }),
    },
  });
}

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server that answers the requests it gets in turn from `answers`, the last one for ever after. */
function serverAnswering(...answers: (() => Response)[]) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, key: new Headers(init.headers).get('Idempotency-Key'), body: init.body });
    const answer = answers[Math.min(sent.length, answers.length) - 1];
    return answer === undefined ? Promise.reject(new Error('no answer')) : Promise.resolve(answer());
  };
  const client = new FetchApiClient({ baseUrl: base, getAccessToken: () => 'token-1', fetch });
  return { client, sent };
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
});

describe('a keyed request whose key is still in progress', () => {
  it('waits Retry-After, retries with the same key and body, and resolves with the result', async () => {
    vi.useFakeTimers();
    const { client, sent } = serverAnswering(
      () => inProgress('1'),
      () => json(ticketExample, 201),
    );
    const created = client.createTicket(body, { idempotencyKey: key });
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(created).resolves.toMatchObject({ id: ticketExample.id });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1]?.key).toBe(key);
  });

  it('waits no longer than maxWaitMs, however long Retry-After says', async () => {
    vi.useFakeTimers();
    const { client, sent } = serverAnswering(
      () => inProgress('3600'),
      () => json(ticketExample),
    );
    const decided = client.decideOffer('T-000123', 'of-1', { decision: 'accept' }, { idempotencyKey: key });
    await vi.advanceTimersByTimeAsync(inProgressRetries.maxWaitMs - 1);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(decided).resolves.toMatchObject({ id: ticketExample.id });
    expect(sent.map((request) => request.key)).toEqual([key, key]);
  });

  it('gives up after a bounded number of retries with the ConflictError', async () => {
    const { client, sent } = serverAnswering(() => inProgress('0'));
    const error = await rejection(client.createTicket(body, { idempotencyKey: key }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error instanceof ConflictError && error.retryAfterSeconds).toBe(0);
    expect(sent).toHaveLength(inProgressRetries.attempts + 1);
  });

  it('retries an upload the same way', async () => {
    const { client, sent } = serverAnswering(
      () => inProgress('0'),
      () => json(attachmentExample, 201),
    );
    const file = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await expect(client.uploadAttachment(file, { idempotencyKey: key })).resolves.toEqual(attachmentExample);
    expect(sent.map((request) => request.key)).toEqual([key, key]);
  });

  it('stops waiting when the caller aborts', async () => {
    vi.useFakeTimers();
    const { client, sent } = serverAnswering(() => inProgress('1'));
    const controller = new AbortController();
    const created = rejection(client.createTicket(body, { idempotencyKey: key, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await created).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(1);
  });
});

describe('a 409 that is a conflict of state', () => {
  it('is final: no Retry-After, or no key to retry with', async () => {
    const withoutWait = serverAnswering(() => inProgress(null));
    expect(await rejection(withoutWait.client.createTicket(body, { idempotencyKey: key }))).toBeInstanceOf(
      ConflictError,
    );
    expect(withoutWait.sent).toHaveLength(1);

    const withoutKey = serverAnswering(() => inProgress('0'));
    expect(
      await rejection(withoutKey.client.decideOffer('T-000123', 'of-1', { decision: 'decline' })),
    ).toBeInstanceOf(ConflictError);
    expect(withoutKey.sent).toHaveLength(1);
  });
});

describe('the ticket actions', () => {
  it('send the Idempotency-Key they are given, and none without', async () => {
    const { client, sent } = serverAnswering(() => json(ticketExample));
    await client.decideOffer('T-000123', 'of-1', { decision: 'accept' }, { idempotencyKey: 'k-1' });
    await client.reopenTicket('T-000123', { reason: 'Снова не работает' }, { idempotencyKey: 'k-2' });
    await client.rateTicket('T-000123', { score: 5 }, { idempotencyKey: 'k-3' });
    await client.rateTicket('T-000123', { score: 5 });
    expect(sent.map((request) => request.key)).toEqual(['k-1', 'k-2', 'k-3', null]);
  });
});
