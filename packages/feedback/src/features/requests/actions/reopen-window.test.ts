import type { Ticket } from '@seller-support/contract';
import { createDataset } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { reopenWindow, resolvedAt } from './reopen-window';

function resolvedTicket(): Ticket {
  const ticket = createDataset().tickets.find((candidate) => candidate.status === 'resolved');
  if (!ticket) throw new Error('No resolved ticket in the dataset.');
  return ticket;
}

const day = 24 * 60 * 60 * 1000;

describe('reopenWindow', () => {
  it('counts the days from the latest resolution', () => {
    const base = resolvedTicket();
    const events = base.events ?? [];
    const ticket: Ticket = {
      ...base,
      events: [
        ...events,
        { id: 'ev-r', at: '2026-11-23T10:00:00+03:00', kind: 'reopened', reason: 'Снова удержали' },
        { id: 'ev-s', at: '2026-11-24T10:00:00+03:00', kind: 'resolved' },
      ],
    };
    expect(resolvedAt(ticket).toISOString()).toBe('2026-11-24T07:00:00.000Z');
    const period = reopenWindow(ticket, 14, new Date('2026-12-08T10:00:00+03:00'));
    expect(period.until.toISOString()).toBe('2026-12-08T07:00:00.000Z');
    expect(period.open).toBe(true);
    expect(reopenWindow(ticket, 14, new Date(period.until.getTime() + 60_000)).open).toBe(false);
  });

  it('falls back to the last update for a ticket without events', () => {
    const ticket: Ticket = { ...resolvedTicket() };
    delete ticket.events;
    expect(resolvedAt(ticket).getTime()).toBe(Date.parse(ticket.updatedAt));
    const now = new Date(Date.parse(ticket.updatedAt) + 3 * day);
    expect(reopenWindow(ticket, 2, now).open).toBe(false);
    expect(reopenWindow(ticket, 3, now).open).toBe(true);
  });

  it('is closed for a request that is not resolved, or with no days allowed', () => {
    const ticket = resolvedTicket();
    const now = resolvedAt(ticket);
    expect(reopenWindow({ ...ticket, status: 'closed' }, 14, now).open).toBe(false);
    expect(reopenWindow(ticket, 0, now).open).toBe(false);
  });
});
