import { ticketEventSchema, ticketPageSchema, ticketSchema, type Ticket } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem, expectValidation, newKey } from '../http';
import { createTicket, getTicket, ticketBody, walk, type SuiteContext } from '../world';

/** How many events of `kind` a ticket shows. */
const count = (ticket: Ticket, kind: string) => ticket.events?.filter((event) => event.kind === kind).length;

const path = (ticket: Pick<Ticket, 'id'>, rest = '') => `/tickets/${encodeURIComponent(ticket.id)}${rest}`;

const offer = {
  kind: 'compensation',
  description: 'Компенсация стоимости доставки',
  amount: { amount: '350.00', currency: 'RUB' },
} as const;

/** What the seller does once support has acted: answer a question, decide an offer, reopen, rate. */
export function lifecycleTests(suite: () => SuiteContext): void {
  async function fresh(): Promise<Ticket> {
    const { seller, world } = suite();
    return createTicket(seller, ticketBody(world, 'orders'));
  }

  async function withOffer(): Promise<{ ticket: Ticket; offerId: string }> {
    const { target } = suite();
    const ticket = await fresh();
    await target.moderator.take(ticket.id);
    const { offerId } = await target.moderator.proposeOffer(ticket.id, offer);
    return { ticket, offerId };
  }

  async function resolved(): Promise<Ticket> {
    const { target } = suite();
    const ticket = await fresh();
    await target.moderator.take(ticket.id);
    await target.moderator.resolve(ticket.id, 'Вопрос решён');
    return ticket;
  }

  describe('a moderator’s answer', () => {
    it('is unread until POST /read; unread=true lists exactly the tickets with unread events', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      await target.moderator.take(ticket.id);
      await target.moderator.reply(ticket.id, 'Пришлите, пожалуйста, фото упаковки.', { askSeller: true });
      const asked = await getTicket(seller, ticket.id);
      expect(asked.status).toBe('waiting_seller');
      expect(asked.assignee).not.toBeNull();
      expect(asked.unread).toBeGreaterThan(0);
      expect(asked.events?.map((event) => event.kind)).toEqual(
        expect.arrayContaining(['assigned', 'message']),
      );
      expect(asked.events?.find((event) => event.kind === 'message')).toMatchObject({
        author: 'moderator',
        body: 'Пришлите, пожалуйста, фото упаковки.',
      });

      const unread = await walk(seller, '/tickets', ticketPageSchema, { unread: true });
      expect(unread.items.map((item) => item.id)).toContain(ticket.id);
      for (const item of unread.items) expect(item.unread).toBeGreaterThan(0);
      const all = (await walk(seller, '/tickets', ticketPageSchema)).items;
      expect(unread.items.length).toBe(all.filter((item) => item.unread > 0).length);
      const listed = all.find((item) => item.id === ticket.id);
      if (listed?.lastMessage !== undefined) expect(listed.lastMessage.author).toBe('moderator');

      expect((await seller.request('POST', path(ticket, '/read'))).status).toBe(204);
      expect((await getTicket(seller, ticket.id)).unread).toBe(0);
      const after = await walk(seller, '/tickets', ticketPageSchema, { unread: true });
      expect(after.items.map((item) => item.id)).not.toContain(ticket.id);
    });

    it('answering the question hands the ticket back to support (in_progress)', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      await target.moderator.take(ticket.id);
      await target.moderator.reply(ticket.id, 'Уточните номер заказа.', { askSeller: true });
      const body = { body: 'Номер в описании.', attachmentIds: [] };
      expectJson(
        await seller.post(path(ticket, '/messages'), body, { idempotencyKey: newKey() }),
        201,
        ticketEventSchema,
      );
      expect((await getTicket(seller, ticket.id)).status).toBe('in_progress');
    });
  });

  describe('POST /tickets/{id}/offers/{offerId}/decision', () => {
    it('200 accept: the offer accepted, an offer_decided event, the ticket resolved; deciding again is 409', async () => {
      const { seller } = suite();
      const { ticket, offerId } = await withOffer();
      const proposed = await getTicket(seller, ticket.id);
      expect(proposed.status).toBe('offer_proposed');
      expect(proposed.events?.find((event) => event.kind === 'offer')).toMatchObject({
        offer: { id: offerId, ...offer, status: 'pending' },
      });
      const decisionPath = path(ticket, `/offers/${encodeURIComponent(offerId)}/decision`);
      const decided = expectJson(
        await seller.post(decisionPath, { decision: 'accept', comment: 'Спасибо' }),
        200,
        ticketSchema,
      );
      expect(decided.status).toBe('resolved');
      const after = await getTicket(seller, ticket.id);
      expect(after.status).toBe('resolved');
      expect(after.events?.find((event) => event.kind === 'offer')).toMatchObject({
        offer: { id: offerId, status: 'accepted' },
      });
      expect(after.events?.find((event) => event.kind === 'offer_decided')).toMatchObject({
        offerId,
        decision: 'accept',
        comment: 'Спасибо',
      });
      expectProblem(await seller.post(decisionPath, { decision: 'decline' }), 409);
      expectProblem(await seller.post(decisionPath, { decision: 'accept' }), 409);
    });

    it('200 decline: the offer declined, the ticket back in progress', async () => {
      const { seller } = suite();
      const { ticket, offerId } = await withOffer();
      const decided = expectJson(
        await seller.post(path(ticket, `/offers/${encodeURIComponent(offerId)}/decision`), {
          decision: 'decline',
        }),
        200,
        ticketSchema,
      );
      expect(decided.status).toBe('in_progress');
      const after = await getTicket(seller, ticket.id);
      expect(after.events?.find((event) => event.kind === 'offer')).toMatchObject({
        offer: { id: offerId, status: 'declined' },
      });
    });

    it('404 for an unknown offer or ticket; 422 for a decision it does not know', async () => {
      const { seller } = suite();
      const { ticket, offerId } = await withOffer();
      expectProblem(
        await seller.post(path(ticket, '/offers/of-no-such-offer/decision'), { decision: 'accept' }),
        404,
      );
      expectProblem(
        await seller.post(`/tickets/T-no-such-ticket/offers/${encodeURIComponent(offerId)}/decision`, {
          decision: 'accept',
        }),
        404,
      );
      const decisionPath = path(ticket, `/offers/${encodeURIComponent(offerId)}/decision`);
      expectValidation(await seller.post(decisionPath, { decision: 'maybe' }), 'decision');
      expectValidation(
        await seller.post(decisionPath, { decision: 'accept', comment: 'x'.repeat(1001) }),
        'comment',
        'too_long',
      );
      // Refused decisions changed nothing: the offer still waits.
      expect((await getTicket(seller, ticket.id)).status).toBe('offer_proposed');
    });
  });

  describe('POST /tickets/{id}/reopen', () => {
    it('200 for a resolved ticket: in progress again, with a reopened event and its reason', async () => {
      const { seller } = suite();
      const ticket = await resolved();
      const reopened = expectJson(
        await seller.post(path(ticket, '/reopen'), { reason: 'Проблема вернулась' }),
        200,
        ticketSchema,
      );
      expect(reopened.status).toBe('in_progress');
      const after = await getTicket(seller, ticket.id);
      expect(after.events?.findLast((event) => event.kind === 'reopened')).toMatchObject({
        reason: 'Проблема вернулась',
      });
      // In progress now: no longer resolved, so a second reopen is refused.
      expectProblem(await seller.post(path(ticket, '/reopen'), { reason: 'Ещё раз' }), 409);
    });

    it('409 for a ticket that is not resolved (new, closed); 422 for a too short reason; 404 for none', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      expectProblem(await seller.post(path(ticket, '/reopen'), { reason: 'Ещё вопрос' }), 409);
      await target.moderator.close(ticket.id);
      expectProblem(await seller.post(path(ticket, '/reopen'), { reason: 'Ещё вопрос' }), 409);
      const done = await resolved();
      expectValidation(await seller.post(path(done, '/reopen'), { reason: 'ab' }), 'reason', 'too_short');
      expectValidation(await seller.post(path(done, '/reopen'), {}), 'reason');
      expect((await getTicket(seller, done.id)).status).toBe('resolved');
      expectProblem(await seller.post('/tickets/T-no-such-ticket/reopen', { reason: 'Ещё вопрос' }), 404);
    });
  });

  describe('POST /tickets/{id}/rating', () => {
    it('200 for a resolved ticket: the rating on the ticket and a rated event; rating again is 409', async () => {
      const { seller } = suite();
      const ticket = await resolved();
      const rated = expectJson(
        await seller.post(path(ticket, '/rating'), { score: 5, comment: 'Быстро и по делу' }),
        200,
        ticketSchema,
      );
      expect(rated.rating).toEqual({ score: 5, comment: 'Быстро и по делу' });
      const after = await getTicket(seller, ticket.id);
      expect(after.rating).toEqual({ score: 5, comment: 'Быстро и по делу' });
      expect(after.events?.find((event) => event.kind === 'rated')).toMatchObject({ score: 5 });
      expectProblem(await seller.post(path(ticket, '/rating'), { score: 1 }), 409);
    });

    it('200 for a closed ticket, without a comment', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      await target.moderator.close(ticket.id);
      const rated = expectJson(await seller.post(path(ticket, '/rating'), { score: 3 }), 200, ticketSchema);
      expect(rated.rating).toEqual({ score: 3 });
    });

    it('409 for a ticket neither resolved nor closed; 422 for a score out of 1..5; 404 for none', async () => {
      const { seller } = suite();
      const ticket = await fresh();
      expectProblem(await seller.post(path(ticket, '/rating'), { score: 4 }), 409);
      const done = await resolved();
      expectValidation(await seller.post(path(done, '/rating'), { score: 6 }), 'score');
      expectValidation(await seller.post(path(done, '/rating'), { score: 0 }), 'score');
      expectValidation(await seller.post(path(done, '/rating'), { score: 2.5 }), 'score');
      expectValidation(
        await seller.post(path(done, '/rating'), { score: 4, comment: 'x'.repeat(1001) }),
        'comment',
        'too_long',
      );
      expect((await getTicket(seller, done.id)).rating).toBeNull();
      expectProblem(await seller.post('/tickets/T-no-such-ticket/rating', { score: 4 }), 404);
    });
  });

  // A decision, a reopen or a rating whose answer was lost is sent again as it was: the server must
  // take the repeat for the action it already applied, not for a conflicting one.
  describe('retrying an action whose answer was lost', () => {
    const count = (ticket: Ticket, kind: string) =>
      ticket.events?.filter((event) => event.kind === kind).length;

    it('the same decision again is 200 with the ticket as it stands, decided once', async () => {
      const { seller } = suite();
      const { ticket, offerId } = await withOffer();
      const decisionPath = path(ticket, `/offers/${encodeURIComponent(offerId)}/decision`);
      const body = { decision: 'accept', comment: 'Согласен' };
      expectJson(await seller.post(decisionPath, body), 200, ticketSchema);
      const again = expectJson(await seller.post(decisionPath, body), 200, ticketSchema);
      expect(again.status).toBe('resolved');
      expect(count(await getTicket(seller, ticket.id), 'offer_decided')).toBe(1);
    });

    it('the same reopen and the same rating again are 200, applied once', async () => {
      const { seller } = suite();
      const ticket = await resolved();
      const reopen = { reason: 'Посылка снова потерялась' };
      expectJson(await seller.post(path(ticket, '/reopen'), reopen), 200, ticketSchema);
      const reopened = expectJson(await seller.post(path(ticket, '/reopen'), reopen), 200, ticketSchema);
      expect(reopened.status).toBe('in_progress');
      expect(count(await getTicket(seller, ticket.id), 'reopened')).toBe(1);

      const done = await resolved();
      const rating = { score: 4, comment: 'Помогли' };
      expectJson(await seller.post(path(done, '/rating'), rating), 200, ticketSchema);
      const rated = expectJson(await seller.post(path(done, '/rating'), rating), 200, ticketSchema);
      expect(rated.rating).toEqual(rating);
      expect(count(await getTicket(seller, done.id), 'rated')).toBe(1);
    });

    it('with an Idempotency-Key: the same key and body is the original answer, another body is 422', async () => {
      const { seller } = suite();
      const { ticket, offerId } = await withOffer();
      const decisionPath = path(ticket, `/offers/${encodeURIComponent(offerId)}/decision`);
      const idempotencyKey = newKey();
      const first = expectJson(
        await seller.post(decisionPath, { decision: 'decline' }, { idempotencyKey }),
        200,
        ticketSchema,
      );
      const again = expectJson(
        await seller.post(decisionPath, { decision: 'decline' }, { idempotencyKey }),
        200,
        ticketSchema,
      );
      expect(again.status).toBe(first.status);
      expectProblem(await seller.post(decisionPath, { decision: 'accept' }, { idempotencyKey }), 422);
      expect(count(await getTicket(seller, ticket.id), 'offer_decided')).toBe(1);
    });
  });

  describe('idempotency keys are scoped per operation', () => {
    it('one key on a new ticket and on a message makes both', async () => {
      const { seller, world } = suite();
      const idempotencyKey = newKey();
      const created = await seller.post('/tickets', ticketBody(world, 'orders'), { idempotencyKey });
      const ticket = expectJson(created, 201, ticketSchema);
      const message = await seller.post(
        path(ticket, '/messages'),
        { body: 'Дополнение к обращению', attachmentIds: [] },
        { idempotencyKey },
      );
      expectJson(message, 201, ticketEventSchema);
      expect(count(await getTicket(seller, ticket.id), 'message')).toBe(1);
    });
  });

  describe('a closed ticket', () => {
    it('takes no more messages (409)', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      await target.moderator.close(ticket.id);
      expect((await getTicket(seller, ticket.id)).status).toBe('closed');
      expectProblem(
        await seller.post(
          path(ticket, '/messages'),
          { body: 'Ещё вопрос', attachmentIds: [] },
          { idempotencyKey: newKey() },
        ),
        409,
      );
      const events = (await getTicket(seller, ticket.id)).events ?? [];
      expect(events.filter((event) => event.kind === 'message')).toHaveLength(0);
    });
  });
}
