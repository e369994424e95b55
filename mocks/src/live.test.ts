import {
  liveReadySchema,
  liveStreamMediaType,
  liveTicketChangeSchema,
  problemSchema,
  type CreateTicketBody,
} from '@seller-support/contract';
import { deskLiveTicketChangeSchema } from '@seller-support/contract/desk';
import { getResponse } from 'msw';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { deskAnna } from './desk/moderators';
import { mockDeskFailure } from './desk/overrides';
import { makeContextSnapshot } from './factories';
import { createMockApi } from './mock-api';
import { readSse, type SseBlock, type SseReader } from './live-reader';
import { createMockServer } from './node';
import type { MockStore } from './store';

const origin = 'http://localhost';
const sellerEvents = `${origin}/api/seller-support/v1/events`;
const deskEvents = `${origin}/api/desk/v1/events`;
const mock = createMockServer({ dataset: { tickets: { deskQueue: true } } });
const { server, store, scenario, desk, moderator } = mock;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
  scenario.reset();
});
afterAll(() => server.close());

let keyCounter = 0;
const key = () => {
  keyCounter += 1;
  return `00000000-0000-4000-8000-e${String(keyCounter).padStart(11, '0')}`;
};

interface Opened {
  response: Response;
  reader: SseReader;
  /** Aborts the request: the client's connection drops. */
  drop: () => void;
}

/** Opens a live stream as a client does, and drops it when the test ends. */
async function open(
  url: string,
  { token, lastEventId }: { token: string; lastEventId?: string },
): Promise<Opened> {
  const controller = new AbortController();
  const headers = new Headers({ Accept: liveStreamMediaType, Authorization: `Bearer ${token}` });
  if (lastEventId !== undefined) headers.set('Last-Event-ID', lastEventId);
  const response = await fetch(url, { headers, signal: controller.signal });
  const drop = () => controller.abort();
  onTestFinished(drop);
  return { response, reader: readSse(response), drop };
}

const openSeller = (lastEventId?: string) =>
  open(sellerEvents, { token: 'seller-token', ...(lastEventId === undefined ? {} : { lastEventId }) });
const openDesk = (lastEventId?: string) =>
  open(deskEvents, { token: 'desk-token', ...(lastEventId === undefined ? {} : { lastEventId }) });

/** The order a stream id stands for: the mocks' ids end in the change's number. */
function seqOf(id: string | undefined): number {
  return Number(id?.split('-').at(-1));
}

function dataOf<S extends z.ZodMiniType>(schema: S, block: SseBlock): z.output<S> {
  return z.parse(schema, JSON.parse(block.data ?? 'null'));
}

/** A stream's first message, which must be `ready`. */
async function ready(opened: Opened): Promise<void> {
  const first = await opened.reader.next();
  expect(first.event).toBe('ready');
  expect(first.id).toBeUndefined();
}

function accountTicketBody(target: MockStore): CreateTicketBody {
  return {
    topic: 'account',
    subject: 'Не могу войти',
    description: 'Подробное описание проблемы для модератора.',
    fields: { area: 'cabinet' },
    orderIds: [],
    facilityId: null,
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(target.getContext(), []),
  };
}

const step = (ticketId: string, text: string) => desk.recordStep(deskAnna, ticketId, { text }, key()).value;

