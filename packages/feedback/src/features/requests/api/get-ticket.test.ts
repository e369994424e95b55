import { MalformedResponseError, type Ticket } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { requireEvents } from './get-ticket';

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
