import {
  attachmentSchema,
  sellerContextSchema,
  ticketPageSchema,
  ticketSchema,
} from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem, expectValidation, newKey } from '../http';
import { createTicket, getTicket, snapshotOf, ticketBody, walk, type SuiteContext } from '../world';
import { png } from './attachments';

/** The other seller's token reaches none of the first seller's tickets or files: 404, as for ids that do not exist. */
export function isolationTests(suite: () => SuiteContext): void {
  describe('another seller', () => {
    it('is someone else: their own GET /context', async () => {
      const { other, world } = suite();
      const context = expectJson(await other.get('/context'), 200, sellerContextSchema);
      expect(context.seller.id).not.toBe(world.context.seller.id);
    });

    it('gets 404 for every call on the first seller’s ticket, and changes nothing', async () => {
      const { seller, other, target, world } = suite();
      const ticket = await createTicket(seller, ticketBody(world, 'orders'));
      await target.moderator.take(ticket.id);
      const { offerId } = await target.moderator.proposeOffer(ticket.id, {
        kind: 'discount',
        description: 'Скидка на следующий заказ',
        // A discount is an amount of money (the desk's contract refuses one without).
        amount: { amount: '300.00', currency: 'RUB' },
      });
      const before = await getTicket(seller, ticket.id);
      const base = `/tickets/${encodeURIComponent(ticket.id)}`;
      expectProblem(await other.get(base), 404);
      expectProblem(
        await other.post(
          `${base}/messages`,
          { body: 'Чужое обращение', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        404,
      );
      expectProblem(
        await other.post(`${base}/offers/${encodeURIComponent(offerId)}/decision`, { decision: 'accept' }),
        404,
      );
      expectProblem(await other.post(`${base}/reopen`, { reason: 'Чужое обращение' }), 404);
      expectProblem(await other.post(`${base}/rating`, { score: 1 }), 404);
      expectProblem(await other.request('POST', `${base}/read`), 404);
      const theirs = await walk(other, '/tickets', ticketPageSchema);
      expect(theirs.items.map((item) => item.id)).not.toContain(ticket.id);
      const found = await walk(other, '/tickets', ticketPageSchema, { query: ticket.number });
      expect(found.items.map((item) => item.id)).not.toContain(ticket.id);
      expect(await getTicket(seller, ticket.id)).toEqual(before);
    });

    it('gets 404 for the first seller’s files, uploaded or carried by a ticket, and cannot attach them', async () => {
      const { seller, other, world } = suite();
      const file = expectJson(
        await seller.upload({ bytes: png(80, 3), name: 'моё.png' }),
        201,
        attachmentSchema,
      );
      const carried = expectJson(
        await seller.upload({ bytes: png(81, 4), name: 'в-обращении.png' }),
        201,
        attachmentSchema,
      );
      await createTicket(seller, { ...ticketBody(world, 'fraud'), attachmentIds: [carried.id] });
      for (const id of [file.id, carried.id])
        expectProblem(await other.get(`/attachments/${encodeURIComponent(id)}`), 404);

      const theirContext = expectJson(await other.get('/context'), 200, sellerContextSchema);
      const body = {
        ...ticketBody(world, 'fraud'),
        attachmentIds: [file.id],
        context: snapshotOf(theirContext),
      };
      expectValidation(
        await other.post('/tickets', body, { idempotencyKey: newKey() }),
        'attachmentIds.0',
        'not_found',
      );
    });

    it('using the first seller’s Idempotency-Key gets a ticket of their own, never the first seller’s', async () => {
      const { seller, other, world } = suite();
      const key = newKey();
      const mine = await createTicket(seller, ticketBody(world, 'fraud', 'Ключ первого продавца'), key);
      const theirContext = expectJson(await other.get('/context'), 200, sellerContextSchema);
      const body = {
        ...ticketBody(world, 'fraud', 'Ключ второго продавца'),
        context: snapshotOf(theirContext),
      };
      const theirs = expectJson(
        await other.post('/tickets', body, { idempotencyKey: key }),
        201,
        ticketSchema,
      );
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.subject).toBe('Ключ второго продавца');
      expect((await getTicket(seller, mine.id)).subject).toBe('Ключ первого продавца');
      expectProblem(await seller.get(`/tickets/${encodeURIComponent(theirs.id)}`), 404);
    });
  });
}