describe('the live streams (GET /events)', () => {
  it('send ready first, as an event stream, with the heartbeat', async () => {
    const seller = await openSeller();
    expect(seller.response.status).toBe(200);
    expect(seller.response.headers.get('Content-Type')).toMatch(/^text\/event-stream\b/);
    const first = await seller.reader.next();
    expect(first).toMatchObject({ event: 'ready' });
    expect(first.id).toBeUndefined();
    expect(dataOf(liveReadySchema, first)).toEqual({ heartbeatSeconds: 15 });
    const deskStream = await openDesk();
    await ready(deskStream);
  });

  it('bring the seller a moderator’s act and the desk the seller’s new request', async () => {
    const seller = await openSeller();
    const deskStream = await openDesk();
    await ready(seller);
    await ready(deskStream);

    const created = await fetch(`${origin}/api/seller-support/v1/tickets`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer seller-token',
        'Content-Type': 'application/json',
        'Idempotency-Key': key(),
      },
      body: JSON.stringify(accountTicketBody(store)),
    });
    expect(created.status).toBe(201);
    const [deskCreated] = await deskStream.reader.messages(1);
    const ticketId = dataOf(deskLiveTicketChangeSchema, deskCreated ?? {}).ticketId;
    expect(dataOf(deskLiveTicketChangeSchema, deskCreated ?? {})).toMatchObject({
      kind: 'created',
      visibility: 'seller',
    });

    // The scripted moderator's first act, then a moderator at the desk over HTTP.
    const assigned = moderator.step(ticketId);
    const took = await fetch(`${origin}/api/desk/v1/tickets/T-000107/take`, {
      method: 'POST',
      headers: { Authorization: 'Bearer desk-token', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(took.status).toBe(200);

    const [own, act, take] = await seller.reader.messages(3);
    expect(dataOf(liveTicketChangeSchema, own ?? {})).toMatchObject({ ticketId, kind: 'created' });
    expect(own?.event).toBe('ticket');
    expect(dataOf(liveTicketChangeSchema, act ?? {})).toEqual({
      ticketId,
      eventId: assigned?.event.id,
      kind: 'assigned',
      at: assigned?.event.at,
    });
    expect(dataOf(liveTicketChangeSchema, take ?? {})).toMatchObject({
      ticketId: 'T-000107',
      kind: 'assigned',
    });
    const ids = [own, act, take].map((block) => seqOf(block?.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);
  });

  it('tell the desk of an internal note, with its visibility, and the seller never', async () => {
    const seller = await openSeller();
    const deskStream = await openDesk();
    await ready(seller);
    await ready(deskStream);
    desk.take(deskAnna, 'T-000107', {});
    const note = desk.addNote(deskAnna, 'T-000107', { body: 'Продавец уже писал об этом' }, key()).value;
    const marker = step('T-000107', 'Проверяем');

    const sellerSaw = (await seller.reader.messages(2)).map((block) => dataOf(liveTicketChangeSchema, block));
    expect(sellerSaw.map(({ kind }) => kind)).toEqual(['assigned', 'step']);
    expect(sellerSaw[1]?.eventId).toBe(marker.id);
    expect(sellerSaw.map(({ eventId }) => eventId)).not.toContain(note.id);

    const deskSaw = (await deskStream.reader.messages(3)).map((block) =>
      dataOf(deskLiveTicketChangeSchema, block),
    );
    expect(deskSaw.map(({ kind, visibility }) => [kind, visibility])).toEqual([
      ['assigned', 'seller'],
      ['note', 'internal'],
      ['step', 'seller'],
    ]);
    expect(deskSaw[1]?.eventId).toBe(note.id);
  });

  it('resume after a drop in the middle of a burst: every change once, in order', async () => {
    desk.take(deskAnna, 'T-000107', {});
    const first = await openSeller();
    await ready(first);
    const burst = Array.from({ length: 20 }, (_, index) => step('T-000107', `Шаг ${index + 1}`).id);

    const before = await first.reader.messages(7);
    first.drop();
    const lastId = before.at(-1)?.id ?? '';
    const late = [step('T-000107', 'Пока клиента не было')];

    const second = await openSeller(lastId);
    await ready(second);
    const replayed = await second.reader.messages(burst.length - 7 + late.length);
    const live = [step('T-000107', 'Уже при клиенте').id];
    const after = await second.reader.messages(1);

    const received = [...before, ...replayed, ...after];
    expect(received.map((block) => dataOf(liveTicketChangeSchema, block).eventId)).toEqual([
      ...burst,
      ...late.map(({ id }) => id),
      ...live,
    ]);
    const ids = received.map((block) => seqOf(block.id));
    expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? 0))).toBe(true);
  });

  it('answer a cursor they cannot resume from with reset, then go on live', async () => {
    const stale = await openSeller();
    await ready(stale);
    step('T-000110', 'До сброса');
    const [beforeReset] = await stale.reader.messages(1);
    // The store forgets its history: an open stream is told, and the old cursor no longer resumes.
    store.reset();
    const [told] = await stale.reader.messages(1);
    expect(told?.event).toBe('reset');
    expect(seqOf(told?.id)).toBeGreaterThan(seqOf(beforeReset?.id));

    // Malformed, from before the reset, ahead of the log, and the desk's id of the very latest change.
    const deskCursor = store.live.idOf('desk', store.live.lastSeq);
    const ahead = store.live.idOf('seller', store.live.lastSeq + 5);
    for (const cursor of ['nonsense', beforeReset?.id ?? '', ahead, deskCursor]) {
      const resumed = await openSeller(cursor);
      await ready(resumed);
      const [reset] = await resumed.reader.messages(1);
      expect(reset?.event).toBe('reset');
      expect(reset?.data).toBe('{}');
      expect(reset?.id).toBe(told?.id);
      resumed.drop();
    }

    const fromReset = await openSeller(told?.id ?? '');
    await ready(fromReset);
    const marker = step('T-000110', 'После сброса');
    const [next] = await fromReset.reader.messages(1);
    expect(next?.event).toBe('ticket');
    expect(dataOf(liveTicketChangeSchema, next ?? {}).eventId).toBe(marker.id);
  });

  it('keep a quiet stream alive with comments at the heartbeat', async () => {
    const quick = createMockServer({ live: { heartbeatSeconds: 1 } });
    server.use(...quick.server.listHandlers());
    const seller = await openSeller();
    const first = await seller.reader.next();
    expect(dataOf(liveReadySchema, first)).toEqual({ heartbeatSeconds: 1 });
    const started = Date.now();
    expect(await seller.reader.next()).toEqual({ comment: 'keep-alive' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('let go of every stream whose client went away', async () => {
    expect(store.live.subscriberCount).toBe(0);
    const streams = await Promise.all([openSeller(), openSeller(), openDesk()]);
    await Promise.all(streams.map(ready));
    expect(store.live.subscriberCount).toBe(3);
    for (const stream of streams) stream.drop();
    await expect.poll(() => store.live.subscriberCount).toBe(0);
    // A change after they left goes nowhere and breaks nothing.
    step('T-000110', 'Никого нет');
  });

  it('end every open stream when the server drops them, and resume where each client was', async () => {
    const seller = await openSeller();
    const deskStream = await openDesk();
    await ready(seller);
    await ready(deskStream);
    const before = step('T-000110', 'До обрыва');
    const [seen] = await seller.reader.messages(1);
    expect(store.live.disconnectAll()).toBe(2);
    await expect(seller.reader.next()).rejects.toThrow('The stream ended');
    await expect(deskStream.reader.messages(2)).rejects.toThrow('The stream ended');
    expect(store.live.subscriberCount).toBe(0);

    const missed = step('T-000110', 'Во время обрыва');
    const again = await openSeller(seen?.id ?? '');
    await ready(again);
    const [replayed] = await again.reader.messages(1);
    expect(dataOf(liveTicketChangeSchema, seen ?? {}).eventId).toBe(before.id);
    expect(dataOf(liveTicketChangeSchema, replayed ?? {}).eventId).toBe(missed.id);
  });

  it('let go of a stream whose body is cancelled, as the browser tests’ fetch reads them', async () => {
    const api = createMockApi({ live: { heartbeatSeconds: 1 } });
    const request = new Request(sellerEvents, { headers: { Authorization: 'Bearer seller-token' } });
    const response = await getResponse(api.handlers, request);
    if (response === undefined) throw new Error('the seller’s handlers answer /events');
    const reader = readSse(response);
    expect((await reader.next()).event).toBe('ready');
    expect(api.store.live.subscriberCount).toBe(1);
    await reader.cancel();
    expect(api.store.live.subscriberCount).toBe(0);
  });

  it('answer 401 without a token they accept, and obey the scenario', async () => {
    const anonymous = await fetch(sellerEvents, { headers: { Accept: liveStreamMediaType } });
    expect(anonymous.status).toBe(401);
    const seller = await fetch(deskEvents, {
      headers: { Accept: liveStreamMediaType, Authorization: 'Bearer seller-token' },
    });
    expect(seller.status).toBe(401);
    expect(z.safeParse(problemSchema, await seller.json()).success).toBe(true);

    scenario.fail('streamEvents', { status: 503, times: 1 });
    expect((await fetch(sellerEvents, { headers: { Authorization: 'Bearer t' } })).status).toBe(503);
    await ready(await openSeller());
    server.use(mockDeskFailure('streamDeskEvents', 429));
    const limited = await fetch(deskEvents, { headers: { Authorization: 'Bearer desk-token' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('30');
  });
});

describe('mocks without the live streams', () => {
  it('answer /events with a 404 problem on both APIs, so clients poll', async () => {
    const older = createMockServer({ live: false });
    server.use(...older.server.listHandlers());
    for (const [url, token] of [
      [sellerEvents, 'seller-token'],
      [deskEvents, 'desk-token'],
    ] as const) {
      const response = await fetch(url, {
        headers: { Accept: liveStreamMediaType, Authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(z.safeParse(problemSchema, await response.json()).success).toBe(true);
    }
    // The same server upgraded: the stream is there from the next request on.
    older.scenario.setOffered('liveEvents', true);
    await ready(await openSeller());
    older.scenario.reset();
    const again = await fetch(sellerEvents, { headers: { Authorization: 'Bearer seller-token' } });
    expect(again.status).toBe(404);
  });
});
