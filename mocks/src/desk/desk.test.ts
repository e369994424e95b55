import {
  attachmentSchema,
  ConflictError,
  FetchApiClient,
  moderatorSchema,
  problemSchema,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from '@seller-support/contract';
import {
  deskApiPaths,
  deskTicketEventSchema,
  deskTicketSchema,
  FetchDeskClient,
  isKnownDeskTicketEvent,
  queuePageSchema,
  type QueuePage,
} from '@seller-support/contract/desk';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { makeContextSnapshot } from '../factories';
import { createMockApi, createMockDeskApi } from '../mock-api';
import { createMockServer } from '../node';
import { deskAnna, deskBoris } from './moderators';
import { mockDeskFailure, mockDeskResponse } from './overrides';

const origin = 'http://localhost';
const sellerBase = `${origin}/api/seller-support/v1`;
const deskBase = `${origin}/api/desk/v1`;
const mock = createMockServer({ dataset: { tickets: { deskQueue: true } } });
const { server, store, scenario, moderator } = mock;
const seller = new FetchApiClient({ baseUrl: sellerBase, getAccessToken: () => 'seller-token' });
const anna = new FetchDeskClient({ baseUrl: deskBase, getAccessToken: () => 'desk-token' });
const boris = new FetchDeskClient({ baseUrl: deskBase, getAccessToken: () => 'desk-token-2' });

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
  return `00000000-0000-4000-8000-d${String(keyCounter).padStart(11, '0')}`;
};

