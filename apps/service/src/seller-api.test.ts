import {
  articleListSchema,
  facilityPageSchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  problemSchema,
  sellerContextSchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  type CreateTicketBody,
  type SellerContext,
  type Ticket,
} from '@seller-support/contract';
import { createDataset, defaultNow, makeContextSnapshot, makePolicy } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { startTestService, type TestService } from './testing/test-service';

let service: TestService;
let context: SellerContext;
let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `00000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
};

beforeAll(async () => {
  service = await startTestService();
  context = z.parse(sellerContextSchema, (await service.call('GET', '/context')).json());
});
afterAll(() => service.stop());

function parcelBody(overrides: Partial<Extract<CreateTicketBody, { topic: 'parcel_location' }>> = {}) {
  const order = context.inTransit[0];
  if (order === undefined) throw new Error('the demo seller has nothing in transit');
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

async function createTicket(body: unknown = parcelBody(), token = 'demo-token'): Promise<Ticket> {
  const response = await service.call('POST', '/tickets', { body, key: newKey(), token });
  expect(response.statusCode).toBe(201);
  return z.parse(ticketSchema, response.json());
}

function problemOf(response: { json(): unknown; headers: Record<string, unknown> }) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return z.parse(problemSchema, response.json());
}

describe('the seller’s business data, seeded from the mocks’ factories', () => {
  it('GET /context is the demo seller with the mocks’ deals and parcels, dated by the clock', () => {
    const dataset = createDataset({ now: defaultNow });
    expect(context.seller).toEqual(dataset.seller);
    expect(context.dealSummary).toEqual(dataset.orders.summary(90));
    expect(context.inTransit.map((order) => order.id)).toEqual(
      dataset.orders.inTransit(200).map((order) => order.id),
    );
    expect(context.inTransit[0]?.createdAt).toBe(dataset.orders.inTransit(1)[0]?.createdAt);
  });

  it('GET /orders walks all 240 orders newest first exactly once, and filters by status and text', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = z.parse(orderPageSchema, (await service.call('GET', `/orders?limit=37${query}`)).json());
      expect(page.total).toBe(240);
      ids.push(...page.items.map((order) => order.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(ids).toHaveLength(240);
    expect(new Set(ids).size).toBe(240);

    const inTransit = z.parse(
      orderPageSchema,
      (await service.call('GET', '/orders?status=in_transit&status=at_pickup_point&limit=100')).json(),
    );
    expect(inTransit.items.every((order) => ['in_transit', 'at_pickup_point'].includes(order.status))).toBe(
      true,
    );
    expect(inTransit.total).toBeGreaterThan(12);

    const first = context.inTransit[0]!;
    const byName = encodeURIComponent(first.items[0]!.name.toUpperCase());
    const found = z.parse(
      orderPageSchema,
      (await service.call('GET', `/orders?query=${byName}&limit=100`)).json(),
    );
    expect(found.items.map((order) => order.id)).toContain(first.id);
    const byId = z.parse(orderPageSchema, (await service.call('GET', `/orders?query=${first.id}`)).json());
    expect(byId.items.map((order) => order.id)).toEqual([first.id]);

    const order = await service.call('GET', `/orders/${first.id}`);
    expect(z.parse(orderSchema, order.json())).toEqual(first);
  });

  it('refuses a limit over 100, a forged cursor and an unknown status with a 422 naming the parameter', async () => {
    for (const [query, name] of [
      ['limit=101', 'limit'],
      ['cursor=forged', 'cursor'],
      ['status=lost', 'status'],
    ] as const) {
      const response = await service.call('GET', `/orders?${query}`);
      expect(response.statusCode).toBe(422);
      expect(problemOf(response).errors?.map((error) => error.path.split('.')[0])).toEqual([name]);
    }
  });

  it('GET /facilities filters by type and text; another seller sees their own context', async () => {
    const page = z.parse(
      facilityPageSchema,
      (
        await service.call('GET', `/facilities?type=pickup_point&query=${encodeURIComponent('тверская')}`)
      ).json(),
    );
    expect(page.items.map((facility) => facility.id)).toContain('pvz-77');
    expect(page.items.every((facility) => facility.type === 'pickup_point')).toBe(true);

    const other = z.parse(
      sellerContextSchema,
      (await service.call('GET', '/context', { token: 'demo-token-2' })).json(),
    );
    expect(other.seller.id).toBe('s-2077');
    expect(other.inTransit).toHaveLength(3);
    expect(
      (await service.call('GET', `/orders/${context.inTransit[0]!.id}`, { token: 'demo-token-2' }))
        .statusCode,
    ).toBe(404);
  });

  it('GET /policy is the configured policy; GET /articles finds by topic and Russian word forms', async () => {
    expect(z.parse(policySchema, (await service.call('GET', '/policy')).json())).toEqual(makePolicy());
    const query = encodeURIComponent('посылку не видно');
    const articles = z.parse(
      articleListSchema,
      (await service.call('GET', `/articles?topic=parcel_location&query=${query}&limit=2`)).json(),
    );
    expect(articles.items.length).toBeGreaterThan(0);
    expect(articles.items[0]?.title).toMatch(/Посылк/);
    const all = z.parse(articleListSchema, (await service.call('GET', '/articles?topic=orders')).json());
    expect(all.items.map((article) => article.id)).toEqual(['a-201', 'a-202', 'a-203']);
  });
});

describe('authentication', () => {
  it('answers 401 problem+json with WWW-Authenticate: Bearer without a token or with an unknown one', async () => {
    const none = await service.call('GET', '/context', { token: null });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(problemOf(none).status).toBe(401);
    const unknown = await service.call('GET', '/tickets', { token: 'not-a-demo-token' });
    expect(unknown.statusCode).toBe(401);
    expect(String(unknown.headers['www-authenticate'])).toMatch(/^Bearer error="invalid_token"/);
  });
});

describe('tickets', () => {
  it('creates a ticket (201), lists it first and reads it with its timeline and what was sent', async () => {
    const body = parcelBody();
    const created = await createTicket(body);
    expect(created).toMatchObject({
      status: 'new',
      topic: 'parcel_location',
      assignee: null,
      unread: 0,
      rating: null,
    });
    expect(created.id).toMatch(/^T-\d{6}$/);
    expect(Date.parse(created.expectedFirstResponseBy ?? '')).toBeGreaterThan(Date.parse(created.createdAt));

    const page = z.parse(ticketPageSchema, (await service.call('GET', '/tickets?limit=1')).json());
    expect(page.items[0]).toEqual({
      ...created,
      events: undefined,
      request: undefined,
      eventsCursor: undefined,
    });

    const read = z.parse(ticketSchema, (await service.call('GET', `/tickets/${created.id}`)).json());
    expect(read.events?.map((event) => event.kind)).toEqual(['created']);
    // Followed cheaply: a 304 while nothing changed, and only what came after a position.
    const first = await service.call('GET', `/tickets/${created.id}`);
    const etag = String(first.headers.etag);
    const idle = await service.call('GET', `/tickets/${created.id}`, { headers: { 'if-none-match': etag } });
    expect([idle.statusCode, idle.body]).toEqual([304, '']);
    await service.call('POST', `/tickets/${created.id}/messages`, {
      body: { body: 'Трек-номер прежний.', attachmentIds: [] },
      key: newKey(),
    });
    expect(
      (await service.call('GET', `/tickets/${created.id}`, { headers: { 'if-none-match': etag } }))
        .statusCode,
    ).toBe(200);
    const changes = z.parse(
      ticketChangesSchema,
      (await service.call('GET', `/tickets/${created.id}/events?after=${read.eventsCursor ?? ''}`)).json(),
    );
    expect(changes.events.map((event) => event.kind)).toEqual(['message']);
    expect(changes.ticket.lastMessage?.body).toBe('Трек-номер прежний.');
    expect(read.request).toEqual({
      description: body.description,
      fields: {},
      orderIds: body.orderIds,
      facilityId: null,
      facility: null,
      confidential: false,
      attachments: [],
      context: body.context,
    });
  });

  it('refuses a bad body with 422 errors that name the fields, and fields the contract does not have', async () => {
    const bad = await service.call('POST', '/tickets', {
      body: parcelBody({ subject: '', orderIds: [] }),
      key: newKey(),
    });
    expect(bad.statusCode).toBe(422);
    expect(problemOf(bad).errors?.map((error) => [error.path, error.code])).toEqual([
      ['subject', 'too_short'],
      ['orderIds', 'required'],
    ]);
    const extra = await service.call('POST', '/tickets', {
      body: { ...parcelBody(), priority: 'urgent' },
      key: newKey(),
    });
    expect(extra.statusCode).toBe(422);
    expect(problemOf(extra).errors).toEqual([
      { path: 'priority', message: 'not a field of this request', code: 'invalid' },
    ]);

    const delivered = createDataset({ now: defaultNow }).orders.filter({ statuses: ['delivered'] })[0] ?? 0;
    const deliveredId = createDataset({ now: defaultNow }).orders.idAt(delivered);
    const notInTransit = await service.call('POST', '/tickets', {
      body: parcelBody({ orderIds: [deliveredId] }),
      key: newKey(),
    });
    expect(problemOf(notInTransit).errors).toMatchObject([{ path: 'orderIds.0', code: 'not_in_transit' }]);
    const unknownOrder = await service.call('POST', '/tickets', {
      body: parcelBody({ orderIds: ['00000-0000-1'] }),
      key: newKey(),
    });
    expect(problemOf(unknownOrder).errors).toMatchObject([{ path: 'orderIds.0', code: 'not_found' }]);
    const unknownFile = await service.call('POST', '/tickets', {
      body: parcelBody({ attachmentIds: ['att-nope'] }),
      key: newKey(),
    });
    expect(problemOf(unknownFile).errors).toMatchObject([{ path: 'attachmentIds.0', code: 'not_found' }]);
  });

  it('stores SQL-looking text as text', async () => {
    const subject = "'; drop table tickets; --";
    const created = await createTicket(parcelBody({ subject }));
    const found = z.parse(
      ticketPageSchema,
      (await service.call('GET', `/tickets?query=${encodeURIComponent(subject)}`)).json(),
    );
    expect(found.items.map((ticket) => [ticket.id, ticket.subject])).toEqual([[created.id, subject]]);
  });

  it('filters the list by status and topic (repeated), by unread, and walks it by cursor exactly once', async () => {
    for (let i = 0; i < 4; i += 1) await createTicket();
    const all = z.parse(ticketPageSchema, (await service.call('GET', '/tickets?limit=100')).json());
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = z.parse(ticketPageSchema, (await service.call('GET', `/tickets?limit=2${query}`)).json());
      ids.push(...page.items.map((ticket) => ticket.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(ids).toEqual(all.items.map((ticket) => ticket.id));

    const target = all.items[1]!;
    await service.moderator.addEvent(
      target.id,
      { kind: 'message', author: 'moderator', body: 'Уточните, пожалуйста, адрес.', attachments: [] },
      { status: 'waiting_seller' },
    );
    const unread = z.parse(ticketPageSchema, (await service.call('GET', '/tickets?unread=true')).json());
    expect(unread.items.map((ticket) => [ticket.id, ticket.unread, ticket.status])).toEqual([
      [target.id, 1, 'waiting_seller'],
    ]);
    expect(unread.items[0]?.lastMessage).toMatchObject({
      author: 'moderator',
      body: 'Уточните, пожалуйста, адрес.',
    });
    const byStatus = z.parse(
      ticketPageSchema,
      (
        await service.call(
          'GET',
          '/tickets?status=waiting_seller&status=resolved&topic=parcel_location&topic=orders',
        )
      ).json(),
    );
    expect(byStatus.total).toBe(1);
    expect((await service.call('POST', `/tickets/${target.id}/read`)).statusCode).toBe(204);
    expect(z.parse(ticketPageSchema, (await service.call('GET', '/tickets?unread=true')).json()).total).toBe(
      0,
    );
    for (const query of ['topic=refunds', 'unread=yes']) {
      const response = await service.call('GET', `/tickets?${query}`);
      expect(response.statusCode).toBe(422);
      expect(problemOf(response).errors?.map((error) => error.path.split('.')[0])).toEqual([
        query.split('=')[0],
      ]);
    }
  });

  it('a seller message is 201, hands a waiting request back, and is refused on a closed one', async () => {
    const ticket = await createTicket();
    await service.moderator.addEvent(
      ticket.id,
      { kind: 'step', text: 'Запросили данные у перевозчика' },
      { status: 'waiting_seller' },
    );
    const key = newKey();
    const body = { body: 'Фото этикетки во вложении.', attachmentIds: [] };
    const first = await service.call('POST', `/tickets/${ticket.id}/messages`, { body, key });
    expect(first.statusCode).toBe(201);
    const event = z.parse(ticketEventSchema, first.json());
    expect(event).toMatchObject({ kind: 'message', author: 'seller', body: body.body });
    const again = await service.call('POST', `/tickets/${ticket.id}/messages`, { body, key });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const read = z.parse(ticketSchema, (await service.call('GET', `/tickets/${ticket.id}`)).json());
    expect(read.status).toBe('in_progress');
    expect(read.events?.filter((item) => item.id === event.id)).toHaveLength(1);

    await service.moderator.addEvent(ticket.id, { kind: 'closed' }, { status: 'closed' });
    const closed = await service.call('POST', `/tickets/${ticket.id}/messages`, { body, key: newKey() });
    expect(closed.statusCode).toBe(409);
    const noKey = await service.call('POST', `/tickets/${ticket.id}/messages`, { body });
    expect(noKey.statusCode).toBe(400);
  });

  it('offers: accepting resolves, a second decision is 409; rating once; reopening a resolved request', async () => {
    const ticket = await createTicket();
    const offer = {
      id: 'of-1',
      kind: 'compensation' as const,
      description: 'Компенсируем стоимость доставки',
      amount: { amount: '350.00', currency: 'RUB' },
      status: 'pending' as const,
    };
    await service.moderator.addEvent(ticket.id, { kind: 'offer', offer }, { status: 'offer_proposed' });
    const early = await service.call('POST', `/tickets/${ticket.id}/rating`, { body: { score: 5 } });
    expect(early.statusCode).toBe(409);

    const decided = await service.call('POST', `/tickets/${ticket.id}/offers/of-1/decision`, {
      body: { decision: 'accept', comment: 'Спасибо' },
    });
    expect(decided.statusCode).toBe(200);
    const resolved = z.parse(ticketSchema, decided.json());
    expect(resolved.status).toBe('resolved');
    expect(resolved.events?.find((event) => event.kind === 'offer')).toMatchObject({
      offer: { status: 'accepted' },
    });
    expect(resolved.events?.slice(-2).map((event) => event.kind)).toEqual(['offer_decided', 'resolved']);
    const twice = await service.call('POST', `/tickets/${ticket.id}/offers/of-1/decision`, {
      body: { decision: 'decline' },
    });
    expect(twice.statusCode).toBe(409);
    const unknownOffer = await service.call('POST', `/tickets/${ticket.id}/offers/of-9/decision`, {
      body: { decision: 'accept' },
    });
    expect(unknownOffer.statusCode).toBe(404);

    const rated = z.parse(
      ticketSchema,
      (
        await service.call('POST', `/tickets/${ticket.id}/rating`, { body: { score: 4, comment: 'Быстро' } })
      ).json(),
    );
    expect(rated.rating).toEqual({ score: 4, comment: 'Быстро' });
    expect(
      (await service.call('POST', `/tickets/${ticket.id}/rating`, { body: { score: 5 } })).statusCode,
    ).toBe(409);

    const reopened = await service.call('POST', `/tickets/${ticket.id}/reopen`, {
      body: { reason: 'Посылка снова пропала' },
    });
    expect(reopened.statusCode).toBe(200);
    expect(z.parse(ticketSchema, reopened.json())).toMatchObject({ status: 'in_progress' });
    expect(
      (await service.call('POST', `/tickets/${ticket.id}/reopen`, { body: { reason: 'Ещё раз' } }))
        .statusCode,
    ).toBe(409);
    expect(
      (await service.call('POST', `/tickets/${ticket.id}/reopen`, { body: { reason: 'x' } })).statusCode,
    ).toBe(422);
  });

  it('a repeated decision, rating or reopen changes nothing and is 200; with a key it is applied once', async () => {
    const ticket = await createTicket();
    const offer = {
      id: 'of-r',
      kind: 'discount' as const,
      description: 'Скидка 10%',
      amount: null,
      status: 'pending' as const,
    };
    await service.moderator.addEvent(ticket.id, { kind: 'offer', offer }, { status: 'offer_proposed' });
    const decide = (decision: 'accept' | 'decline', key?: string) =>
      service.call('POST', `/tickets/${ticket.id}/offers/of-r/decision`, {
        body: { decision },
        ...(key === undefined ? {} : { key }),
      });
    const key = newKey();
    expect((await decide('decline', key)).statusCode).toBe(200);
    const replay = await decide('decline', key);
    expect(replay.statusCode).toBe(200);
    expect((await decide('decline')).statusCode).toBe(200);
    expect((await decide('accept')).statusCode).toBe(409);
    expect((await decide('accept', key)).statusCode).toBe(422);
    const timeline = z.parse(ticketSchema, replay.json()).events ?? [];
    expect(timeline.filter((event) => event.kind === 'offer_decided')).toHaveLength(1);

    await service.moderator.addEvent(ticket.id, { kind: 'resolved', note: 'Готово' }, { status: 'resolved' });
    const rate = (score: number) => service.call('POST', `/tickets/${ticket.id}/rating`, { body: { score } });
    expect((await rate(5)).statusCode).toBe(200);
    expect((await rate(5)).statusCode).toBe(200);
    expect((await rate(3)).statusCode).toBe(409);
    const reopen = () =>
      service.call('POST', `/tickets/${ticket.id}/reopen`, { body: { reason: 'Скидка не применилась' } });
    expect((await reopen()).statusCode).toBe(200);
    const again = await reopen();
    expect(again.statusCode).toBe(200);
    const events = z.parse(ticketSchema, again.json()).events ?? [];
    expect(
      events
        .filter((event) => event.kind === 'rated' || event.kind === 'reopened')
        .map((event) => event.kind),
    ).toEqual(['rated', 'reopened']);
  });

  it('an internal note never reaches the seller’s timeline', async () => {
    const ticket = await createTicket();
    await service.moderator.addEvent(ticket.id, { kind: 'step', text: 'Продавец звонил дважды' }, {}, true);
    const read = z.parse(ticketSchema, (await service.call('GET', `/tickets/${ticket.id}`)).json());
    expect(read.events?.map((event) => event.kind)).toEqual(['created']);
    expect(read.unread).toBe(0);
  });

  it('another seller’s ticket is a 404 for every call, and is never in their list', async () => {
    const ticket = await createTicket();
    const other = { token: 'demo-token-2' };
    expect((await service.call('GET', `/tickets/${ticket.id}`, other)).statusCode).toBe(404);
    expect(
      (
        await service.call('POST', `/tickets/${ticket.id}/messages`, {
          ...other,
          body: { body: 'Чужое', attachmentIds: [] },
          key: newKey(),
        })
      ).statusCode,
    ).toBe(404);
    expect((await service.call('POST', `/tickets/${ticket.id}/read`, other)).statusCode).toBe(404);
    expect(
      (await service.call('POST', `/tickets/${ticket.id}/rating`, { ...other, body: { score: 1 } }))
        .statusCode,
    ).toBe(404);
    expect(z.parse(ticketPageSchema, (await service.call('GET', '/tickets', other)).json()).total).toBe(0);
  });
});

describe('idempotency', () => {
  it('same key and body: the original ticket with 200; another body: 422; keys are per seller', async () => {
    const key = newKey();
    const body = parcelBody();
    const first = await service.call('POST', '/tickets', { body, key });
    expect(first.statusCode).toBe(201);
    const before = z.parse(ticketPageSchema, (await service.call('GET', '/tickets')).json()).total;
    // The same body with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await service.call('POST', '/tickets', { body: reordered, key });
    expect(replay.statusCode).toBe(200);
    expect(z.parse(ticketSchema, replay.json()).id).toBe(z.parse(ticketSchema, first.json()).id);
    expect(z.parse(ticketPageSchema, (await service.call('GET', '/tickets')).json()).total).toBe(before);

    const other = await service.call('POST', '/tickets', {
      body: parcelBody({ subject: 'Другой заголовок' }),
      key,
    });
    expect(other.statusCode).toBe(422);
    expect(problemOf(other).errors?.[0]?.path).toBe('Idempotency-Key');

    // The same key is another seller's own.
    const secondSeller = await service.call('GET', '/context', { token: 'demo-token-2' });
    const theirs = z.parse(sellerContextSchema, secondSeller.json());
    const theirBody = {
      ...body,
      orderIds: [theirs.inTransit[0]!.id],
      context: makeContextSnapshot(theirs, [theirs.inTransit[0]!]),
    };
    expect(
      (await service.call('POST', '/tickets', { body: theirBody, key, token: 'demo-token-2' })).statusCode,
    ).toBe(201);
  });

  it('a refused request records nothing: the fixed request may use the same key', async () => {
    const key = newKey();
    expect(
      (await service.call('POST', '/tickets', { body: parcelBody({ subject: 'x' }), key })).statusCode,
    ).toBe(422);
    expect((await service.call('POST', '/tickets', { body: parcelBody(), key })).statusCode).toBe(201);
  });

  it('twenty concurrent creates with one key make one ticket; each answer is it or a 409 with Retry-After', async () => {
    const key = newKey();
    const body = parcelBody({ subject: 'Одновременно двадцать раз' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => service.call('POST', '/tickets', { body, key })),
    );
    const ids = new Set<string>();
    for (const answer of answers) {
      if (answer.statusCode === 409) {
        expect(answer.headers['retry-after']).toBe('1');
        continue;
      }
      expect([200, 201]).toContain(answer.statusCode);
      ids.add(z.parse(ticketSchema, answer.json()).id);
    }
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(1);
    expect(ids.size).toBe(1);
    const query = encodeURIComponent('Одновременно');
    expect(
      z.parse(ticketPageSchema, (await service.call('GET', `/tickets?query=${query}`)).json()).total,
    ).toBe(1);
  });

  it('forgets keys after the retention time, not before', async () => {
    const key = newKey();
    await service.call('POST', '/tickets', { body: parcelBody(), key });
    const { IdempotencyStore } = await import('./store/idempotency');
    const soon = new IdempotencyStore(
      service.database.db,
      () => new Date(Date.parse(defaultNow) + 23 * 3_600_000),
    );
    expect(await soon.cleanUp(24)).toBe(0);
    const later = new IdempotencyStore(service.database.db, () => new Date(Date.now() + 25 * 3_600_000));
    expect(await later.cleanUp(24)).toBeGreaterThan(0);
  });
});
