import type { ReceivedTicketEvent, TicketEvent } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import type { TicketWithEvents } from '../api/get-ticket';
import {
  initialWindowStart,
  latestThirdParty,
  moderatorNames,
  timelineNews,
  unreadEventIds,
} from './timeline-model';

const at = '2026-11-20T09:30:00+03:00';
const anna = { id: 'm-1', displayName: 'Модератор Анна' };
const oleg = { id: 'm-2', displayName: 'Модератор Олег' };

function ticketWith(
  events: ReceivedTicketEvent[],
  overrides: Partial<TicketWithEvents> = {},
): TicketWithEvents {
  return {
    id: 'T-000104',
    number: '104',
    topic: 'payments',
    subject: 'Не пришла выплата',
    status: 'in_progress',
    createdAt: at,
    updatedAt: at,
    assignee: oleg,
    expectedFirstResponseBy: null,
    unread: 0,
    rating: null,
    events,
    ...overrides,
  };
}

const message = (id: string, author: 'seller' | 'moderator'): TicketEvent => ({
  id,
  at,
  kind: 'message',
  author,
  body: id,
  attachments: [],
});

function conversation(length: number): TicketEvent[] {
  return Array.from({ length }, (_, index) => message(`e${index}`, index % 2 === 0 ? 'seller' : 'moderator'));
}

describe('unreadEventIds', () => {
  it('is the last `unread` events', () => {
    expect(unreadEventIds(ticketWith(conversation(5), { unread: 2 }))).toEqual(['e3', 'e4']);
    expect(unreadEventIds(ticketWith(conversation(5)))).toEqual([]);
  });
});

describe('moderatorNames', () => {
  it('credits each moderator message to whoever held the request then, else to the current holder', () => {
    const names = moderatorNames(
      ticketWith([
        message('before', 'moderator'),
        { id: 'a1', at, kind: 'assigned', moderator: anna },
        message('byAnna', 'moderator'),
        message('bySeller', 'seller'),
        { id: 'a2', at, kind: 'assigned', moderator: oleg },
        message('byOleg', 'moderator'),
      ]),
    );
    expect(Object.fromEntries(names)).toEqual({
      before: 'Модератор Олег',
      byAnna: 'Модератор Анна',
      byOleg: 'Модератор Олег',
    });
  });
});

describe('latestThirdParty', () => {
  it('is the party of the last third-party event', () => {
    expect(latestThirdParty(conversation(3))).toBeNull();
    expect(
      latestThirdParty([
        { id: 't1', at, kind: 'third_party', party: 'carrier', note: '' },
        { id: 't2', at, kind: 'third_party', party: 'service_centre', note: '' },
        message('m', 'moderator'),
      ]),
    ).toBe('service_centre');
  });
});

describe('initialWindowStart', () => {
  it('shows a history of up to 100 events whole', () => {
    expect(initialWindowStart(ticketWith(conversation(100)))).toBe(0);
  });

  it('shows the latest 50 of a longer one', () => {
    expect(initialWindowStart(ticketWith(conversation(500)))).toBe(450);
  });

  it('never hides an unread event or an offer waiting for the seller', () => {
    expect(initialWindowStart(ticketWith(conversation(500), { unread: 80 }))).toBe(420);
    const events = conversation(500);
    events[300] = {
      id: 'offer',
      at,
      kind: 'offer',
      offer: { id: 'of-1', kind: 'discount', description: '', amount: null, status: 'pending' },
    };
    expect(initialWindowStart(ticketWith(events))).toBe(300);
    events[300] = {
      ...events[300],
      offer: { id: 'of-1', kind: 'discount', description: '', amount: null, status: 'accepted' },
    };
    expect(initialWindowStart(ticketWith(events))).toBe(450);
  });
});

describe('timelineNews', () => {
  const before = ticketWith(conversation(3));
  const known = new Set(before.events.map((event) => event.id));

  it('counts what the moderator added and reports the status they changed', () => {
    const next = ticketWith(
      [
        ...before.events,
        { id: 'n1', at, kind: 'step', text: 'Проверили' },
        message('n2', 'moderator'),
        message('n3', 'moderator'),
        { id: 'n4', at, kind: 'third_party', party: 'carrier', note: '' },
        { id: 'n5', at, kind: 'assigned', moderator: anna },
      ],
      { status: 'waiting_third_party' },
    );
    expect(timelineNews(known, 'in_progress', next)).toEqual({
      moderatorMessages: 2,
      assigned: [anna],
      steps: ['Проверили'],
      thirdParties: ['carrier'],
      offers: 0,
      status: 'waiting_third_party',
    });
  });

  it('has nothing to tell when nothing is new', () => {
    expect(timelineNews(known, 'in_progress', before)).toEqual({
      moderatorMessages: 0,
      assigned: [],
      steps: [],
      thirdParties: [],
      offers: 0,
      status: null,
    });
  });

  it('does not tell the seller about their own message, nor the status it changed', () => {
    const next = ticketWith([...before.events, message('mine', 'seller')], { status: 'in_progress' });
    expect(timelineNews(known, 'waiting_seller', next)).toMatchObject({ moderatorMessages: 0, status: null });
  });

  it('tells a status change that came without any event', () => {
    expect(timelineNews(known, 'in_progress', { ...before, status: 'resolved' }).status).toBe('resolved');
  });
});