/** A desk call as it goes over the wire, its body parsed with the contract's strict schema. */
async function deskRaw(
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const { token = 'desk-token', ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Authorization', `Bearer ${token}`);
  if (typeof rest.body === 'string') headers.set('Content-Type', 'application/json');
  const response = await fetch(`${deskBase}${path}`, { ...rest, headers });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

const post = (path: string, body: unknown, idempotencyKey?: string, token?: string) =>
  deskRaw(path, {
    method: 'POST',
    body: JSON.stringify(body),
    ...(idempotencyKey === undefined ? {} : { headers: { 'Idempotency-Key': idempotencyKey } }),
    ...(token === undefined ? {} : { token }),
  });

const ticketPath = (template: string, id: string) => template.replace('{id}', id);

/** At `defaultNow` the queue has, by first answer due: T-000108 (overdue), T-000107, T-000109. */
const overdueId = 'T-000108';
const annasId = 'T-000110';
const borisId = 'T-000111';

async function createParcelTicket() {
  const context = await seller.getContext();
  const order = context.inTransit[0];
  if (order === undefined) throw new Error('The dataset has no order in transit');
  return seller.createTicket(
    {
      topic: 'parcel_location',
      subject: 'Посылка не отслеживается',
      description: 'Статус не меняется третий день, помогите найти посылку.',
      fields: {},
      orderIds: [order.id],
      facilityId: null,
      attachmentIds: [],
      confidential: false,
      context: makeContextSnapshot(context, [order]),
    },
    { idempotencyKey: key() },
  );
}

function png(size = 72): Blob {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([bytes], { type: 'image/png' });
}

describe('the desk handlers', () => {
  it('know the demo moderators by their tokens and refuse any other token', async () => {
    expect(await anna.getMe()).toEqual(deskAnna);
    expect(await boris.getMe()).toEqual(deskBoris);
    const me = await deskRaw(deskApiPaths.me);
    expect(z.parse(moderatorSchema, me.body)).toEqual(deskAnna);
    const stranger = new FetchDeskClient({ baseUrl: deskBase, getAccessToken: () => 'seller-token' });
    await expect(stranger.getMe()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('answer every read in the desk contract’s strict shapes', async () => {
    const queue = await deskRaw(`${deskApiPaths.queue}?limit=3`);
    expect(queue.status).toBe(200);
    const page = z.parse(queuePageSchema, queue.body);
    expect(page.items).toHaveLength(3);
    for (const item of page.items) {
      const ticket = await deskRaw(ticketPath(deskApiPaths.ticket, item.id));
      const parsed = z.parse(deskTicketSchema, ticket.body);
      expect(parsed.id).toBe(item.id);
      expect(parsed.request.context.seller.legalName).toBe(store.dataset.seller.legalName);
    }
    const missing = await deskRaw(ticketPath(deskApiPaths.ticket, 'T-999999'));
    expect(missing.status).toBe(404);
    expect(z.parse(problemSchema, missing.body).status).toBe(404);
  });
});

describe('the queue', () => {
  it('sorts the open tickets by first answer due, the overdue one first and marked, with counts', async () => {
    const page = await anna.listQueue();
    const ids = page.items.map((item) => item.id);
    expect(ids.slice(0, 3)).toEqual([overdueId, 'T-000107', 'T-000109']);
    expect(page.items[0]).toMatchObject({ overdue: true, assignee: null, status: 'new', unread: 1 });
    expect(page.items.filter((item) => item.overdue).map((item) => item.id)).toEqual([overdueId]);
    // The answered ones follow, last updated first; no resolved or closed one without asking.
    const answered = page.items.slice(3);
    expect(answered.every((item) => item.firstResponseDueAt === null)).toBe(true);
    const updated = answered.map((item) => Date.parse(item.updatedAt));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(page.items.some((item) => item.status === 'resolved' || item.status === 'closed')).toBe(false);
    expect(page.counts).toEqual({ open: 9, mine: 1, unassigned: 3, overdue: 1 });
    expect((await boris.listQueue()).counts).toEqual({ open: 9, mine: 1, unassigned: 3, overdue: 1 });
  });

  it('filters by assignee, status, topic and overdue, whatever the counts', async () => {
    const ids = (page: QueuePage | Awaited<ReturnType<typeof anna.listQueue>>) =>
      page.items.map((item) => item.id);
    expect(ids(await anna.listQueue({ assignee: 'me' }))).toEqual([annasId]);
    expect(ids(await boris.listQueue({ assignee: 'me' }))).toEqual([borisId]);
    expect(ids(await anna.listQueue({ assignee: 'unassigned' }))).toEqual([
      overdueId,
      'T-000107',
      'T-000109',
    ]);
    expect(ids(await anna.listQueue({ overdue: true }))).toEqual([overdueId]);
    const closed = await anna.listQueue({ status: ['resolved', 'closed'] });
    expect(closed.items.map((item) => item.status).sort()).toEqual(['closed', 'resolved']);
    expect(closed.counts?.open).toBe(9);
    const parcels = await anna.listQueue({ topic: 'parcel_location' });
    expect(parcels.items.length).toBeGreaterThan(0);
    expect(parcels.items.every((item) => item.topic === 'parcel_location')).toBe(true);
  });

  it('finds a ticket by its number, an order id or the seller', async () => {
    const target = await anna.getTicket(annasId);
    expect((await anna.listQueue({ q: target.number })).items.map((item) => item.id)).toEqual([annasId]);
    expect((await anna.listQueue({ q: annasId })).items.map((item) => item.id)).toEqual([annasId]);
    const orderId = target.request.orderIds[0];
    expect(orderId).toBeDefined();
    const byOrder = await anna.listQueue({ q: orderId ?? '' });
    expect(byOrder.items.map((item) => item.id)).toContain(annasId);
    expect(byOrder.items.every((item) => item.orderIds.includes(orderId ?? ''))).toBe(true);
    expect((await anna.listQueue({ q: 'ромашка' })).items).toHaveLength(9);
    expect((await anna.listQueue({ q: 'nothing-like-this' })).items).toEqual([]);
  });

  it('pages with a cursor', async () => {
    const first = await anna.listQueue({ limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).not.toBeNull();
    const second = await anna.listQueue({ limit: 4, cursor: first.nextCursor ?? '' });
    const third = await anna.listQueue({ limit: 4, cursor: second.nextCursor ?? '' });
    expect(third.nextCursor).toBeNull();
    const all = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(all).toEqual((await anna.listQueue()).items.map((item) => item.id));
    const bad = await deskRaw(`${deskApiPaths.queue}?cursor=nonsense`);
    expect(bad.status).toBe(422);
  });

  it('counts the seller’s events as unread for each moderator until they read them', async () => {
    // The request itself and the seller's reply.
    expect((await anna.getTicket(annasId)).unread).toBe(2);
    await anna.markRead(annasId);
    expect((await anna.getTicket(annasId)).unread).toBe(0);
    expect((await boris.getTicket(annasId)).unread).toBe(2);
    await seller.postMessage(
      annasId,
      { body: 'И ещё: домофон не работает.', attachmentIds: [] },
      {
        idempotencyKey: key(),
      },
    );
    const item = (await anna.listQueue({ assignee: 'me' })).items[0];
    expect(item).toMatchObject({ id: annasId, unread: 1 });
    expect(item?.lastMessage).toMatchObject({ author: 'seller', body: 'И ещё: домофон не работает.' });
  });
});

describe('the moderator’s actions, seen on the seller’s side', () => {
  it('takes a new request under control: the seller sees who holds it and no due time', async () => {
    const created = await createParcelTicket();
    expect(created.expectedFirstResponseBy).not.toBeNull();
    const queued = (await anna.listQueue({ assignee: 'unassigned' })).items.find(
      (item) => item.id === created.id,
    );
    expect(queued?.firstResponseDueAt).toBe(created.expectedFirstResponseBy);
    const taken = await anna.takeTicket(created.id);
    expect(taken).toMatchObject({ status: 'in_progress', assignee: deskAnna, firstResponseDueAt: null });
    const seen = await seller.getTicket(created.id);
    expect(seen).toMatchObject({ status: 'in_progress', assignee: deskAnna, expectedFirstResponseBy: null });
    expect(seen.events?.at(-1)).toMatchObject({ kind: 'assigned', moderator: deskAnna });
    expect(seen.unread).toBe(1);
    // Taking it again changes nothing; another moderator needs `force`.
    expect((await anna.takeTicket(created.id)).events).toHaveLength(taken.events.length);
    await expect(boris.takeTicket(created.id)).rejects.toBeInstanceOf(ConflictError);
    const forced = await boris.takeTicket(created.id, { force: true });
    expect(forced.assignee).toEqual(deskBoris);
    expect((await seller.getTicket(created.id)).assignee).toEqual(deskBoris);
  });

  it('replies with an attachment the seller can open, exactly once per key', async () => {
    const upload = await anna.uploadAttachment(Object.assign(png(), { name: 'накладная.png' }), {
      idempotencyKey: key(),
    });
    expect(z.safeParse(attachmentSchema, upload).success).toBe(true);
    const openAsSeller = () =>
      fetch(`${sellerBase}/attachments/${upload.id}`, { headers: { Authorization: 'Bearer seller-token' } });
    // Not the seller's to open before a reply carries it, nor to attach.
    expect((await openAsSeller()).status).toBe(404);
    await expect(
      seller.postMessage(
        overdueId,
        { body: 'Чужой файл', attachmentIds: [upload.id] },
        { idempotencyKey: key() },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    const messageKey = key();
    const body = { body: 'Посылка у перевозчика, доставят завтра.', attachmentIds: [upload.id] };
    const first = await post(ticketPath(deskApiPaths.ticketMessages, overdueId), body, messageKey);
    expect(first.status).toBe(201);
    const event = z.parse(deskTicketEventSchema, first.body);
    expect(event).toMatchObject({
      kind: 'message',
      author: 'moderator',
      visibility: 'seller',
      moderator: deskAnna,
    });
    const replay = await post(ticketPath(deskApiPaths.ticketMessages, overdueId), body, messageKey);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    const changed = await post(
      ticketPath(deskApiPaths.ticketMessages, overdueId),
      { ...body, body: 'Другое' },
      messageKey,
    );
    expect(changed.status).toBe(422);
    const unkeyed = await post(ticketPath(deskApiPaths.ticketMessages, overdueId), body);
    expect(unkeyed.status).toBe(400);
    // Another moderator's key is another key, and Анна's file is not theirs to send.
    const borisPath = ticketPath(deskApiPaths.ticketMessages, overdueId);
    expect((await post(borisPath, body, messageKey, 'desk-token-2')).status).toBe(422);
    expect((await post(borisPath, { ...body, attachmentIds: [] }, messageKey, 'desk-token-2')).status).toBe(
      201,
    );

    const seen = await seller.getTicket(overdueId);
    const messages = (seen.events ?? []).filter((candidate) => candidate.kind === 'message');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ author: 'moderator', body: body.body, attachments: [upload] });
    expect(seen.expectedFirstResponseBy).toBeNull();
    const file = await openAsSeller();
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Type')).toBe('image/png');
    // Answered: the queue no longer counts it overdue.
    expect((await anna.listQueue()).counts?.overdue).toBe(0);
  });

  it('leads a request through a third party and an offer the seller accepts, to resolved and closed', async () => {
    const created = await createParcelTicket();
    await anna.takeTicket(created.id);
    await anna.recordStep(created.id, { text: 'Запросили данные у перевозчика' }, { idempotencyKey: key() });
    await anna.involveThirdParty(
      created.id,
      { party: 'carrier', note: 'Ждём ответ перевозчика' },
      {
        idempotencyKey: key(),
      },
    );
    expect((await seller.getTicket(created.id)).status).toBe('waiting_third_party');
    const offerEvent = await anna.proposeOffer(
      created.id,
      {
        kind: 'compensation',
        description: 'Компенсация за задержку',
        amount: { amount: '500.00', currency: 'RUB' },
      },
      { idempotencyKey: key() },
    );
    expect(offerEvent.kind).toBe('offer');
    const offerId =
      isKnownDeskTicketEvent(offerEvent) && offerEvent.kind === 'offer' ? offerEvent.offer.id : '';
    await expect(
      anna.proposeOffer(
        created.id,
        { kind: 'alternative', description: 'Отправим замену', amount: null },
        { idempotencyKey: key() },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const sellerSide = await seller.getTicket(created.id);
    expect(sellerSide.status).toBe('offer_proposed');
    expect(sellerSide.events?.map((event) => event.kind)).toEqual([
      'created',
      'assigned',
      'step',
      'third_party',
      'offer',
    ]);
    await seller.decideOffer(created.id, offerId, { decision: 'accept' });
    const accepted = await anna.getTicket(created.id);
    expect(accepted.offers).toEqual([expect.objectContaining({ id: offerId, status: 'accepted' })]);
    expect(accepted.status).toBe('resolved');
    // The request and the seller's decision; the moderator's own events are not news to them.
    expect(accepted.unread).toBe(2);
    // Resolving it again with another note is a conflict; closing it twice is one close.
    await expect(anna.resolveTicket(created.id, { note: 'Другое' })).rejects.toBeInstanceOf(ConflictError);
    const closed = await anna.closeTicket(created.id);
    expect(closed.status).toBe('closed');
    expect((await anna.closeTicket(created.id)).events).toHaveLength(closed.events.length);
    expect((await seller.getTicket(created.id)).status).toBe('closed');
    await expect(
      anna.postMessage(created.id, { body: 'Ещё вопрос?', attachmentIds: [] }, { idempotencyKey: key() }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('resolves an open request with a note the seller sees', async () => {
    const resolved = await boris.resolveTicket(borisId, { note: 'Склад принял поставку' });
    expect(resolved.status).toBe('resolved');
    expect(resolved.events.at(-1)).toMatchObject({
      kind: 'resolved',
      moderator: deskBoris,
      note: 'Склад принял поставку',
    });
    expect((await seller.getTicket(borisId)).events?.at(-1)).toMatchObject({
      kind: 'resolved',
      note: 'Склад принял поставку',
    });
    expect((await boris.resolveTicket(borisId, { note: 'Склад принял поставку' })).events).toHaveLength(
      resolved.events.length,
    );
  });

  it('keeps an internal note at the desk: the seller’s API never returns it', async () => {
    const before = await seller.getTicket(annasId);
    const note = await anna.addNote(
      annasId,
      { body: 'Секрет: перевозчик отвечает медленно.' },
      {
        idempotencyKey: key(),
      },
    );
    expect(note).toMatchObject({ kind: 'note', visibility: 'internal', moderator: deskAnna });
    const desk = await boris.getTicket(annasId);
    expect(desk.events.at(-1)).toMatchObject({ kind: 'note', body: 'Секрет: перевозчик отвечает медленно.' });

    const after = await seller.getTicket(annasId);
    expect(after).toEqual(before);
    const everything = JSON.stringify([
      after,
      await seller.listTickets({}),
      await fetch(`${sellerBase}/tickets/${annasId}/events?after=p0`, {
        headers: { Authorization: 'Bearer seller-token' },
      }).then((response) => response.json()),
    ]);
    expect(everything).not.toContain('Секрет');
    expect(everything).not.toContain(note.id);
  });

  it('refuses a body the contract does not allow', async () => {
    const response = await post(ticketPath(deskApiPaths.ticketSteps, annasId), { text: '' }, key());
    expect(response.status).toBe(422);
    // A field the contract does not name is refused by name, as the service refuses it.
    const unknown = await post(ticketPath(deskApiPaths.ticketTake, annasId), { grab: true });
    expect(unknown.status).toBe(422);
    expect(z.parse(problemSchema, unknown.body).errors?.map((error) => error.path)).toEqual(['grab']);
    await expect(
      anna.proposeOffer(
        annasId,
        { kind: 'discount', description: 'Скидка', amount: { amount: '0.00', currency: 'RUB' } },
        { idempotencyKey: key() },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('the desk and the rest of the mocks', () => {
  it('fails a desk operation the scenario names, and only that one', async () => {
    scenario.fail('listQueue', { status: 503, times: 1 });
    await expect(anna.listQueue()).rejects.toBeInstanceOf(ServerError);
    expect((await anna.listQueue()).items.length).toBeGreaterThan(0);
    scenario.fail('getDeskTicket', { status: 503 });
    expect((await seller.getTicket(annasId)).id).toBe(annasId);
    await expect(anna.getTicket(annasId)).rejects.toBeInstanceOf(ServerError);
    expect(scenario.calls('getDeskTicket')).toBe(1);
  });

  it('the scripted moderator leaves a request to the moderator who took it at the desk', async () => {
    const created = await createParcelTicket();
    expect(moderator.pending(created.id).length).toBeGreaterThan(0);
    await boris.takeTicket(created.id);
    expect(moderator.pending(created.id)).toEqual([]);
    await seller.postMessage(
      created.id,
      { body: 'Есть новости?', attachmentIds: [] },
      { idempotencyKey: key() },
    );
    expect(moderator.pending(created.id)).toEqual([]);
    expect(moderator.step(created.id)).toBeNull();
  });

  it('the scripted moderator acts through the desk’s operations, so the desk sees who did what', async () => {
    const created = await createParcelTicket();
    moderator.runUntil('offer_proposed', created.id);
    const desk = await anna.getTicket(created.id);
    const holder = desk.assignee;
    expect(holder).not.toBeNull();
    for (const event of desk.events) {
      if (!isKnownDeskTicketEvent(event))
        throw new Error(`An event of an unknown kind: ${String(event.kind)}`);
      if (event.kind === 'step' || event.kind === 'third_party' || event.kind === 'offer') {
        expect(event.moderator).toEqual(holder);
      }
    }
    expect(desk.offers).toEqual([expect.objectContaining({ status: 'pending' })]);
  });
});

describe('the desk’s per-story overrides', () => {
  it('put one state in front of the desk’s handlers and leave the others', async () => {
    server.use(mockDeskFailure('getDeskTicket', 500, '/api/desk/v1', { once: true }));
    await expect(anna.getTicket(annasId)).rejects.toBeInstanceOf(ServerError);
    expect((await anna.getTicket(annasId)).id).toBe(annasId);
    server.use(
      mockDeskResponse('listQueue', {
        items: [],
        nextCursor: null,
        counts: { open: 0, mine: 0, unassigned: 0, overdue: 0 },
      }),
    );
    expect((await anna.listQueue()).items).toEqual([]);
    // The seller's side is not overridden.
    expect((await seller.getTicket(annasId)).id).toBe(annasId);
  });
});

describe('createMockDeskApi', () => {
  it('has the desk’s queue tickets and serves the desk beside the seller', async () => {
    const api = createMockDeskApi();
    expect(api.deskBaseUrl).toBe('/api/desk/v1');
    const request = new Request('http://localhost/api/desk/v1/queue?overdue=true', {
      headers: { Authorization: 'Bearer desk-token-2' },
    });
    const response = await getResponse(api.deskHandlers, request);
    const page = z.parse(queuePageSchema, await response?.json());
    expect(page.items.map((item) => item.id)).toEqual([overdueId]);
    expect(page.counts).toEqual({ open: 9, mine: 1, unassigned: 3, overdue: 1 });
    // Without the option, the seller's dataset is as it was: no desk ticket in it.
    expect(createMockApi().store.findTicket(overdueId)).toBeUndefined();
  });
});
