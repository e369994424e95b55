import { MalformedResponseError, type ReceivedTicketEvent, type Ticket } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { applyTicketChanges, requireEvents, type TicketWithEvents } from './get-ticket';

const ticket: Ticket = {
  id: 'T-000104',
  number: '104',
  topic: 'payments',
  subject: 'Не пришла выплата',
  status: 'in_progress',
  createdAt: '2026-11-20T09:30:00+03:00',
  updatedAt: '2026-11-20T09:30:00+03:00',
  assignee: null,
  expectedFirstResponseBy: null,
  unread: 0,
  rating: null,
};

describe('requireEvents', () => {
  it('passes a detail with its timeline through', () => {
    const events: NonNullable<Ticket['events']> = [{ id: 'e1', at: ticket.createdAt, kind: 'created' }];
    expect(requireEvents({ ...ticket, events }).events).toEqual(events);
  });

  it('calls a detail without a timeline malformed', () => {
    expect(() => requireEvents(ticket)).toThrow(MalformedResponseError);
  });
});

describe('applyTicketChanges', () => {
  const offer = {
    id: 'of-1',
    kind: 'compensation',
    description: 'Компенсация',
    amount: { amount: '500.00', currency: 'RUB' },
    status: 'pending',
  } as const;
  const cached: TicketWithEvents = {
    ...ticket,
    status: 'offer_proposed',
    events: [
      { id: 'e1', at: '2026-11-20T09:30:00+03:00', kind: 'created' },
      { id: 'e2', at: '2026-11-20T09:40:00+03:00', kind: 'offer', offer },
    ],
    eventsCursor: 'p2',
  };
  const header = { ...ticket, status: 'offer_proposed' } as const;

  it('gives the cached ticket itself when nothing changed, so an idle poll renders nothing', () => {
    const same = applyTicketChanges(cached, {
      ticket: header,
      events: [],
      offers: [offer],
      eventsCursor: 'p2',
    });
    expect(same).toBe(cached);
  });

  it('adds new events in the server’s order, moving one the page put in itself to where the server has it', () => {
    const moderator: ReceivedTicketEvent = {
      id: 'e3',
      at: '2026-11-20T10:00:00+03:00',
      kind: 'step',
      text: 'Запросили склад',
    };
    const own: ReceivedTicketEvent = {
      id: 'e4',
      at: '2026-11-20T10:01:00+03:00',
      kind: 'message',
      author: 'seller',
      body: 'Жду',
      attachments: [],
    };
    // The seller's message went into the cache on sending, before the moderator's step was seen.
    const sent = { ...cached, events: [...cached.events, own] };
    const merged = applyTicketChanges(sent, {
      ticket: { ...header, status: 'in_progress', unread: 1 },
      events: [moderator, own],
      offers: [offer],
      eventsCursor: 'p4',
    });
    expect(merged.events.map(({ id }) => id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(merged).toMatchObject({ status: 'in_progress', unread: 1, eventsCursor: 'p4' });
    expect(merged.events[0]).toBe(cached.events[0]);
  });

  it('brings an offer seen earlier up to its current status, and counts new events it could not read', () => {
    const merged = applyTicketChanges(cached, {
      ticket: { ...header, status: 'in_progress' },
      events: [],
      omittedEvents: 1,
      offers: [{ ...offer, status: 'declined' }],
      eventsCursor: 'p4',
    });
    expect(merged.events[1]).toMatchObject({ kind: 'offer', offer: { status: 'declined' } });
    expect(merged.omittedEvents).toBe(1);
    expect(cached.events[1]).toMatchObject({ offer: { status: 'pending' } });
  });
});
