import { MalformedResponseError, type Ticket } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { createPollSchedule, requireEvents, ticketPollMaxMs, ticketPollMs } from './get-ticket';

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

describe('createPollSchedule', () => {
  const loaded = { data: {}, dataUpdatedAt: 1000, errorUpdatedAt: 0, errorUpdateCount: 0 };

  it('does not poll before there is something on screen', () => {
    const schedule = createPollSchedule();
    expect(
      schedule({ ...loaded, data: undefined, dataUpdatedAt: 0, errorUpdatedAt: 5, errorUpdateCount: 1 }),
    ).toBe(false);
  });

  it('polls at the normal pace after a success', () => {
    expect(createPollSchedule()(loaded)).toBe(ticketPollMs);
  });

  it('doubles the wait with every failed poll in a row, up to the cap, and resets after a success', () => {
    const schedule = createPollSchedule();
    expect(schedule(loaded)).toBe(12_000);
    const waits = [1, 2, 3, 4, 5, 6].map((failures) =>
      schedule({ ...loaded, errorUpdatedAt: 2000 + failures, errorUpdateCount: failures }),
    );
    expect(waits).toEqual([24_000, 48_000, 96_000, ticketPollMaxMs, ticketPollMaxMs, ticketPollMaxMs]);

    // A success, then one more failure: back to the first step of the backoff.
    expect(schedule({ ...loaded, dataUpdatedAt: 9000, errorUpdatedAt: 2006, errorUpdateCount: 6 })).toBe(
      12_000,
    );
    expect(schedule({ ...loaded, dataUpdatedAt: 9000, errorUpdatedAt: 9500, errorUpdateCount: 7 })).toBe(
      24_000,
    );
  });
});
