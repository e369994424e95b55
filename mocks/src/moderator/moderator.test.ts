import {
  FetchApiClient,
  isKnownTicketEvent,
  ticketEventSchema,
  ticketSchema,
  topics,
  type CreateTicketBody,
  type ReceivedTicket,
  type TicketEvent,
  type TicketStatus,
  type Topic,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeContextSnapshot } from '../factories';
import { createMockApi } from '../mock-api';
import { createMockServer } from '../node';
import type { MockStore } from '../store';
import { createModeratorSimulator } from './simulator';

const apiBaseUrl = 'http://localhost/api/seller-support/v1';
const mock = createMockServer({ baseUrl: apiBaseUrl });
const { server, store, moderator } = mock;
const client = new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => 'test-token' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
});
afterAll(() => server.close());

let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `00000000-0000-4000-9000-${String(keyCounter).padStart(12, '0')}`;
};

/** A valid `POST /tickets` body of each topic, built from what the store holds. */
function bodyFor(target: MockStore, topic: Topic): CreateTicketBody {
  const context = target.getContext();
  const inTransit = context.inTransit[0];
  const delivered = target.listOrders({ status: ['delivered'], limit: 1 }).items[0];
  if (!inTransit || !delivered) throw new Error('the default dataset has in-transit and delivered orders');
  const common = {
    subject: 'Проверка модератора',
    description: 'Подробное описание проблемы для модератора.',
    attachmentIds: [],
    confidential: false,
  };
  const snapshot = (orders: (typeof delivered)[]) => makeContextSnapshot(context, orders);
  switch (topic) {
    case 'account':
      return {
        ...common,
        topic,
        fields: { area: 'cabinet' },
        orderIds: [],
        facilityId: null,
        context: snapshot([]),
      };
    case 'orders':
      return {
        ...common,
        topic,
        fields: { action: 'return' },
        orderIds: [delivered.id],
        facilityId: null,
        context: snapshot([delivered]),
      };
    case 'staff_complaint':
      return {
        ...common,
        topic,
        fields: { facilityType: 'warehouse', incidentDate: '2026-11-20' },
        orderIds: [],
        facilityId: 'wh-1',
        context: snapshot([]),
      };
    case 'parcel_location':
      return {
        ...common,
        topic,
        fields: {},
        orderIds: [inTransit.id],
        facilityId: null,
        context: snapshot([inTransit]),
      };
    case 'logistics_info':
      return {
        ...common,
        topic,
        fields: { facilityType: 'warehouse' },
        orderIds: [],
        facilityId: null,
        context: snapshot([]),
      };
    case 'fraud':
      return { ...common, topic, fields: {}, orderIds: [], facilityId: null, context: snapshot([]) };
    case 'payments':
      return {
        ...common,
        topic,
        fields: {
          payoutPeriod: { from: '2026-11-10', to: '2026-11-16' },
          amount: { amount: '12500.00', currency: 'RUB' },
        },
        orderIds: [],
        facilityId: null,
        context: snapshot([]),
      };
    case 'warranty':
      return {
        ...common,
        topic,
        fields: { itemSku: delivered.items[0]?.sku ?? '', defect: 'Перестал включаться через неделю' },
        orderIds: [delivered.id],
        facilityId: null,
        context: snapshot([delivered]),
      };
  }
}

async function create(topic: Topic): Promise<ReceivedTicket> {
  return client.createTicket(bodyFor(store, topic), { idempotencyKey: newKey() });
}

/** Steps the moderator until it has nothing left, checking each answer through the typed client. */
async function drain(ticketId: string): Promise<{ kinds: TicketEvent['kind'][]; statuses: TicketStatus[] }> {
  const kinds: TicketEvent['kind'][] = [];
  const statuses: TicketStatus[] = [];
  for (let result = moderator.step(ticketId); result !== null; result = moderator.step(ticketId)) {
    kinds.push(result.event.kind);
    // Through the handlers: `respond()` parses the ticket, and the client parses it again.
    const ticket = await client.getTicket(ticketId);
    expect(ticket.status).toBe(result.status);
    expect(ticket.events?.at(-1)).toEqual(result.event);
    statuses.push(result.status);
  }
  return { kinds, statuses };
}

/** Consecutive duplicates removed: the path through the statuses. */
const path = (statuses: readonly TicketStatus[]) =>
  statuses.filter((status, i) => i === 0 || statuses[i - 1] !== status);

const valid = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

