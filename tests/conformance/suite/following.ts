import {
  apiPaths,
  buildPath,
  ticketChangesSchema,
  ticketSchema,
  type Ticket,
} from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem } from '../http';
import { createTicket, getTicket, ticketBody, type SuiteContext } from '../world';

/**
 * The contract's optional parts for following an open request (docs/api.md, "Following an open
 * request"): `ETag`/304 on `GET /tickets/{id}` and `GET /tickets/{id}/events?after=`. Optional for
 * a server in general, but every target of this suite offers both, so both are held to the contract.
 */
export function followingTests(suite: () => SuiteContext): void {
  const ticketPath = (ticket: Pick<Ticket, 'id'>) => buildPath(apiPaths.ticket, { id: ticket.id });
  const eventsPath = (ticket: Pick<Ticket, 'id'>) => buildPath(apiPaths.ticketEvents, { id: ticket.id });

  async function fresh(): Promise<Ticket> {
    const { seller, world } = suite();
    return createTicket(seller, ticketBody(world, 'parcel_location'));
  }

  describe('following an open request: ETag on GET /tickets/{id}', () => {
    it('304 with no body while nothing changed; 200 with another ETag once something did', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      const first = await seller.get(ticketPath(ticket));
      expectJson(first, 200, ticketSchema);
      const etag = first.headers.get('ETag');
      expect(etag, 'ETag of GET /tickets/{id}').toMatch(/^(W\/)?"[^"]*"$/);
      if (etag === null) return;

      const idle = await seller.get(ticketPath(ticket), undefined, { headers: { 'If-None-Match': etag } });
      expect(idle.status).toBe(304);
      expect(idle.bytes).toHaveLength(0);

      await target.moderator.reply(ticket.id, 'Проверяем у перевозчика.');
      const changed = await seller.get(ticketPath(ticket), undefined, { headers: { 'If-None-Match': etag } });
      const now = expectJson(changed, 200, ticketSchema);
      expect(now.events?.at(-1)).toMatchObject({ kind: 'message', author: 'moderator' });
      expect(changed.headers.get('ETag')).not.toBe(etag);
    });
  });

  describe('following an open request: GET /tickets/{id}/events?after=', () => {
    it('nothing new is an empty list and the same cursor; then exactly the new events and the header as it stands', async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      const full = await getTicket(seller, ticket.id);
      const cursor = full.eventsCursor;
      expect(cursor, 'eventsCursor of GET /tickets/{id}').toEqual(expect.any(String));
      if (cursor === undefined) return;

      const idle = expectJson(
        await seller.get(eventsPath(ticket), { after: cursor }),
        200,
        ticketChangesSchema,
      );
      expect(idle.events).toEqual([]);
      expect(idle.eventsCursor).toBe(cursor);
      expect(idle.ticket).toMatchObject({ id: ticket.id, status: full.status, unread: full.unread });

      await target.moderator.take(ticket.id);
      await target.moderator.reply(ticket.id, 'Посылка на сортировке, завтра выдадут.');
      const changes = expectJson(
        await seller.get(eventsPath(ticket), { after: cursor }),
        200,
        ticketChangesSchema,
      );
      const after = await getTicket(seller, ticket.id);
      // Exactly what the whole ticket now has beyond what the client had: no more, no less.
      expect(changes.events).toEqual(after.events?.slice(full.events?.length ?? 0));
      expect(changes.events.map((event) => event.kind)).toEqual(['assigned', 'message']);
      expect(changes.ticket).toMatchObject({
        status: after.status,
        assignee: after.assignee,
        unread: after.unread,
        updatedAt: after.updatedAt,
      });
      expect(changes.ticket.events).toBeUndefined();
      expect(changes.eventsCursor).toBe(after.eventsCursor);
      expect(changes.eventsCursor).not.toBe(cursor);
    });

    it("carries every offer's current status, though the offer's event was seen before", async () => {
      const { seller, target } = suite();
      const ticket = await fresh();
      await target.moderator.take(ticket.id);
      const { offerId } = await target.moderator.proposeOffer(ticket.id, {
        kind: 'discount',
        description: 'Скидка на следующую доставку',
        amount: { amount: '200.00', currency: 'RUB' },
      });
      const seen = await getTicket(seller, ticket.id);
      expectJson(
        await seller.post(`${ticketPath(ticket)}/offers/${encodeURIComponent(offerId)}/decision`, {
          decision: 'decline',
        }),
        200,
        ticketSchema,
      );
      const changes = expectJson(
        await seller.get(eventsPath(ticket), { after: seen.eventsCursor ?? '' }),
        200,
        ticketChangesSchema,
      );
      expect(changes.offers).toContainEqual(expect.objectContaining({ id: offerId, status: 'declined' }));
      expect(changes.events.map((event) => event.kind)).toEqual(['offer_decided']);
    });

    it('422 naming after for a cursor it cannot go on from; 404 for another seller or no ticket', async () => {
      const { seller, other } = suite();
      const ticket = await fresh();
      const { eventsCursor } = await getTicket(seller, ticket.id);
      const problem = expectProblem(
        await seller.get(eventsPath(ticket), { after: 'not-a-cursor-of-mine' }),
        422,
      );
      expect(problem.errors?.map((error) => error.path)).toContain('after');
      expectProblem(await other.get(eventsPath(ticket), { after: eventsCursor ?? 'p0' }), 404);
      expectProblem(await seller.get(eventsPath({ id: 'T-no-such-ticket' }), { after: 'p0' }), 404);
    });
  });
}
