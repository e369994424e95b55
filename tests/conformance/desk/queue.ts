import { describe, expect, it } from 'vitest';
import { expectProblem, expectValidation } from '../http';
import { getTicket } from '../world';
import { act, create, inQueueOrder, newTicket, walkQueue, type DeskSuiteContext } from './context';

/** `GET /queue`: what is in it, its order, its pages, its filters and its counters. */
export function deskQueueTests(suite: () => DeskSuiteContext): void {
  describe('desk: GET /queue', () => {
    it('a new request is in the queue, unassigned and unread, due when the seller was told', async () => {
      const context = suite();
      const ticket = await newTicket(context, 'parcel_location', 'Очередь: новое обращение');
      const { items } = await walkQueue(context.desk);
      const item = items.find((candidate) => candidate.id === ticket.id);
      expect(item, 'the new request is in the queue').toBeDefined();
      expect(item).toMatchObject({
        number: ticket.number,
        topic: 'parcel_location',
        subject: 'Очередь: новое обращение',
        status: 'new',
        assignee: null,
        seller: { id: context.world.context.seller.id, legalName: context.world.context.seller.legalName },
        orderIds: [context.world.inTransit.id],
        lastMessage: null,
      });
      // The promise the seller was given is the one the queue sorts by.
      expect(ticket.expectedFirstResponseBy).not.toBeNull();
      expect(item?.firstResponseDueAt).not.toBeNull();
      expect(Date.parse(item?.firstResponseDueAt ?? '')).toBe(
        Date.parse(ticket.expectedFirstResponseBy ?? ''),
      );
      expect(item?.unread, 'the request itself is news to a moderator').toBeGreaterThan(0);
    });

    it('is sorted by due time, the answered ones after by update then id; pages of 2 walk the same list', async () => {
      const context = suite();
      const answered = await newTicket(context, 'fraud', 'Очередь: уже с ответом');
      await create(context.desk, answered.id, '/messages', { body: 'Уже разбираемся.', attachmentIds: [] });
      await newTicket(context, 'account', 'Очередь: ждёт ответа');
      const whole = await walkQueue(context.desk);
      expect(whole.items.length).toBeGreaterThanOrEqual(2);
      expect([...whole.items].sort(inQueueOrder).map((item) => item.id)).toEqual(
        whole.items.map((item) => item.id),
      );
      const answeredItem = whole.items.find((item) => item.id === answered.id);
      expect(answeredItem?.firstResponseDueAt, 'answered: nothing due').toBeNull();
      expect(answeredItem?.overdue).toBe(false);
      expect(answeredItem?.lastMessage).toMatchObject({ author: 'moderator', body: 'Уже разбираемся.' });
      const paged = await walkQueue(context.desk, {}, 2);
      expect(paged.pages).toBeGreaterThan(1);
      expect(paged.items.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
    });

    it('holds only open requests unless asked by status; resolved and closed ones leave it', async () => {
      const context = suite();
      const resolved = await newTicket(context, 'fraud', 'Очередь: решено');
      await act(context.desk, resolved.id, '/resolve', {});
      const open = await walkQueue(context.desk);
      expect(open.items.some((item) => item.id === resolved.id)).toBe(false);
      for (const item of open.items) expect(['resolved', 'closed']).not.toContain(item.status);
      const asked = await walkQueue(context.desk, { status: ['resolved'] });
      expect(asked.items.some((item) => item.id === resolved.id)).toBe(true);
      for (const item of asked.items) expect(item.status).toBe('resolved');
      const either = await walkQueue(context.desk, { status: ['resolved', 'new'] });
      for (const item of either.items) expect(['resolved', 'new']).toContain(item.status);
      expect(either.items.some((item) => item.status === 'new')).toBe(true);
    });

    it('filters by assignee, topic, overdue and q (number, seller id, legal name, order id)', async () => {
      const context = suite();
      const { desk, otherDesk, world } = context;
      const mine = await newTicket(context, 'payments', 'Очередь: моё');
      const theirs = await newTicket(context, 'payments', 'Очередь: чужое');
      const nobody = await newTicket(context, 'warranty', 'Очередь: ничьё');
      await act(desk, mine.id, '/take');
      await act(otherDesk, theirs.id, '/take');

      const me = await walkQueue(desk, { assignee: 'me' });
      expect(me.items.map((item) => item.id)).toContain(mine.id);
      for (const item of me.items) expect(item.assignee?.id).toBe(context.me.id);
      const unassigned = await walkQueue(desk, { assignee: 'unassigned' });
      expect(unassigned.items.map((item) => item.id)).toContain(nobody.id);
      for (const item of unassigned.items) expect(item.assignee).toBeNull();
      const any = await walkQueue(desk, { assignee: 'any' });
      for (const id of [mine.id, theirs.id, nobody.id])
        expect(any.items.map((item) => item.id)).toContain(id);

      const payments = await walkQueue(desk, { topic: 'payments' });
      for (const item of payments.items) expect(item.topic).toBe('payments');
      expect(payments.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));

      const overdue = await walkQueue(desk, { overdue: true });
      for (const item of overdue.items) expect(item.overdue).toBe(true);

      const byNumber = await walkQueue(desk, { q: nobody.number });
      expect(byNumber.items.map((item) => item.id)).toEqual([nobody.id]);
      const bySeller = await walkQueue(desk, { q: world.context.seller.id });
      expect(bySeller.items.map((item) => item.id)).toEqual(
        expect.arrayContaining([mine.id, theirs.id, nobody.id]),
      );
      const byName = await walkQueue(desk, { q: world.context.seller.legalName.slice(0, 6) });
      expect(byName.items.map((item) => item.id)).toEqual(expect.arrayContaining([nobody.id]));
      const byOrder = await walkQueue(desk, { q: world.delivered.id });
      expect(byOrder.items.map((item) => item.id)).toContain(nobody.id);
      for (const item of byOrder.items) expect(item.orderIds).toContain(world.delivered.id);
      const none = await walkQueue(desk, { q: 'нет-такого-обращения-42' });
      expect(none.items).toEqual([]);
    });

    it('counts the open requests whatever the filters: open, mine, unassigned, overdue', async () => {
      const context = suite();
      const { desk } = context;
      const taken = await newTicket(context, 'orders', 'Очередь: счётчики');
      await act(desk, taken.id, '/take');
      const all = await walkQueue(desk);
      const filtered = await walkQueue(desk, { topic: 'orders', assignee: 'me' });
      expect(filtered.counts, 'the same counters under any filter').toEqual(all.counts);
      expect(all.counts.open).toBe(all.items.length);
      expect(all.counts.mine).toBe(all.items.filter((item) => item.assignee?.id === context.me.id).length);
      expect(all.counts.unassigned).toBe(all.items.filter((item) => item.assignee === null).length);
      expect(all.counts.overdue).toBe(all.items.filter((item) => item.overdue).length);
      // Another moderator's counters are theirs.
      const theirs = await walkQueue(context.otherDesk);
      expect(theirs.counts.open).toBe(all.counts.open);
      expect(theirs.counts.mine).toBe(
        theirs.items.filter((item) => item.assignee?.id === context.other.id).length,
      );
    });

    it('refuses what it cannot read with a 422 naming the parameter', async () => {
      const { desk } = suite();
      expectValidation(await desk.get('/queue', { cursor: 'not-a-cursor-of-ours' }), 'cursor');
      expectValidation(await desk.get('/queue', { limit: 0 }), 'limit');
      expectValidation(await desk.get('/queue', { limit: 101 }), 'limit');
      expectValidation(await desk.get('/queue', { status: ['lost'] }), /^status/);
      expectValidation(await desk.get('/queue', { assignee: 'everyone' }), 'assignee');
      expectValidation(await desk.get('/queue', { topic: 'weather' }), 'topic');
    });

    it('GET /tickets/{id} of no ticket is a 404; the desk sees every seller’s ticket', async () => {
      const context = suite();
      expectProblem(await context.desk.get('/tickets/T-999999999'), 404);
      const ticket = await newTicket(context, 'fraud');
      const seen = await getTicket(context.seller, ticket.id);
      expect(seen.id).toBe(ticket.id);
      const answer = await context.desk.get(`/tickets/${ticket.id}`);
      expect(answer.status).toBe(200);
    });
  });
}