describe('the moderator, stepped by hand', () => {
  const expected: Record<Topic, { kinds: TicketEvent['kind'][]; path: TicketStatus[] }> = {
    account: {
      kinds: ['assigned', 'message', 'step', 'step', 'message', 'resolved'],
      path: ['in_progress', 'resolved'],
    },
    orders: {
      kinds: ['assigned', 'message', 'step', 'offer', 'message'],
      path: ['in_progress', 'offer_proposed'],
    },
    staff_complaint: {
      kinds: ['assigned', 'message', 'step', 'third_party', 'step', 'message', 'resolved'],
      path: ['in_progress', 'waiting_third_party', 'in_progress', 'resolved'],
    },
    parcel_location: {
      kinds: ['assigned', 'message', 'step', 'third_party', 'step', 'offer', 'message'],
      path: ['in_progress', 'waiting_third_party', 'in_progress', 'offer_proposed'],
    },
    logistics_info: {
      kinds: ['assigned', 'message', 'step', 'message', 'resolved'],
      path: ['in_progress', 'resolved'],
    },
    fraud: {
      kinds: ['assigned', 'message', 'step', 'step', 'message', 'resolved'],
      path: ['in_progress', 'resolved'],
    },
    payments: {
      kinds: ['assigned', 'message', 'step', 'offer', 'message'],
      path: ['in_progress', 'offer_proposed'],
    },
    warranty: {
      kinds: ['assigned', 'message', 'step', 'third_party', 'step', 'offer', 'message'],
      path: ['in_progress', 'waiting_third_party', 'in_progress', 'offer_proposed'],
    },
  };

  for (const topic of topics) {
    const want = expected[topic];
    it(`leads a ${topic} request along its path, every answer valid`, async () => {
      const created = await create(topic);
      expect(created.status).toBe('new');
      expect(moderator.pending(created.id).map((step) => step.kind)).toEqual(want.kinds);
      const { kinds, statuses } = await drain(created.id);
      expect(kinds).toEqual(want.kinds);
      expect(path(statuses)).toEqual(want.path);
      expect(moderator.pending(created.id)).toEqual([]);

      const ticket = await client.getTicket(created.id);
      expect(valid(ticketSchema, ticket)).toBe(true);
      const events = ticket.events ?? [];
      for (const event of events) expect(valid(ticketEventSchema, event)).toBe(true);
      // Ordered in time, each event after the one before.
      for (let i = 1; i < events.length; i += 1)
        expect(Date.parse(events[i]?.at ?? '')).toBeGreaterThan(Date.parse(events[i - 1]?.at ?? ''));
      expect(ticket.updatedAt).toBe(events.at(-1)?.at);
      // Every moderator-side event counts as unread.
      expect(ticket.unread).toBe(want.kinds.length);
      expect(ticket.assignee).not.toBeNull();
      expect(ticket.expectedFirstResponseBy).toBeNull();
    });
  }

  it('assigns within the first-response target and greets the seller', async () => {
    const created = await create('parcel_location');
    expect(created.expectedFirstResponseBy).not.toBeNull();
    const assigned = moderator.step();
    expect(assigned?.event).toMatchObject({ kind: 'assigned' });
    const ticket = await client.getTicket(created.id);
    expect(ticket.assignee).toEqual(assigned?.event.kind === 'assigned' ? assigned.event.moderator : null);
    expect(Date.parse(assigned?.event.at ?? '')).toBeLessThanOrEqual(
      Date.parse(created.expectedFirstResponseBy ?? ''),
    );
    const greeting = moderator.step()?.event;
    expect(greeting).toMatchObject({ kind: 'message', author: 'moderator' });
    expect(greeting?.kind === 'message' ? greeting.body : '').toMatch(
      /^Здравствуйте! Я взяла? ваше обращение в работу/,
    );
  });

  it('names the third party by topic: carrier, warehouse, service centre', async () => {
    const parties: string[] = [];
    for (const topic of ['parcel_location', 'staff_complaint', 'warranty'] as const) {
      const { id } = await create(topic);
      const ticket = moderator.runUntil('waiting_third_party', id);
      const event = ticket.events.at(-1);
      parties.push(event?.kind === 'third_party' ? event.party : 'none');
    }
    expect(parties).toEqual(['carrier', 'warehouse', 'service_centre']);
  });

  it('offers a discount or a compensation with an amount', async () => {
    const { id } = await create('payments');
    const ticket = moderator.runUntil('offer_proposed', id);
    const offer = ticket.events.at(-1);
    expect(offer).toMatchObject({
      kind: 'offer',
      offer: { kind: 'compensation', status: 'pending', amount: { amount: '12500.00', currency: 'RUB' } },
    });
    const explained = moderator.step(id)?.event;
    expect(explained?.kind === 'message' ? explained.body : '').toContain('12\u00a0500,00\u00a0₽');
  });

  it('an accepted offer resolves the request, and the moderator confirms it', async () => {
    const { id } = await create('orders');
    const proposed = moderator.runUntil('offer_proposed', id);
    const offer = proposed.events.find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    const decided = await client.decideOffer(id, offer.offer.id, { decision: 'accept' });
    expect(decided.status).toBe('resolved');
    expect(moderator.pending(id)).toEqual([{ ticketId: id, kind: 'message', status: null }]);
    const { kinds, statuses } = await drain(id);
    expect(kinds).toEqual(['message']);
    expect(statuses).toEqual(['resolved']);
  });

  it('a declined offer ends in a step and a resolution with a note', async () => {
    const { id } = await create('warranty');
    const proposed = moderator.runUntil('offer_proposed', id);
    const offer = proposed.events.find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    const decided = await client.decideOffer(id, offer.offer.id, { decision: 'decline', comment: 'Мало' });
    expect(decided.status).toBe('in_progress');
    const { kinds, statuses } = await drain(id);
    expect(kinds).toEqual(['step', 'resolved']);
    expect(statuses).toEqual(['in_progress', 'resolved']);
    const resolved = (await client.getTicket(id)).events?.at(-1);
    expect(
      resolved && isKnownTicketEvent(resolved) && resolved.kind === 'resolved' ? resolved.note : undefined,
    ).toMatch(/отклонено/);
  });

  it('stops at an offer until the seller decides: runUntil says why', async () => {
    const { id } = await create('parcel_location');
    moderator.runUntil('offer_proposed', id);
    moderator.step(id);
    expect(moderator.step(id)).toBeNull();
    expect(() => moderator.runUntil('resolved', id)).toThrow(/offer_proposed.*nothing more to do/);
  });

  it('answers a seller who replies while waiting for them, then carries on', async () => {
    const waiting = store.listTickets({ status: ['waiting_seller'] }).items[0];
    if (!waiting) throw new Error('no waiting_seller ticket in the dataset');
    await client.postMessage(
      waiting.id,
      { body: 'Фото этикетки и дефекта во вложении.', attachmentIds: [] },
      { idempotencyKey: newKey() },
    );
    expect((await client.getTicket(waiting.id)).status).toBe('in_progress');
    const reply = moderator.step(waiting.id);
    expect(reply?.event).toMatchObject({ kind: 'message', author: 'moderator' });
    expect(reply?.event.kind === 'message' ? reply.event.body : '').toMatch(/^Спасибо, всё получила?/);
    // The warranty request goes on to the service centre and an offer.
    const ticket = moderator.runUntil('offer_proposed', waiting.id);
    expect(
      ticket.events.some((event) => event.kind === 'third_party' && event.party === 'service_centre'),
    ).toBe(true);
    expect(valid(ticketSchema, await client.getTicket(waiting.id))).toBe(true);
  });

  it('answers a message in the middle of the work before its next step', async () => {
    const { id } = await create('account');
    moderator.runUntil('in_progress', id);
    await client.postMessage(
      id,
      { body: 'Ошибка повторилась сегодня утром.', attachmentIds: [] },
      {
        idempotencyKey: newKey(),
      },
    );
    expect(moderator.pending(id)[0]).toEqual({ ticketId: id, kind: 'message', status: null });
    const reply = moderator.step(id)?.event;
    expect(reply?.kind === 'message' ? reply.body : '').toMatch(/^Спасибо за уточнение/);
    expect(moderator.runUntil('resolved', id).status).toBe('resolved');
  });

  it('leads a reopened request to a new resolution', async () => {
    const { id } = await create('logistics_info');
    moderator.runUntil('resolved', id);
    const reopened = await client.reopenTicket(id, { reason: 'Склад не принял поставку в эти часы' });
    expect(reopened.status).toBe('in_progress');
    expect((await drain(id)).kinds).toEqual(['message', 'step', 'resolved']);
  });

  it('leaves the dataset alone until the seller touches it, and steps the oldest queue first', async () => {
    expect(moderator.pending()).toEqual([]);
    expect(moderator.step()).toBeNull();
    const first = await create('fraud');
    const second = await create('account');
    expect(moderator.pending().at(0)?.ticketId).toBe(first.id);
    expect(moderator.step()?.ticketId).toBe(first.id);
    expect(moderator.step(second.id)?.ticketId).toBe(second.id);
  });

  it('forgets its queue on store.reset()', async () => {
    await create('fraud');
    expect(moderator.pending().length).toBeGreaterThan(0);
    store.reset();
    expect(moderator.pending()).toEqual([]);
  });

  it('ignores idempotent replays', async () => {
    const body = bodyFor(store, 'fraud');
    const key = newKey();
    const ticket = await client.createTicket(body, { idempotencyKey: key });
    await client.createTicket(body, { idempotencyKey: key });
    expect(moderator.pending(ticket.id)).toHaveLength(6);
  });
});

