import { ServerError, type Ticket } from '@seller-support/contract';
import { createRng, makeTicket } from '@seller-support/mocks';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import {
  consecutiveFailures,
  listRefreshMs,
  matchesTicketFilters,
  maxRefreshBackoffMs,
  normalizeTicketFilters,
  refreshInterval,
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

describe('refresh while visible, backing off on errors', () => {
  it('waits the base interval while answers come, doubling per failure in a row, capped', () => {
    expect(refreshInterval(listRefreshMs, 0)).toBe(30_000);
    expect(refreshInterval(listRefreshMs, 1)).toBe(60_000);
    expect(refreshInterval(listRefreshMs, 2)).toBe(120_000);
    expect(refreshInterval(listRefreshMs, 4)).toBe(maxRefreshBackoffMs);
    expect(refreshInterval(listRefreshMs, 50)).toBe(maxRefreshBackoffMs);
  });

  it('counts failures since the last success of the query', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const outcomes = ['fail', 'fail', 'ok', 'fail', 'ok'];
    const queryKey = ['tickets', 'test'];
    const query = () =>
      client
        .query({
          queryKey,
          staleTime: 0,
          queryFn: () => (outcomes.shift() === 'ok' ? Promise.resolve(1) : Promise.reject(new ServerError())),
        })
        .catch(() => undefined);
    const seen: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await query();
      const cached = client.getQueryCache().find({ queryKey });
      if (cached === undefined) throw new Error('The query is not in the cache.');
      seen.push(consecutiveFailures(cached));
    }
    expect(seen).toEqual([1, 2, 0, 1, 0]);
  });
});
