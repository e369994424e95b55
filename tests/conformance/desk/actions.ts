import {
  attachmentSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
} from '@seller-support/contract';
import { deskTicketEventSchema, deskTicketSchema } from '@seller-support/contract/desk';
import { describe, expect, it } from 'vitest';
import { expectClientProblem, expectJson, expectProblem, expectValidation, newKey } from '../http';
import { png } from '../suite/attachments';
import {
  act,
  create,
  deskTicket,
  newTicket,
  sellerTicket,
  ticketPath,
  type DeskSuiteContext,
} from './context';

const rubles = (amount: string) => ({ amount, currency: 'RUB' });

/** The moderator's actions: each one's documented statuses, its idempotency, and what the seller sees of it. */
export function deskActionTests(suite: () => DeskSuiteContext): void {
  describe('desk: take', () => {
    it('assigns the ticket: an assigned event, in progress, the seller sees who holds it', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const taken = await act(context.desk, ticket.id, '/take');
      expect(taken).toMatchObject({ status: 'in_progress', assignee: context.me, firstResponseDueAt: null });
      expect(taken.events.at(-1)).toMatchObject({
        kind: 'assigned',
        moderator: context.me,
        visibility: 'seller',
      });
      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen).toMatchObject({ status: 'in_progress', assignee: context.me });
      expect(seen.events?.at(-1)).toMatchObject({ kind: 'assigned', moderator: context.me });
      expect(seen.unread).toBe(ticket.unread + 1);
    });

    it('taking it again is 200 with no new event; another moderator gets a 409 unless force', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const first = await act(context.desk, ticket.id, '/take');
      const again = await act(context.desk, ticket.id, '/take');
      expect(again.events).toHaveLength(first.events.length);
      expectProblem(await context.otherDesk.post(ticketPath(ticket.id, '/take'), {}), 409);
      expectProblem(await context.otherDesk.post(ticketPath(ticket.id, '/take'), { force: false }), 409);
      const forced = await act(context.otherDesk, ticket.id, '/take', { force: true });
      expect(forced.assignee).toEqual(context.other);
      expect(forced.events.at(-1)).toMatchObject({ kind: 'assigned', moderator: context.other });
      expect((await sellerTicket(context.seller, ticket.id)).assignee).toEqual(context.other);
    });

    it('an idempotent replay answers the ticket as it stands; a bad body is a 422, no body a 400, no ticket a 404', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const key = newKey();
      const path = ticketPath(ticket.id, '/take');
      const first = expectJson(
        await context.desk.post(path, {}, { idempotencyKey: key }),
        200,
        deskTicketSchema,
      );
      const replay = expectJson(
        await context.desk.post(path, {}, { idempotencyKey: key }),
        200,
        deskTicketSchema,
      );
      expect(replay.events).toHaveLength(first.events.length);
      expectProblem(await context.desk.post(path, { force: true }, { idempotencyKey: key }), 422);
      expectValidation(await context.desk.post(path, { force: 'yes' }), 'force');
      expectValidation(await context.desk.post(path, { grab: true }), 'grab');
      expectClientProblem(
        await context.desk.request('POST', path, { rawBody: '{', contentType: 'application/json' }),
      );
      expectProblem(await context.desk.post(ticketPath('T-999999999', '/take'), {}), 404);
    });
  });

  describe('desk: messages and attachments', () => {
    it('a reply reaches the seller as the moderator’s message, unread; a replay is 200 with the same event', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const key = newKey();
      const path = ticketPath(ticket.id, '/messages');
      const body = { body: 'Здравствуйте! Уже запросили перевозчика.', attachmentIds: [] };
      const created = expectJson(
        await context.desk.post(path, body, { idempotencyKey: key }),
        201,
        deskTicketEventSchema,
      );
      expect(created).toMatchObject({
        kind: 'message',
        author: 'moderator',
        body: body.body,
        visibility: 'seller',
      });
      const replay = expectJson(
        await context.desk.post(path, body, { idempotencyKey: key }),
        200,
        deskTicketEventSchema,
      );
      expect(replay).toEqual(created);
      expectValidation(
        await context.desk.post(path, { ...body, body: 'Другой ответ' }, { idempotencyKey: key }),
        'Idempotency-Key',
      );
      expectClientProblem(await context.desk.post(path, body));

      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen.events?.filter((event) => event.kind === 'message')).toHaveLength(1);
      expect(seen.events?.at(-1)).toMatchObject({
        id: created.id,
        kind: 'message',
        author: 'moderator',
        body: body.body,
      });
      expect(seen.unread).toBe(ticket.unread + 1);
      expect(seen.lastMessage).toMatchObject({ author: 'moderator' });
      expect(seen.expectedFirstResponseBy, 'answered: the seller waits for no first answer').toBeNull();
      expect(seen.status, 'an answer to a new request, taken or not: support is on it').toBe('in_progress');
      const unreadList = expectJson(
        await context.seller.get('/tickets', { unread: true, limit: 100 }),
        200,
        ticketPageSchema,
      );
      expect(unreadList.items.map((item) => item.id)).toContain(ticket.id);
    });

    it('refuses a message that breaks the contract, with a 422 naming the field', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const path = ticketPath(ticket.id, '/messages');
      const post = (body: unknown) => context.desk.post(path, body, { idempotencyKey: newKey() });
      expectValidation(await post({ body: '', attachmentIds: [] }), 'body');
      expectValidation(await post({ body: 'Текст' }), 'attachmentIds');
      expectValidation(await post({ body: 'Текст', attachmentIds: [], html: '<b>' }), 'html');
      expectValidation(await post({ body: 'Текст', attachmentIds: ['att-not-uploaded'] }), /^attachmentIds/);
      expectProblem(
        await context.desk.post(
          ticketPath('T-999999999', '/messages'),
          { body: 'Текст', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        404,
      );
    });

    it('a moderator’s upload goes with a reply, and the seller can open it; another moderator cannot attach it', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const bytes = png(200, 7);
      const key = newKey();
      const uploaded = expectJson(
        await context.desk.upload({ bytes, name: 'акт.png' }, key),
        201,
        attachmentSchema,
      );
      expect(uploaded).toMatchObject({ name: 'акт.png', size: 200, type: 'image/png' });
      expect(
        expectJson(await context.desk.upload({ bytes, name: 'акт.png' }, key), 200, attachmentSchema),
      ).toEqual(uploaded);
      expectProblem(await context.desk.upload({ bytes: png(200, 8), name: 'акт.png' }, key), 422);
      const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
      expectProblem(await context.desk.upload({ bytes: executable, name: 'a.png' }), 415);
      expectClientProblem(await context.desk.upload({ bytes, name: 'акт.png' }, null));

      expectValidation(
        await context.otherDesk.post(
          ticketPath(ticket.id, '/messages'),
          { body: 'Чужой файл', attachmentIds: [uploaded.id] },
          { idempotencyKey: newKey() },
        ),
        /^attachmentIds/,
      );
      const message = await create(context.desk, ticket.id, '/messages', {
        body: 'Акт во вложении.',
        attachmentIds: [uploaded.id],
      });
      expect(message).toMatchObject({ kind: 'message', attachments: [uploaded] });
      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen.events?.at(-1)).toMatchObject({ kind: 'message', attachments: [uploaded] });
      const file = await context.seller.get(`/attachments/${encodeURIComponent(uploaded.id)}`);
      expect(file.status).toBe(200);
      expect([...file.bytes]).toEqual([...bytes]);
    });

    it('a question (awaitSeller) makes the ticket wait for the seller; the seller’s answer hands it back', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      await act(context.desk, ticket.id, '/take');
      await create(context.desk, ticket.id, '/messages', {
        body: 'Пришлите фото этикетки, пожалуйста.',
        attachmentIds: [],
        awaitSeller: true,
      });
      expect((await sellerTicket(context.seller, ticket.id)).status).toBe('waiting_seller');
      expectJson(
        await context.seller.post(
          ticketPath(ticket.id, '/messages'),
          { body: 'Вот фото.', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        201,
        ticketEventSchema,
      );
      expect((await deskTicket(context.desk, ticket.id)).status).toBe('in_progress');
      await create(context.desk, ticket.id, '/messages', {
        body: 'Спасибо!',
        attachmentIds: [],
        awaitSeller: false,
      });
      expect((await sellerTicket(context.seller, ticket.id)).status).toBe('in_progress');
    });

    it('GET /attachments/{id}: any ticket’s file and the moderator’s own upload; anything else a 404', async () => {
      const context = suite();
      const { desk, otherDesk, seller } = context;
      const sellerFile = expectJson(
        await seller.upload({ bytes: png(120, 3), name: 'фото.png' }),
        201,
        attachmentSchema,
      );
      const loose = expectJson(
        await seller.upload({ bytes: png(90, 4), name: 'черновик.png' }),
        201,
        attachmentSchema,
      );
      expectProblem(await desk.get(`/attachments/${encodeURIComponent(sellerFile.id)}`), 404);
      const ticket = await newTicket(context);
      expectJson(
        await seller.post(
          ticketPath(ticket.id, '/messages'),
          { body: 'Фото посылки', attachmentIds: [sellerFile.id] },
          { idempotencyKey: newKey() },
        ),
        201,
        ticketEventSchema,
      );
      const opened = await desk.get(`/attachments/${encodeURIComponent(sellerFile.id)}`);
      expect(opened.status).toBe(200);
      expect(opened.headers.get('Content-Type')).toMatch(/^image\/png/);
      expect([...opened.bytes]).toEqual([...png(120, 3)]);
      expect((await context.deskClient.getAttachment(sellerFile.id)).size).toBe(120);
      expectProblem(await desk.get(`/attachments/${encodeURIComponent(loose.id)}`), 404);

      const own = expectJson(
        await desk.upload({ bytes: png(70, 5), name: 'ответ.png' }),
        201,
        attachmentSchema,
      );
      expect((await desk.get(`/attachments/${encodeURIComponent(own.id)}`)).status).toBe(200);
      expectProblem(await otherDesk.get(`/attachments/${encodeURIComponent(own.id)}`), 404);
      expectProblem(await seller.get(`/attachments/${encodeURIComponent(own.id)}`), 404);
      expectProblem(await desk.get('/attachments/att-no-such-file'), 404);
    });

    it('a closed ticket takes no message (409)', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      await act(context.desk, ticket.id, '/close');
      expectProblem(
        await context.desk.post(
          ticketPath(ticket.id, '/messages'),
          { body: 'Ещё вопрос', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        409,
      );
    });
  });

  describe('desk: steps and third parties', () => {
    it('a step and a third party reach the seller; the ticket then waits for the third party', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      await act(context.desk, ticket.id, '/take');
      const step = await create(context.desk, ticket.id, '/steps', { text: 'Запросили трек у перевозчика' });
      expect(step).toMatchObject({
        kind: 'step',
        text: 'Запросили трек у перевозчика',
        visibility: 'seller',
      });
      expect((await deskTicket(context.desk, ticket.id)).status).toBe('in_progress');
      const party = await create(context.desk, ticket.id, '/third-party', {
        party: 'carrier',
        note: 'Ждём ответа СДЭК',
      });
      expect(party).toMatchObject({ kind: 'third_party', party: 'carrier', note: 'Ждём ответа СДЭК' });
      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen.status).toBe('waiting_third_party');
      expect(seen.events?.slice(-2).map((event) => event.kind)).toEqual(['step', 'third_party']);
      expect(seen.unread).toBe(ticket.unread + 3);
    });

    it('refuses a bad body (422) and a resolved ticket (409)', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const post = (tail: string, body: unknown) =>
        context.desk.post(ticketPath(ticket.id, tail), body, { idempotencyKey: newKey() });
      expectValidation(await post('/steps', { text: 'x' }), 'text');
      expectValidation(await post('/third-party', { party: 'courier-of-the-gods', note: '' }), 'party');
      expectValidation(await post('/third-party', { party: 'warehouse' }), 'note');
      await act(context.desk, ticket.id, '/resolve');
      expectProblem(await post('/steps', { text: 'Ещё один шаг' }), 409);
      expectProblem(await post('/third-party', { party: 'warehouse', note: '' }), 409);
    });
  });

  describe('desk: offers', () => {
    it('an offer reaches the seller pending; another while it is pending is a 409; the seller’s decision shows on the desk', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      await act(context.desk, ticket.id, '/take');
      const proposed = await create(context.desk, ticket.id, '/offers', {
        kind: 'compensation',
        description: 'Компенсация за задержку',
        amount: rubles('500.00'),
      });
      if (proposed.kind !== 'offer') throw new Error(`an offer event, not ${proposed.kind}`);
      expect(proposed.offer).toMatchObject({
        kind: 'compensation',
        amount: rubles('500.00'),
        status: 'pending',
      });
      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen.status).toBe('offer_proposed');
      expect(seen.events?.at(-1)).toMatchObject({
        kind: 'offer',
        offer: { id: proposed.offer.id, status: 'pending' },
      });
      expectProblem(
        await context.desk.post(
          ticketPath(ticket.id, '/offers'),
          { kind: 'alternative', description: 'Другой вариант', amount: null },
          { idempotencyKey: newKey() },
        ),
        409,
      );
      expectJson(
        await context.seller.post(
          ticketPath(ticket.id, `/offers/${encodeURIComponent(proposed.offer.id)}/decision`),
          { decision: 'accept' },
        ),
        200,
        ticketSchema,
      );
      const after = await deskTicket(context.desk, ticket.id);
      expect(after.status).toBe('resolved');
      expect(after.offers).toEqual([expect.objectContaining({ id: proposed.offer.id, status: 'accepted' })]);
      expect(after.events.some((event) => event.kind === 'offer_decided')).toBe(true);
      expect(after.unread, 'the seller’s decision is news to the moderator').toBeGreaterThan(0);
    });

    it.each(['/resolve', '/close'] as const)(
      'an offer still pending when support settles the request (%s) can no longer be decided (409)',
      async (settle) => {
        const context = suite();
        const ticket = await newTicket(context);
        await act(context.desk, ticket.id, '/take');
        const proposed = await create(context.desk, ticket.id, '/offers', {
          kind: 'discount',
          description: 'Скидка на следующую поставку',
          amount: rubles('300.00'),
        });
        if (proposed.kind !== 'offer') throw new Error(`an offer event, not ${proposed.kind}`);
        const settled = await act(context.desk, ticket.id, settle);
        for (const decision of ['accept', 'decline'] as const) {
          expectProblem(
            await context.seller.post(
              ticketPath(ticket.id, `/offers/${encodeURIComponent(proposed.offer.id)}/decision`),
              { decision },
            ),
            409,
          );
        }
        const after = await deskTicket(context.desk, ticket.id);
        expect(after.status).toBe(settled.status);
        expect(after.events).toHaveLength(settled.events.length);
      },
    );

    it('money for a discount or a compensation, none for an alternative, and more than nothing (422)', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const post = (body: unknown) =>
        context.desk.post(ticketPath(ticket.id, '/offers'), body, { idempotencyKey: newKey() });
      expectValidation(await post({ kind: 'discount', description: 'Скидка', amount: null }), /^amount/);
      expectValidation(
        await post({ kind: 'compensation', description: 'Компенсация', amount: rubles('0.00') }),
        /^amount/,
      );
      expectValidation(
        await post({ kind: 'compensation', description: 'Компенсация', amount: rubles('-5.00') }),
        /^amount/,
      );
      expectValidation(
        await post({ kind: 'discount', description: 'Скидка', amount: rubles('12,50') }),
        /^amount/,
      );
      expectValidation(
        await post({ kind: 'alternative', description: 'Замена', amount: rubles('10.00') }),
        /^amount/,
      );
      expectValidation(await post({ kind: 'gift', description: 'Подарок', amount: null }), /^kind/);
      expect((await sellerTicket(context.seller, ticket.id)).status, 'nothing was proposed').toBe('new');
    });
  });

  describe('desk: resolve and close', () => {
    it('resolve: the seller sees it resolved; the same resolve again is 200 with no new event, another one a 409', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const resolved = await act(context.desk, ticket.id, '/resolve', { note: 'Посылка найдена' });
      expect(resolved.status).toBe('resolved');
      expect(resolved.events.at(-1)).toMatchObject({ kind: 'resolved', note: 'Посылка найдена' });
      const again = await act(context.desk, ticket.id, '/resolve', { note: 'Посылка найдена' });
      expect(again.events).toHaveLength(resolved.events.length);
      expectProblem(
        await context.desk.post(ticketPath(ticket.id, '/resolve'), { note: 'Другое решение' }),
        409,
      );
      const seen = await sellerTicket(context.seller, ticket.id);
      expect(seen.status).toBe('resolved');
      expect(seen.events?.at(-1)).toMatchObject({ kind: 'resolved', note: 'Посылка найдена' });
    });

    it('close: the seller sees it closed; closing again is 200 with no new event; resolving it then is a 409', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const closed = await act(context.desk, ticket.id, '/close');
      expect(closed.status).toBe('closed');
      expect(closed.events.at(-1)).toMatchObject({ kind: 'closed', visibility: 'seller' });
      const again = await act(context.desk, ticket.id, '/close');
      expect(again.events).toHaveLength(closed.events.length);
      expectProblem(await context.desk.post(ticketPath(ticket.id, '/resolve'), {}), 409);
      expectValidation(await context.desk.post(ticketPath(ticket.id, '/close'), { reason: 'x' }), 'reason');
      expect((await sellerTicket(context.seller, ticket.id)).status).toBe('closed');
    });
  });

  describe('desk: idempotency keys are the moderator’s', () => {
    it('one key used by two moderators makes two events', async () => {
      const context = suite();
      const ticket = await newTicket(context);
      const key = newKey();
      const body = { text: 'Проверили остатки на складе' };
      const path = ticketPath(ticket.id, '/steps');
      const mine = expectJson(
        await context.desk.post(path, body, { idempotencyKey: key }),
        201,
        deskTicketEventSchema,
      );
      const theirs = expectJson(
        await context.otherDesk.post(path, body, { idempotencyKey: key }),
        201,
        deskTicketEventSchema,
      );
      expect(theirs.id).not.toBe(mine.id);
      const steps = (await deskTicket(context.desk, ticket.id)).events.filter(
        (event) => event.kind === 'step',
      );
      expect(steps.map((event) => event.id)).toEqual([mine.id, theirs.id]);
    });
  });
}
