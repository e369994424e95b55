import {
  articleListSchema,
  attachmentSchema,
  ConflictError,
  defaultArticleLimit,
  defaultPageLimit,
  facilityPageSchema,
  FetchApiClient,
  isKnownTicketEvent,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  orderPageSchema,
  orderSchema,
  PayloadTooLargeError,
  policySchema,
  problemSchema,
  RateLimitedError,
  sellerContextSchema,
  ServerError,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
  type CreateTicketBody,
  type ReceivedOrder,
  type Ticket,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { getResponse } from 'msw';
import { makeContextSnapshot, makePolicy } from '../factories';
import { createMockApi } from '../mock-api';
import { createMockServer } from '../node';
import { mockFailure, mockForeignResponse, mockMalformed, mockPending, mockResponse } from '../overrides';
import { ContractDriftError, respond } from './shared';

const origin = 'http://localhost';
const apiBaseUrl = `${origin}/api/seller-support/v1`;
const mock = createMockServer({ dataset: { tickets: 30 } });
const { server, store, scenario } = mock;
const client = new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => 'test-token' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
  scenario.reset();
});
afterAll(() => server.close());

let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `00000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
};

const valid = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

async function parcelBody(overrides: Partial<Extract<CreateTicketBody, { topic: 'parcel_location' }>> = {}) {
  const context = await client.getContext();
  const order = context.inTransit[0]!;
  const body: CreateTicketBody = {
    topic: 'parcel_location',
    subject: 'Посылка не отслеживается',
    description: 'Статус не меняется третий день, помогите найти посылку.',
    fields: {},
    orderIds: [order.id],
    facilityId: null,
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(context, [order]),
    ...overrides,
  };
  return body;
}

/** A PNG signature and `size - 8` zero bytes: a PNG as far as a content check can tell. */
function png(size = 72): Blob {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([bytes], { type: 'image/png' });
}

async function rawFetch(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('Authorization')) headers.set('Authorization', 'Bearer test-token');
  return fetch(`${apiBaseUrl}${path}`, { ...init, headers });
}

function findTicket(status: Ticket['status']): Ticket {
  const ticket = store.listTickets({ status: [status], limit: 100 }).items[0];
  if (!ticket) throw new Error(`no ${status} ticket in the dataset`);
  return ticket;
}

describe('every endpoint answers valid contract data', () => {
  it('reads: context, orders, order, facilities, policy, articles, tickets, ticket', async () => {
    const context = await client.getContext();
    expect(valid(sellerContextSchema, context)).toBe(true);
    expect(context.seller.legalName).toBe('ООО «Ромашка»');
    expect(context.inTransit).toHaveLength(12);

    const orders = await client.listOrders({ limit: 5 });
    expect(valid(orderPageSchema, orders)).toBe(true);
    expect(orders).toMatchObject({ total: 240 });
    expect(orders.items).toHaveLength(5);

    const order = await client.getOrder(orders.items[0]!.id);
    expect(valid(orderSchema, order)).toBe(true);
    expect(order).toEqual(orders.items[0]);

    const facilities = await client.listFacilities({ type: 'pickup_point', query: 'тверская' });
    expect(valid(facilityPageSchema, facilities)).toBe(true);
    expect(facilities.items.map((facility) => facility.id)).toContain('pvz-77');
    expect(facilities.items.every((facility) => facility.type === 'pickup_point')).toBe(true);

    const policy = await client.getPolicy();
    expect(valid(policySchema, policy)).toBe(true);
    expect(policy.reopenWithinDays).toBe(14);

    const articles = await client.listArticles({
      topic: 'parcel_location',
      query: 'посылку не видно',
      limit: 2,
    });
    expect(valid(articleListSchema, articles)).toBe(true);
    expect(articles.items[0]?.title).toMatch(/Посылка/);

    const tickets = await client.listTickets({ limit: 10 });
    expect(valid(ticketPageSchema, tickets)).toBe(true);
    expect(tickets.total).toBe(30);
    expect(tickets.items.every((ticket) => ticket.events === undefined)).toBe(true);

    const ticket = await client.getTicket(tickets.items[0]!.id);
    expect(valid(ticketSchema, ticket)).toBe(true);
    expect(ticket.events?.[0]?.kind).toBe('created');
  });

  it('lists each request with its latest message, cut to a snippet, and none for a request without one', async () => {
    const waiting = findTicket('waiting_seller');
    const messages = store.getTicket(waiting.id).events.filter((event) => event.kind === 'message');
    const latest = messages.at(-1);
    expect(waiting.lastMessage).toEqual({
      author: 'moderator',
      body: latest?.kind === 'message' ? latest.body : '',
      at: latest?.at,
    });
    expect(findTicket('new').lastMessage).toBeUndefined();

    await client.postMessage(
      waiting.id,
      { body: `${'Длинный ответ. '.repeat(30)}\n\nКонец`, attachmentIds: [] },
      {
        idempotencyKey: newKey(),
      },
    );
    const page = await client.listTickets({ limit: 1 });
    expect(valid(ticketPageSchema, page)).toBe(true);
    const snippet = page.items[0]?.lastMessage;
    expect(snippet?.author).toBe('seller');
    expect(snippet?.body).toHaveLength(200);
    expect(snippet?.body).toMatch(/^Длинный ответ\. Длинный/);
    expect(snippet?.body).not.toMatch(/\n/);
  });

  it('writes: attachment, ticket, message, offer decision, reopen, rating, read', async () => {
    const attachment = await client.uploadAttachment(Object.assign(png(), { name: 'фото.png' }), {
      idempotencyKey: newKey(),
    });
    expect(valid(attachmentSchema, attachment)).toBe(true);
    expect(attachment).toMatchObject({ name: 'фото.png', type: 'image/png', size: 72 });

    const created = await client.createTicket(await parcelBody({ attachmentIds: [attachment.id] }), {
      idempotencyKey: newKey(),
    });
    expect(valid(ticketSchema, created)).toBe(true);
    expect(created).toMatchObject({ status: 'new', topic: 'parcel_location', assignee: null, unread: 0 });
    expect(created.expectedFirstResponseBy).not.toBeNull();
    expect(store.getSubmission(created.id)?.context.seller.id).toBe('s-1042');

    const message = await client.postMessage(
      created.id,
      { body: 'Добавляю фото упаковки.', attachmentIds: [attachment.id] },
      { idempotencyKey: newKey() },
    );
    expect(valid(ticketEventSchema, message)).toBe(true);
    expect(message).toMatchObject({ kind: 'message', author: 'seller', attachments: [attachment] });
    expect((await client.getTicket(created.id)).events?.at(-1)).toEqual(message);

    const offered = await client.getTicket(findTicket('offer_proposed').id);
    const offerEvent = offered.events?.filter(isKnownTicketEvent).find((event) => event.kind === 'offer');
    if (offerEvent?.kind !== 'offer') throw new Error('the offer ticket has no offer');
    const decided = await client.decideOffer(offered.id, offerEvent.offer.id, { decision: 'accept' });
    expect(valid(ticketSchema, decided)).toBe(true);
    expect(decided.status).toBe('resolved');
    await expect(
      client.decideOffer(offered.id, offerEvent.offer.id, { decision: 'decline' }),
    ).rejects.toBeInstanceOf(ConflictError);

    const reopened = await client.reopenTicket(findTicket('resolved').id, {
      reason: 'Код снова не приходит',
    });
    expect(reopened.status).toBe('in_progress');
    expect(reopened.events?.at(-1)).toMatchObject({ kind: 'reopened', reason: 'Код снова не приходит' });

    const closed = findTicket('closed');
    const unrated = store
      .listTickets({ status: ['resolved', 'closed'], limit: 100 })
      .items.find((t) => t.rating === null);
    if (!unrated) throw new Error('no unrated ticket');
    const rated = await client.rateTicket(unrated.id, { score: 4, comment: 'Спасибо' });
    expect(rated.rating).toEqual({ score: 4, comment: 'Спасибо' });
    await expect(client.rateTicket(unrated.id, { score: 5 })).rejects.toBeInstanceOf(ConflictError);
    await expect(client.rateTicket(closed.id, { score: 5 })).rejects.toBeInstanceOf(ConflictError);
    await expect(client.rateTicket(findTicket('new').id, { score: 5 })).rejects.toBeInstanceOf(ConflictError);

    const unread = findTicket('waiting_seller');
    expect(unread.unread).toBeGreaterThan(0);
    await client.markRead(unread.id);
    expect((await client.getTicket(unread.id)).unread).toBe(0);
  });

  it('answers 404 as problem+json for unknown ids', async () => {
    await expect(client.getOrder('00000-0000-1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.getTicket('T-999999')).rejects.toBeInstanceOf(NotFoundError);
    const response = await rawFetch('/tickets/T-999999');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(valid(problemSchema, await response.json())).toBe(true);
  });
});

describe('tickets', () => {
  it('a created ticket shows up in the list', async () => {
    const before = await client.listTickets();
    const created = await client.createTicket(await parcelBody(), { idempotencyKey: newKey() });
    const after = await client.listTickets();
    expect(after.total).toBe((before.total ?? 0) + 1);
    expect(after.items[0]).toEqual({
      ...created,
      events: undefined,
      request: undefined,
      eventsCursor: undefined,
    });
    expect(
      (await client.listTickets({ status: ['new'], query: created.number })).items.map((t) => t.id),
    ).toEqual([created.id]);
  });

  it('filters the list by topic (repeated) and by unread, and counts the matches in `total`', async () => {
    const all = store.listTickets({ limit: 100 }).items;
    const payments = all.filter((ticket) => ticket.topic === 'payments' || ticket.topic === 'orders');
    expect(payments.length).toBeGreaterThan(1);
    const byTopic = await client.listTickets({ topic: ['payments', 'orders'], limit: 2 });
    expect(byTopic.total).toBe(payments.length);
    expect(byTopic.items.map((ticket) => ticket.id)).toEqual(payments.slice(0, 2).map((ticket) => ticket.id));
    const next = await client.listTickets({
      topic: ['payments', 'orders'],
      limit: 100,
      cursor: byTopic.nextCursor ?? '',
    });
    expect(next.items.every((ticket) => ticket.topic === 'payments' || ticket.topic === 'orders')).toBe(true);

    const unread = await client.listTickets({ unread: true, limit: 1 });
    const expectedUnread = all.filter((ticket) => ticket.unread > 0);
    expect(expectedUnread.length).toBeGreaterThan(1);
    expect(unread.total).toBe(expectedUnread.length);
    expect(unread.items[0]?.unread).toBeGreaterThan(0);
    // Combined with the other filters, and `unread=false` filters nothing.
    expect(
      (await client.listTickets({ unread: true, status: ['offer_proposed'], topic: ['orders'] })).items.map(
        (ticket) => ticket.status,
      ),
    ).toEqual(['offer_proposed']);
    expect((await rawFetch('/tickets?unread=false&limit=1')).status).toBe(200);
    expect(store.listTickets({ unread: false }).total).toBe(30);

    // Reading a ticket takes it out of the unread list.
    await client.markRead(expectedUnread[0]!.id);
    expect((await client.listTickets({ unread: true })).total).toBe(expectedUnread.length - 1);
  });

  it('refuses an unknown topic and an unread that is not true or false with a 422 naming the parameter', async () => {
    for (const query of ['topic=refunds', 'unread=yes']) {
      const response = await rawFetch(`/tickets?${query}`);
      expect(response.status).toBe(422);
      const name = query.split('=')[0];
      const paths = z.parse(problemSchema, await response.json()).errors?.map((e) => e.path.split('.')[0]);
      expect(paths).toEqual([name]);
    }
  });

  it('an idempotent replay returns the same ticket with 200 and creates nothing', async () => {
    const body = await parcelBody();
    const key = newKey();
    const first = await rawFetch('/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    });
    expect(first.status).toBe(201);
    const total = store.listTickets().total;
    // Same body, keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await rawFetch('/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(reordered),
    });
    expect(replay.status).toBe(200);
    const [a, b] = [z.parse(ticketSchema, await first.json()), z.parse(ticketSchema, await replay.json())];
    expect(b.id).toBe(a.id);
    expect(store.listTickets().total).toBe(total);
    // Through the client too.
    expect((await client.createTicket(body, { idempotencyKey: key })).id).toBe(a.id);
  });

  it('the same key with a different body is a 422', async () => {
    const key = newKey();
    await client.createTicket(await parcelBody(), { idempotencyKey: key });
    const error = await client
      .createTicket(await parcelBody({ subject: 'Другая тема' }), { idempotencyKey: key })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });

  it('answers a request whose key is still in progress with 409 and Retry-After, then the original', async () => {
    const body = JSON.stringify(await parcelBody());
    const total = store.listTickets().total ?? 0;
    // The latency is the server's work on the first request: the duplicate comes during it.
    scenario.setLatency(500);
    const key = newKey();
    const send = () =>
      rawFetch('/tickets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body,
      });
    const answers = await Promise.all([send(), send()]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 409]);
    const duplicate = answers.find((answer) => answer.status === 409);
    expect(duplicate?.headers.get('Retry-After')).toBe('1');
    expect(duplicate?.headers.get('Content-Type')).toBe('application/problem+json');
    const created = z.parse(ticketSchema, await answers.find((answer) => answer.status === 201)?.json());

    scenario.setLatency('none');
    const retried = await send();
    expect(retried.status).toBe(200);
    expect(z.parse(ticketSchema, await retried.json()).id).toBe(created.id);
    expect(store.listTickets().total).toBe(total + 1);
  });

  it('a key is per operation: the same key on another operation is another key', async () => {
    const key = newKey();
    const ticket = await client.createTicket(await parcelBody(), { idempotencyKey: key });
    const message = await client.postMessage(
      ticket.id,
      { body: 'Ещё одна деталь.', attachmentIds: [] },
      { idempotencyKey: key },
    );
    expect(message).toMatchObject({ kind: 'message', body: 'Ещё одна деталь.' });
  });

  it('the client waits out a request still in progress and gets the original result', async () => {
    scenario.setLatency(300);
    const body = await parcelBody();
    const key = newKey();
    const [a, b] = await Promise.all([
      client.createTicket(body, { idempotencyKey: key }),
      client.createTicket(body, { idempotencyKey: key }),
    ]);
    expect(b.id).toBe(a.id);
  });

  it('repeating an offer decision, a reopen or a rating already applied answers 200 with the ticket', async () => {
    const ticket = await client.getTicket(findTicket('offer_proposed').id);
    const offer = ticket.events?.filter(isKnownTicketEvent).find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    const decision = { decision: 'accept', comment: 'Согласен' } as const;
    const decided = await client.decideOffer(ticket.id, offer.offer.id, decision);
    const again = await client.decideOffer(ticket.id, offer.offer.id, decision);
    expect(again).toEqual(decided);
    expect(again.events?.filter((event) => event.kind === 'offer_decided')).toHaveLength(1);
    await expect(
      client.decideOffer(ticket.id, offer.offer.id, { decision: 'decline' }),
    ).rejects.toBeInstanceOf(ConflictError);

    const rating = { score: 5, comment: 'Быстро' };
    const rated = await client.rateTicket(ticket.id, rating);
    expect(await client.rateTicket(ticket.id, rating)).toEqual(rated);
    await expect(client.rateTicket(ticket.id, { score: 4 })).rejects.toBeInstanceOf(ConflictError);

    const resolved = findTicket('resolved');
    const reason = { reason: 'Код снова не приходит' };
    const reopened = await client.reopenTicket(resolved.id, reason);
    expect(await client.reopenTicket(resolved.id, reason)).toEqual(reopened);
    await expect(client.reopenTicket(resolved.id, { reason: 'Другая причина' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('the ticket actions take an optional Idempotency-Key: a replay is the ticket, another body a 422', async () => {
    const ticket = await client.getTicket(findTicket('offer_proposed').id);
    const offer = ticket.events?.filter(isKnownTicketEvent).find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    const key = newKey();
    const path = `/tickets/${ticket.id}/offers/${offer.offer.id}/decision`;
    const decide = (decision: string) =>
      rawFetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ decision }),
      });
    const first = await decide('decline');
    expect(first.status).toBe(200);
    const replay = await decide('decline');
    expect(replay.status).toBe(200);
    expect(z.parse(ticketSchema, await replay.json()).status).toBe('in_progress');
    expect((await decide('accept')).status).toBe(422);
    const malformed = await rawFetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': ' ' },
      body: JSON.stringify({ decision: 'decline' }),
    });
    expect(malformed.status).toBe(400);
  });

  it('a bad body is a 422 whose errors name the fields', async () => {
    const body = await parcelBody({ subject: '', orderIds: [] });
    const error = await client.createTicket(body, { idempotencyKey: newKey() }).catch((e: unknown) => e);
    if (!(error instanceof ValidationError)) throw new Error('expected a ValidationError');
    expect(error.fieldErrors.map((fieldError) => fieldError.path).sort()).toEqual(['orderIds', 'subject']);
    // Each with a code a client can word in the seller's language.
    expect(error.fieldErrors.map(({ code }) => code)).toEqual(['too_short', 'required']);

    const unknownOrder = await client
      .createTicket(await parcelBody({ orderIds: ['00000-0000-1'] }), { idempotencyKey: newKey() })
      .catch((e: unknown) => e);
    expect(unknownOrder).toBeInstanceOf(ValidationError);
    expect(unknownOrder instanceof ValidationError && unknownOrder.fieldErrors[0]).toMatchObject({
      path: 'orderIds.0',
      code: 'not_found',
    });

    const delivered = store.listOrders({ status: ['delivered'], limit: 1 }).items[0]!;
    const notInTransit = await client
      .createTicket(await parcelBody({ orderIds: [delivered.id] }), { idempotencyKey: newKey() })
      .catch((e: unknown) => e);
    expect(notInTransit instanceof ValidationError && notInTransit.fieldErrors[0]).toMatchObject({
      path: 'orderIds.0',
      code: 'not_in_transit',
    });

    const response = await rawFetch('/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: JSON.stringify({ topic: 'nonsense' }),
    });
    expect(response.status).toBe(422);
    expect(z.parse(problemSchema, await response.json()).errors?.map((e) => e.path)).toEqual(['topic']);
    // Nothing was created by any of these.
    expect(store.listTickets().total).toBe(30);
  });

  it('a message replayed with its key is posted once', async () => {
    const ticket = findTicket('waiting_seller');
    const key = newKey();
    const body = { body: 'Фото этикетки во вложении.', attachmentIds: [] };
    const first = await client.postMessage(ticket.id, body, { idempotencyKey: key });
    const again = await client.postMessage(ticket.id, body, { idempotencyKey: key });
    expect(again).toEqual(first);
    const events = (await client.getTicket(ticket.id)).events ?? [];
    expect(events.filter((event) => event.id === first.id)).toHaveLength(1);
    // Answering the moderator's question hands the request back to them.
    expect((await client.getTicket(ticket.id)).status).toBe('in_progress');
  });

  it('declining an offer puts the request back in progress, and a moderator reply counts as unread', async () => {
    const ticket = await client.getTicket(findTicket('offer_proposed').id);
    const offer = ticket.events?.filter(isKnownTicketEvent).find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer') throw new Error('no offer');
    const declined = await client.decideOffer(ticket.id, offer.offer.id, {
      decision: 'decline',
      comment: 'Мало',
    });
    expect(declined.status).toBe('in_progress');
    expect(declined.events?.find((event) => event.kind === 'offer')).toMatchObject({
      offer: { status: 'declined' },
    });
    await client.markRead(ticket.id);
    store.addModeratorEvent(ticket.id, {
      kind: 'message',
      author: 'moderator',
      body: 'Предложу другое.',
      attachments: [],
    });
    expect((await client.listTickets({ query: ticket.number })).items[0]?.unread).toBe(1);
  });

  it('a creating POST without an Idempotency-Key is refused', async () => {
    const response = await rawFetch('/tickets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(await parcelBody()),
    });
    expect(response.status).toBe(400);
  });

  it('reopen is refused unless resolved within the policy window', async () => {
    await expect(
      client.reopenTicket(findTicket('in_progress').id, { reason: 'Ещё вопрос' }),
    ).rejects.toBeInstanceOf(ConflictError);
    const old = store
      .listTickets({ status: ['resolved'], limit: 100 })
      .items.find((ticket) => Date.parse(ticket.updatedAt) < Date.parse(store.now()) - 15 * 24 * 3600_000);
    if (!old) throw new Error('no old resolved ticket in a 30-ticket dataset');
    await expect(client.reopenTicket(old.id, { reason: 'Ещё вопрос' })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('following an open request', () => {
  it('answers GET /tickets/{id} with an ETag, 304 to it while nothing changed, 200 once something did', async () => {
    const id = findTicket('in_progress').id;
    const first = await client.getTicketIfChanged(id, undefined);
    if (first.notModified || first.etag === null) throw new Error('expected a ticket with an ETag');
    await expect(client.getTicketIfChanged(id, first.etag)).resolves.toEqual({ notModified: true });

    store.addModeratorEvent(id, { kind: 'step', text: 'Запросили данные у склада' });
    const changed = await client.getTicketIfChanged(id, first.etag);
    if (changed.notModified) throw new Error('expected the changed ticket');
    expect(changed.value.events?.at(-1)).toMatchObject({ kind: 'step', text: 'Запросили данные у склада' });
    expect(changed.etag).not.toBe(first.etag);

    // Reading is a change too: the page must not keep an unread count the server has cleared.
    await client.markRead(id);
    const read = await client.getTicketIfChanged(id, changed.etag ?? undefined);
    expect(read).toMatchObject({ notModified: false, value: { unread: 0 } });
  });

  it('answers GET /tickets/{id}/events?after= with what came after the cursor, the ticket as it stands and the next cursor', async () => {
    const id = findTicket('in_progress').id;
    const ticket = await client.getTicket(id);
    const cursor = ticket.eventsCursor;
    if (cursor === undefined) throw new Error('expected the ticket to carry eventsCursor');

    const idle = await client.getTicketEvents(id, cursor);
    expect(idle.events).toEqual([]);
    expect(idle.eventsCursor).toBe(cursor);
    expect(idle.ticket).toMatchObject({ id, status: ticket.status, unread: ticket.unread });
    expect(idle.ticket.events).toBeUndefined();

    const moderator = { id: 'm-9', displayName: 'Модератор Олег' };
    store.addModeratorEvent(
      id,
      { kind: 'message', author: 'moderator', body: 'Уточните адрес.', attachments: [] },
      { status: 'waiting_seller', assignee: moderator },
    );
    const news = await client.getTicketEvents(id, cursor);
    expect(news.events).toMatchObject([{ kind: 'message', body: 'Уточните адрес.' }]);
    expect(news.ticket).toMatchObject({
      status: 'waiting_seller',
      assignee: moderator,
      unread: ticket.unread + 1,
    });
    expect(news.eventsCursor).not.toBe(cursor);
    // From the new cursor on, nothing again; the same answer as a full read would give.
    expect((await client.getTicketEvents(id, news.eventsCursor)).events).toEqual([]);
    expect((await client.getTicket(id)).events).toEqual([...(ticket.events ?? []), ...news.events]);
  });

  it('sends an offer’s new status with the changes, though its event was seen before', async () => {
    const ticket = await client.getTicket(findTicket('offer_proposed').id);
    const offer = ticket.events?.filter(isKnownTicketEvent).find((event) => event.kind === 'offer');
    if (offer?.kind !== 'offer' || ticket.eventsCursor === undefined) throw new Error('no offer or cursor');
    const decided = await client.decideOffer(ticket.id, offer.offer.id, { decision: 'decline' });
    expect(decided.eventsCursor).toBeDefined();

    const changes = await client.getTicketEvents(ticket.id, ticket.eventsCursor);
    expect(changes.offers).toContainEqual({ ...offer.offer, status: 'declined' });
    expect(changes.events.map((event) => event.kind)).toEqual(['offer_decided']);
    expect(changes.eventsCursor).toBe(decided.eventsCursor);
  });

  it('refuses a cursor it did not hand out with a 422 naming `after`', async () => {
    const id = findTicket('in_progress').id;
    for (const after of ['p9999', 'somewhere']) {
      const error = await client.getTicketEvents(id, after).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error instanceof ValidationError ? error.fieldErrors.map(({ path }) => path) : []).toEqual([
        'after',
      ]);
    }
    await expect(client.getTicketEvents('T-999999', 'p1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stands in for an older server: no ETag, no eventsCursor, and no such endpoint', async () => {
    const older = createMockApi({
      dataset: { tickets: 3 },
      scenario: { without: ['ticketEtag', 'ticketEvents'] },
    });
    const id = older.store.listTickets().items[0]!.id;
    server.use(...older.handlers);

    const answer = await client.getTicketIfChanged(id, undefined);
    if (answer.notModified) throw new Error('expected the ticket');
    expect(answer.etag).toBeNull();
    expect(answer.value.eventsCursor).toBeUndefined();
    await expect(client.getTicketIfChanged(id, '"anything"')).resolves.toMatchObject({ notModified: false });
    await expect(client.getTicketEvents(id, 'p1')).rejects.toBeInstanceOf(NotFoundError);

    older.scenario.setOffered('ticketEvents', true);
    expect((await client.getTicket(id)).eventsCursor).toBe(
      older.store.eventsCursorOf(older.store.getTicket(id).events),
    );
  });
});

describe('pagination', () => {
  it('walks all orders exactly once', async () => {
    const seen: ReceivedOrder[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.listOrders({ limit: 17, ...(cursor === undefined ? {} : { cursor }) });
      expect(page.total).toBe(240);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(Math.ceil(240 / 17));
    expect(seen).toHaveLength(240);
    expect(new Set(seen.map((order) => order.id)).size).toBe(240);
    const times = seen.map((order) => Date.parse(order.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('gives each list the default limit and order the contract states', async () => {
    const orders = await client.listOrders();
    expect(orders.items).toHaveLength(defaultPageLimit);
    const tickets = await client.listTickets();
    expect(tickets.items).toHaveLength(defaultPageLimit);
    const updated = tickets.items.map((ticket) => Date.parse(ticket.updatedAt));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    const facilities = await client.listFacilities({ limit: 100 });
    const typeOrder = ['warehouse', 'distribution_centre', 'pickup_point'];
    const ranks = facilities.items.map((facility) => typeOrder.indexOf(facility.type));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await client.listFacilities()).items.length).toBeLessThanOrEqual(defaultPageLimit);
    expect((await client.listArticles()).items).toHaveLength(defaultArticleLimit);
  });

  it('walks filtered tickets and facilities exactly once', async () => {
    for (const [list, expected] of [
      [
        (cursor?: string) =>
          client.listTickets({ status: ['closed', 'resolved'], limit: 4, ...(cursor ? { cursor } : {}) }),
        store.listTickets({ status: ['closed', 'resolved'] }).total,
      ],
      [(cursor?: string) => client.listFacilities({ limit: 9, ...(cursor ? { cursor } : {}) }), 60],
    ] as const) {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(cursor);
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(ids).toHaveLength(expected ?? -1);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('refuses a limit over 100 and a cursor it never issued', async () => {
    await expect(client.listOrders({ limit: 101 })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.listOrders({ cursor: 'forged!' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('attachments', () => {
  it('refuses a fake image by its content (415)', async () => {
    const fake = Object.assign(new Blob(['MZ this is an executable'], { type: 'image/jpeg' }), {
      name: 'photo.jpg',
    });
    await expect(client.uploadAttachment(fake, { idempotencyKey: newKey() })).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
    const gif = new Blob([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0])], { type: 'image/gif' });
    await expect(client.uploadAttachment(gif, { idempotencyKey: newKey() })).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });

  // 10 MB through FormData and the interceptor takes a second or two on a slow machine.
  it('refuses a file over the policy limit (413)', { timeout: 20_000 }, async () => {
    await expect(
      client.uploadAttachment(png(10_485_760 + 1), { idempotencyKey: newKey() }),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
  });

  it('refuses a far too large upload by its Content-Length, and honours the policy it was given', async () => {
    const strict = createMockApi({
      dataset: { policy: { attachments: { ...makePolicy().attachments, maxFileBytes: 1000 } } },
    });
    const upload = async (size: number) => {
      const form = new FormData();
      form.append('file', png(size), 'scan.png');
      const request = new Request(`${apiBaseUrl}/attachments`, {
        method: 'POST',
        headers: { Authorization: 'Bearer t', 'Idempotency-Key': newKey() },
        body: form,
      });
      return (await getResponse(strict.handlers, request))?.status;
    };
    expect(await upload(1000)).toBe(201);
    expect(await upload(1001)).toBe(413);
    expect(await upload(100_000)).toBe(413);
  });

  it('accepts PDF, JPEG and WebP by content and replays an upload by key', async () => {
    const pdf = new Blob(['%PDF-1.7\n...'], { type: 'application/octet-stream' });
    expect((await client.uploadAttachment(pdf, { idempotencyKey: newKey() })).type).toBe('application/pdf');
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])]);
    expect((await client.uploadAttachment(jpeg, { idempotencyKey: newKey() })).type).toBe('image/jpeg');
    const webp = new Blob(['RIFF\u0000\u0000\u0000\u0000WEBPVP8 ']);
    expect((await client.uploadAttachment(webp, { idempotencyKey: newKey() })).type).toBe('image/webp');
    const sneaky = Object.assign(png(), { name: '../../\u202Egnp.exe' });
    expect((await client.uploadAttachment(sneaky, { idempotencyKey: newKey() })).name).toBe('gnp.exe');
    const key = newKey();
    const first = await client.uploadAttachment(png(), { idempotencyKey: key });
    expect(await client.uploadAttachment(png(), { idempotencyKey: key })).toEqual(first);
  });
});

describe('what the seller sent, and their files', () => {
  it('a ticket keeps its create body, and GET /tickets/{id} echoes it with the files as stored', async () => {
    const attachment = await client.uploadAttachment(Object.assign(png(120), { name: 'трек.png' }), {
      idempotencyKey: newKey(),
    });
    const body = await parcelBody({ attachmentIds: [attachment.id] });
    const created = await client.createTicket(body, { idempotencyKey: newKey() });
    const ticket = await client.getTicket(created.id);
    expect(ticket.request).toEqual({
      description: body.description,
      fields: {},
      orderIds: body.orderIds,
      facilityId: null,
      facility: null,
      confidential: false,
      attachments: [attachment],
      context: body.context,
    });
    expect(ticket.request?.context?.orders.map((order) => order.id)).toEqual(body.orderIds);
  });

  it('seeded tickets carry what their seller sent: a description, real orders, photos', () => {
    for (const ticket of store.listTickets({ limit: 100 }).items) {
      const { request } = store.getTicket(ticket.id);
      expect(request?.description.length).toBeGreaterThan(20);
      for (const id of request?.orderIds ?? []) expect(store.getOrder(id).id).toBe(id);
    }
    const warranty = store.getTicket(store.listTickets({ topic: ['warranty'] }).items[0]!.id).request;
    expect(warranty?.attachments.filter((file) => file.type === 'image/png').length).toBeGreaterThan(0);
    expect(warranty?.fields.itemSku).toBeDefined();
  });

  it('GET /attachments/{id} serves an upload as it came, and a seeded file as a real one of its type', async () => {
    const uploaded = Object.assign(png(300), { name: 'фото.png' });
    const attachment = await client.uploadAttachment(uploaded, { idempotencyKey: newKey() });
    const served = await client.getAttachment(attachment.id);
    expect(served.type).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array(await uploaded.arrayBuffer()));

    const warranty = store.getTicket(store.listTickets({ topic: ['warranty'] }).items[0]!.id).request!;
    for (const file of warranty.attachments) {
      const blob = await client.getAttachment(file.id);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect({ type: blob.type, size: bytes.length }).toEqual({ type: file.type, size: file.size });
      const signature = file.type === 'image/png' ? [0x89, 0x50, 0x4e, 0x47] : [0x25, 0x50, 0x44, 0x46];
      expect([...bytes.subarray(0, 4)]).toEqual(signature);
    }
  });

  it('GET /attachments/{id} is a 404 for a file that is not the seller’s, and a 401 without a token', async () => {
    await expect(client.getAttachment('att-unknown')).rejects.toBeInstanceOf(NotFoundError);
    const response = await fetch(`${apiBaseUrl}/attachments/att-1001`);
    expect(response.status).toBe(401);
  });
});

describe('auth', () => {
  it('answers 401 without a bearer token', async () => {
    const response = await fetch(`${apiBaseUrl}/context`);
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(z.parse(problemSchema, await response.json()).status).toBe(401);
    const anonymous = new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => '' });
    await expect(anonymous.getContext()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe('scenario', () => {
  it('fails an endpoint with a status a number of times, then recovers', async () => {
    scenario.fail('getContext', { status: 503, times: 2 });
    await expect(client.getContext()).rejects.toBeInstanceOf(ServerError);
    await expect(client.getContext()).rejects.toBeInstanceOf(ServerError);
    await expect(client.getContext()).resolves.toMatchObject({ seller: { id: 's-1042' } });
    expect(scenario.calls('getContext')).toBe(3);
    // Other endpoints are untouched.
    await expect(client.getPolicy()).resolves.toBeDefined();
  });

  it('sends WWW-Authenticate: Bearer with a 401 it is told to give', async () => {
    scenario.fail('getPolicy', { status: 401 });
    const response = await rawFetch('/policy');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  it('sends Retry-After with a 429', async () => {
    scenario.fail('listOrders', { status: 429 });
    const error = await client.listOrders().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error instanceof RateLimitedError && error.retryAfterSeconds).toBe(30);
  });

  it('drops the connection for "network" and breaks the schema for "malformed"', async () => {
    scenario.fail('listTickets', 'network');
    await expect(client.listTickets()).rejects.toBeInstanceOf(NetworkError);
    scenario.fail('getTicket', { kind: 'malformed', times: 1 });
    const id = findTicket('new').id;
    await expect(client.getTicket(id)).rejects.toBeInstanceOf(MalformedResponseError);
    await expect(client.getTicket(id)).resolves.toMatchObject({ id });
  });

  it('takes failures from its options, and reset() restores them', () => {
    const failing = createMockServer({ scenario: { failures: { getPolicy: { status: 500 } } } }).scenario;
    expect(failing.take('getPolicy')).toEqual({ kind: 'status', status: 500 });
    failing.heal();
    expect(failing.take('getPolicy')).toBeNull();
    failing.reset();
    expect(failing.take('getPolicy')).toEqual({ kind: 'status', status: 500 });
  });

  it('answers at once with latency none and never with infinite (until aborted)', async () => {
    // On fake time, an answer that waited for any delay would need the test to move the clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    // Without a time limit of its own: the client must not give up before the mock answers.
    const patient = new FetchApiClient({
      baseUrl: apiBaseUrl,
      getAccessToken: () => 'test-token',
      timeouts: { requestMs: Infinity },
    });
    expect(scenario.latency).toBe('none');
    await expect(patient.getPolicy()).resolves.toBeDefined();

    scenario.setLatency('infinite');
    const controller = new AbortController();
    let settled = false;
    // The mock takes its delay as the request arrives: once it has, the request is waiting.
    const delays = vi.spyOn(scenario, 'nextDelay');
    onTestFinished(() => {
      delays.mockRestore();
    });
    const pending = patient.getPolicy({ signal: controller.signal });
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.waitFor(() => expect(delays).toHaveReturnedWith('infinite'));
    // A day goes by; then another request, asked after it, is answered: the first one, ahead of
    // it, would have been answered by now if it ever were.
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    scenario.setLatency('none');
    await expect(patient.getContext()).resolves.toBeDefined();
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives a seeded, bounded realistic latency', () => {
    const a = createMockServer({ scenario: { latency: 'realistic' } }).scenario;
    const b = createMockServer({ scenario: { latency: 'realistic' } }).scenario;
    const delays = Array.from({ length: 20 }, () => a.nextDelay());
    expect(Array.from({ length: 20 }, () => b.nextDelay())).toEqual(delays);
    for (const delay of delays) {
      expect(typeof delay === 'number' && delay >= 150 && delay <= 650).toBe(true);
    }
  });
});

describe('story overrides', () => {
  it('mockFailure, mockMalformed, mockResponse and mockPending replace one endpoint', async () => {
    server.use(mockFailure('listTickets', 500, apiBaseUrl));
    await expect(client.listTickets()).rejects.toBeInstanceOf(ServerError);
    server.use(mockMalformed('getPolicy'));
    await expect(client.getPolicy()).rejects.toBeInstanceOf(MalformedResponseError);
    server.use(mockResponse('listOrders', { items: [], nextCursor: null, total: 0 }));
    await expect(client.listOrders()).resolves.toEqual({ items: [], nextCursor: null, total: 0 });

    server.use(mockPending('getContext'));
    const controller = new AbortController();
    const pending = client.getContext({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a server that is not ours', () => {
  const premiumContext = async () => {
    const context = await client.getContext();
    return { ...context, seller: { ...context.seller, tier: 'premium' }, weather: 'sunny' };
  };

  it('mockForeignResponse serves values this version does not list, and the client reads them', async () => {
    const context = await premiumContext();
    server.use(mockForeignResponse('getContext', context, apiBaseUrl));
    const read = await client.getContext();
    expect(read.seller.tier).toBe('premium');
    expect(read).not.toHaveProperty('weather');
  });

  it('mockForeignResponse still refuses an answer no client could read', () => {
    expect(() => mockForeignResponse('listOrders', { items: 'not-a-list', nextCursor: null })).toThrow(
      ContractDriftError,
    );
  });

  it('our own mocks are still held to the contract: an unknown value is drift', async () => {
    // Reflect.apply gets an off-contract value past the type checker, as a buggy mock would.
    const context = await premiumContext();
    const sendPremium = () => {
      Reflect.apply(respond, undefined, [sellerContextSchema, context]);
    };
    expect(sendPremium).toThrow(ContractDriftError);
    expect(sendPremium).toThrow(/seller\.tier/);
  });
});

describe('respond', () => {
  it('refuses to send data the contract does not allow', () => {
    // Reflect.apply gets an off-contract value past the type checker, as a buggy mock would.
    const sendOffContract = () => {
      Reflect.apply(respond, undefined, [orderSchema, { id: 42 }]);
    };
    expect(sendOffContract).toThrow(ContractDriftError);
    expect(sendOffContract).toThrow(/Order/);
  });
});
