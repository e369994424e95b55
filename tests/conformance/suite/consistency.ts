import { ticketPageSchema, type Ticket, type TicketEvent } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { getTicket, walk, type SuiteContext } from '../world';

/** At most this many of the seller's tickets are read one by one (the suite makes about fifty). */
const ticketsToRead = 200;

const listFields = [
  'id',
  'number',
  'topic',
  'subject',
  'status',
  'createdAt',
  'updatedAt',
  'assignee',
  'expectedFirstResponseBy',
  'unread',
  'rating',
] as const satisfies readonly (keyof Ticket)[];

const pick = (ticket: Ticket) => Object.fromEntries(listFields.map((field) => [field, ticket[field]]));

/** What `GET /tickets` says of a ticket agrees with `GET /tickets/{id}`, and its files can be read. */
export function consistencyTests(suite: () => SuiteContext): void {
  describe('the seller’s tickets as they stand', () => {
    it('each list row agrees with its ticket; timelines run in order from a created event', async () => {
      const { seller } = suite();
      const rows = (await walk(seller, '/tickets', ticketPageSchema)).items.slice(0, ticketsToRead);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const ticket = await getTicket(seller, row.id);
        expect(pick(ticket), row.id).toEqual(pick(row));
        const events: TicketEvent[] = ticket.events ?? [];
        expect(ticket.request, `${row.id} carries what the seller sent`).toBeDefined();
        expect(events[0]?.kind, `${row.id} starts with its creation`).toBe('created');
        expect(new Set(events.map((event) => event.id)).size, `${row.id} event ids`).toBe(events.length);
        const times = events.map((event) => Date.parse(event.at));
        expect(times, `${row.id} events in time order`).toEqual([...times].sort((a, b) => a - b));
        expect(Date.parse(ticket.updatedAt), row.id).toBeGreaterThanOrEqual(Date.parse(ticket.createdAt));
        // An event is a change: the ticket was updated no earlier than its latest event.
        expect(Date.parse(ticket.updatedAt), `${row.id} updatedAt`).toBeGreaterThanOrEqual(
          Math.max(...times),
        );
        expect(Date.parse(events[0]?.at ?? ''), `${row.id} created at`).toBe(Date.parse(ticket.createdAt));

        const messages = events.filter((event) => event.kind === 'message');
        const last = messages.at(-1);
        if (last === undefined) expect(row.lastMessage, `${row.id} has no message`).toBeUndefined();
        else if (row.lastMessage !== undefined) {
          expect(row.lastMessage.author, row.id).toBe(last.author);
          expect(row.lastMessage.at, row.id).toBe(last.at);
          // The start of the plain text, whitespace collapsed (api.md): a prefix of the collapsed body.
          expect(last.body.replace(/\s+/g, ' ').trim().startsWith(row.lastMessage.body), row.id).toBe(true);
        }
      }
    });

    it('every file a ticket shows can be read back, with its type and size', async () => {
      const { seller } = suite();
      const rows = (await walk(seller, '/tickets', ticketPageSchema)).items.slice(0, ticketsToRead);
      let files = 0;
      for (const row of rows) {
        const ticket = await getTicket(seller, row.id);
        const attachments = [
          ...(ticket.request?.attachments ?? []),
          ...(ticket.events ?? []).flatMap((event) => (event.kind === 'message' ? event.attachments : [])),
        ];
        for (const attachment of attachments) {
          const answer = await seller.get(`/attachments/${encodeURIComponent(attachment.id)}`);
          expect(answer.status, `${row.id} ${attachment.id}`).toBe(200);
          expect(answer.headers.get('Content-Type') ?? '', attachment.id).toMatch(
            new RegExp(`^${attachment.type.replace(/[.+]/g, '\\$&')}\\b`),
          );
          expect(answer.bytes.length, attachment.id).toBe(attachment.size);
          files += 1;
        }
      }
      // Earlier tests attached files to tickets, so there is something to read on any target.
      expect(files).toBeGreaterThan(0);
    });
  });
}
