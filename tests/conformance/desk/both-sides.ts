import {
  ticketChangesSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
} from '@seller-support/contract';
import { deskTicketEventSchema, isKnownDeskTicketEvent } from '@seller-support/contract/desk';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem, newKey } from '../http';
import {
  act,
  create,
  deskTicket,
  newTicket,
  sellerTicket,
  ticketPath,
  walkQueue,
  type DeskSuiteContext,
} from './context';

/** What one side sees of the other: notes never reach the seller, and each side's news is the other's unread. */
export function deskBothSidesTests(suite: () => DeskSuiteContext): void {
  describe('desk: internal notes', () => {
    it('a note is on the desk’s timeline, internal, and nowhere in the seller’s API: not the ticket, its ETag, events?after=, the list', async () => {
      const context = suite();
      const { desk, seller } = context;
      const ticket = await newTicket(context);
      await act(desk, ticket.id, '/take');
      const before = await seller.get(ticketPath(ticket.id));
      const etag = before.headers.get('ETag');
      const cursor = expectJson(before, 200, ticketSchema).eventsCursor;
      const listBefore = expectJson(await seller.get('/tickets', { limit: 100 }), 200, ticketPageSchema);

      const secret = 'Внутренняя заметка: продавец звонил трижды, проверить возвраты';
      const key = newKey();
      const path = ticketPath(ticket.id, '/notes');
      const note = expectJson(
        await desk.post(path, { body: secret }, { idempotencyKey: key }),
        201,
        deskTicketEventSchema,
      );
      expect(note).toMatchObject({
        kind: 'note',
        body: secret,
        moderator: context.me,
        visibility: 'internal',
      });
      expect(
        expectJson(
          await desk.post(path, { body: secret }, { idempotencyKey: key }),
          200,
          deskTicketEventSchema,
        ),
      ).toEqual(note);
      expectProblem(await desk.post(path, { body: '' }, { idempotencyKey: newKey() }), 422);
      const onDesk = await deskTicket(desk, ticket.id);
      expect(onDesk.events.at(-1)).toEqual(note);

      const after = await seller.get(ticketPath(ticket.id));
      expect(new TextDecoder().decode(after.bytes)).not.toContain('Внутренняя заметка');
      expect(after.headers.get('ETag'), 'a note changes nothing the seller sees').toBe(etag);
      if (etag !== null) {
        const idle = await seller.get(ticketPath(ticket.id), undefined, {
          headers: { 'If-None-Match': etag },
        });
        expect(idle.status).toBe(304);
      }
      if (cursor !== undefined) {
        const changes = expectJson(
          await seller.get(ticketPath(ticket.id, '/events'), { after: cursor }),
          200,
          ticketChangesSchema,
        );
        expect(changes.events).toEqual([]);
        expect(
          new TextDecoder().decode(
            (await seller.get(ticketPath(ticket.id, '/events'), { after: cursor })).bytes,
          ),
        ).not.toContain('Внутренняя');
      }
      const listAfter = expectJson(await seller.get('/tickets', { limit: 100 }), 200, ticketPageSchema);
      expect(listAfter.items.find((item) => item.id === ticket.id)).toEqual(
        listBefore.items.find((item) => item.id === ticket.id),
      );
      // Not even the queue's last message.
      const item = (await walkQueue(desk)).items.find((candidate) => candidate.id === ticket.id);
      expect(JSON.stringify(item)).not.toContain('Внутренняя');
    });
  });

  describe('desk: unread on both sides', () => {
    it('the seller’s reply is unread for the moderator until they mark it read; the moderator’s own events are not', async () => {
      const context = suite();
      const { desk, otherDesk, seller } = context;
      const ticket = await newTicket(context);
      expect((await deskTicket(desk, ticket.id)).unread).toBeGreaterThan(0);
      const read = await desk.post(ticketPath(ticket.id, '/read'), undefined);
      expect(read.status).toBe(204);
      expect((await deskTicket(desk, ticket.id)).unread).toBe(0);
      expect((await desk.post(ticketPath(ticket.id, '/read'), undefined)).status, 'again: the same').toBe(
        204,
      );

      await create(desk, ticket.id, '/messages', {
        body: 'Пришлите фото упаковки, пожалуйста.',
        attachmentIds: [],
      });
      expect((await deskTicket(desk, ticket.id)).unread, 'a moderator’s own message is no news').toBe(0);

      expectJson(
        await seller.post(
          ticketPath(ticket.id, '/messages'),
          { body: 'Фото отправлю вечером.', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        201,
        ticketEventSchema,
      );
      expect((await deskTicket(desk, ticket.id)).unread).toBe(1);
      const item = (await walkQueue(desk)).items.find((candidate) => candidate.id === ticket.id);
      expect(item?.unread).toBe(1);
      expect(item?.lastMessage).toMatchObject({ author: 'seller', body: 'Фото отправлю вечером.' });
      // Read marks are each moderator's own.
      expect((await deskTicket(otherDesk, ticket.id)).unread).toBeGreaterThan(1);
      expectProblem(await desk.post(ticketPath('T-999999999', '/read'), undefined), 404);
    });

    it('the moderator’s message and offer raise the seller’s unread count; reading the ticket clears it', async () => {
      const context = suite();
      const { desk, seller } = context;
      const ticket = await newTicket(context);
      expect((await seller.post(ticketPath(ticket.id, '/read'), undefined)).status).toBe(204);
      await create(desk, ticket.id, '/messages', { body: 'Проверяем.', attachmentIds: [] });
      await create(desk, ticket.id, '/offers', {
        kind: 'discount',
        description: 'Скидка на доставку',
        amount: { amount: '150.00', currency: 'RUB' },
      });
      const seen = await sellerTicket(seller, ticket.id);
      expect(seen.unread).toBe(2);
      expect(seen.status).toBe('offer_proposed');
      const unread = expectJson(
        await seller.get('/tickets', { unread: true, limit: 100 }),
        200,
        ticketPageSchema,
      );
      expect(unread.items.map((item) => item.id)).toContain(ticket.id);
    });
  });

  describe('desk: the typed client', () => {
    it('FetchDeskClient walks a journey: queue, take, third party, offer, the seller accepts, resolve', async () => {
      const context = suite();
      const { deskClient: client, sellerClient } = context;
      const ticket = await newTicket(context, 'parcel_location', 'Клиент: весь путь');
      const me = await client.getMe();
      expect(me).toEqual(context.me);
      const queue = await client.listQueue({ q: ticket.number });
      expect(queue.items.map((item) => item.id)).toEqual([ticket.id]);
      const taken = await client.takeTicket(ticket.id);
      expect(taken.assignee).toEqual(me);
      await client.involveThirdParty(
        ticket.id,
        { party: 'carrier', note: 'Запросили перевозчика' },
        { idempotencyKey: newKey() },
      );
      const offer = await client.proposeOffer(
        ticket.id,
        {
          kind: 'compensation',
          description: 'Компенсация 500 ₽',
          amount: { amount: '500.00', currency: 'RUB' },
        },
        { idempotencyKey: newKey() },
      );
      if (!isKnownDeskTicketEvent(offer) || offer.kind !== 'offer') throw new Error('an offer event');
      const sellerSide = await sellerClient.getTicket(ticket.id);
      expect(sellerSide.status).toBe('offer_proposed');
      await sellerClient.decideOffer(ticket.id, offer.offer.id, { decision: 'accept' });
      const decided = await client.getTicket(ticket.id);
      expect(decided.offers.find((candidate) => candidate.id === offer.offer.id)?.status).toBe('accepted');
      await client.addNote(ticket.id, { body: 'Компенсация согласована' }, { idempotencyKey: newKey() });
      await client.markRead(ticket.id);
      expect((await client.getTicket(ticket.id)).unread).toBe(0);
      const closed = await client.closeTicket(ticket.id);
      expect(closed.status).toBe('closed');
    });
  });
}
