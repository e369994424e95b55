import type { Ticket } from '@seller-support/contract';
import { createRng, makeTicket } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import {
  matchesTicketFilters,
  normalizeTicketFilters,
  ticketListQuery,
  ticketsPageSize,
} from './list-tickets';

describe('ticketListQuery', () => {
  it('spells equal filters one way, so they share a cache entry', () => {
    const a = ticketListQuery({
      status: ['resolved', 'new', 'new'],
      topic: ['payments', 'orders'],
      query: ' чайник ',
    });
    const b = ticketListQuery({
      status: ['new', 'resolved'],
      topic: ['orders', 'payments'],
      query: 'чайник',
    });
    expect(a).toEqual(b);
    expect(ticketKeys.list(a)).toEqual(ticketKeys.list(b));
    expect(a).toEqual({
      status: ['new', 'resolved'],
      topic: ['orders', 'payments'],
      query: 'чайник',
      limit: ticketsPageSize,
    });
  });

  it('leaves out what filters nothing and drops values the contract does not know', () => {
    expect(ticketListQuery({ status: [], topic: [], query: '   ' })).toEqual({ limit: ticketsPageSize });
    expect(normalizeTicketFilters({ status: ['bogus', 'closed'], topic: ['refunds'], query: '' })).toEqual({
      status: ['closed'],
      topic: [],
      query: '',
    });
  });

  it('sits under ticketKeys.lists(), which a new request invalidates', () => {
    const key = ticketKeys.list(ticketListQuery({ status: ['new'], topic: [], query: '' }));
    expect(key.slice(0, ticketKeys.lists().length)).toEqual(ticketKeys.lists());
  });
});

describe('matchesTicketFilters', () => {
  const ticket: Ticket = makeTicket(createRng(1), { topic: 'payments', status: 'resolved' });

  it('keeps what the filters ask for and nothing else', () => {
    expect(matchesTicketFilters(ticket, { status: [], topic: [], query: '' })).toBe(true);
    expect(
      matchesTicketFilters(ticket, { status: ['resolved'], topic: ['payments', 'orders'], query: '' }),
    ).toBe(true);
    expect(matchesTicketFilters(ticket, { status: [], topic: ['orders'], query: '' })).toBe(false);
    expect(matchesTicketFilters(ticket, { status: ['new'], topic: [], query: '' })).toBe(false);
  });
});