describe('the moderator on a timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs each action after its delay, and stop() leaves no timers behind', () => {
    vi.useFakeTimers();
    const api = createMockApi({ moderator: { mode: 'timer', delaysMs: [1000, 2000] } });
    const { id } = api.store.createTicket(bodyFor(api.store, 'parcel_location'), newKey()).value;
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(api.store.getTicket(id).status).toBe('new');
    vi.advanceTimersByTime(1);
    expect(api.store.getTicket(id).status).toBe('in_progress');
    vi.advanceTimersByTime(1999);
    expect(api.store.getTicket(id).events).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(api.store.getTicket(id).events.at(-1)).toMatchObject({ kind: 'message', author: 'moderator' });
    vi.runAllTimers();
    const ticket = api.store.getTicket(id);
    expect(ticket.status).toBe('offer_proposed');
    expect(vi.getTimerCount()).toBe(0);

    // The seller's decision starts the clock again, from the first delay.
    const offer = ticket.events.find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    api.store.decideOffer(id, offer.offer.id, { decision: 'decline' });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(api.store.getTicket(id).events.at(-1)?.kind).toBe('step');

    api.moderator.stop();
    expect(vi.getTimerCount()).toBe(0);
    // Stopped: nothing is scheduled any more, but a test can still step by hand.
    api.store.createTicket(bodyFor(api.store, 'fraud'), newKey());
    expect(vi.getTimerCount()).toBe(0);
    expect(api.moderator.step(id)?.event.kind).toBe('resolved');
  });

  it('takes a single number as the same delay every time, and store.reset() clears its timers', () => {
    vi.useFakeTimers();
    const api = createMockApi({ moderator: { mode: 'timer', delaysMs: 500 } });
    const { id } = api.store.createTicket(bodyFor(api.store, 'logistics_info'), newKey()).value;
    vi.advanceTimersByTime(500 * 4);
    expect(api.store.getTicket(id).events).toHaveLength(5);
    vi.advanceTimersByTime(500);
    expect(api.store.getTicket(id).status).toBe('resolved');
    expect(vi.getTimerCount()).toBe(0);
    api.store.createTicket(bodyFor(api.store, 'fraud'), newKey());
    expect(vi.getTimerCount()).toBe(1);
    api.store.reset();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('determinism', () => {
  function playOut(seed: number): unknown[] {
    const api = createMockApi({ dataset: { seed } });
    const results: unknown[] = [];
    const ids = (['warranty', 'orders', 'staff_complaint'] as const).map(
      (topic) => api.store.createTicket(bodyFor(api.store, topic), `key-${topic}`).value.id,
    );
    for (let step = api.moderator.step(); step !== null; step = api.moderator.step()) results.push(step);
    for (const [i, id] of ids.entries()) {
      const offer = api.store.getTicket(id).events.find((event) => event.kind === 'offer');
      if (offer?.kind === 'offer')
        api.store.decideOffer(id, offer.offer.id, { decision: i === 0 ? 'accept' : 'decline' });
    }
    api.store.postMessage(ids[2] ?? '', { body: 'Спасибо!', attachmentIds: [] }, 'key-message');
    for (let step = api.moderator.step(); step !== null; step = api.moderator.step()) results.push(step);
    results.push(api.store.listTickets({ limit: 100 }));
    return results;
  }

  it('gives the same events for the same seed and calls', () => {
    const first = playOut(42);
    expect(playOut(42)).toEqual(first);
    expect(first.length).toBeGreaterThan(15);
  });
});

describe('wiring', () => {
  it('createMockApi: manual by default, off with `moderator: false`', () => {
    const manual = createMockApi();
    expect(manual.moderator.mode).toBe('manual');
    const off = createMockApi({ moderator: false });
    expect(off.moderator.mode).toBe('off');
    off.store.createTicket(bodyFor(off.store, 'fraud'), newKey());
    expect(off.moderator.pending()).toEqual([]);
    expect(off.moderator.step()).toBeNull();
  });

  it('track() makes the moderator lead a dataset ticket from where it stands', () => {
    const api = createMockApi();
    const thirdParty = api.store.listTickets({ status: ['waiting_third_party'] }).items[0];
    if (!thirdParty) throw new Error('no waiting_third_party ticket');
    api.moderator.track(thirdParty.id);
    expect(api.moderator.runUntil('resolved', thirdParty.id).status).toBe('resolved');
    const standalone = createModeratorSimulator({ store: api.store });
    expect(standalone.mode).toBe('manual');
  });
});
