import { FetchApiClient } from '@seller-support/contract';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ticketKeys } from '../../../shared/api/ticket-keys';
import type { TicketWithEvents } from './get-ticket';
import { markReadMutationOptions } from './mark-read';

const ticket: TicketWithEvents = {
  id: 'T-000102',
  number: '102',
  topic: 'payments',
  subject: 'Удержана комиссия',
  status: 'resolved',
  createdAt: '2026-11-20T09:30:00+03:00',
  updatedAt: '2026-11-20T10:30:00+03:00',
  assignee: null,
  expectedFirstResponseBy: null,
  unread: 2,
  rating: null,
  events: [{ id: 'e1', at: '2026-11-20T09:30:00+03:00', kind: 'created' }],
};

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response(null, { status: 204 })));
  const api = new FetchApiClient({ baseUrl: 'https://api.example/v1', getAccessToken: () => 'token', fetch });
  queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
  queryClient.setQueryData(ticketKeys.detail('T-000101'), { ...ticket, id: 'T-000101', unread: 3 });
  queryClient.setQueryData(ticketKeys.list({}), { items: [], nextCursor: null });
  queryClient.setQueryData(ticketKeys.unreadCount(), 5);
  const observer = new MutationObserver(queryClient, markReadMutationOptions(api, queryClient));
  return { queryClient, fetch, observer };
}

/** The method and URL of every request the client sent. */
function sent(fetch: ReturnType<typeof setup>['fetch']): string[] {
  return fetch.mock.calls.map(([input, init]) => {
    const request = new Request(input, init);
    return `${request.method} ${request.url}`;
  });
}

describe('markReadMutationOptions', () => {
  it('posts the read mark for the ticket, sets its unread to 0 and makes lists and count stale', async () => {
    const { queryClient, fetch, observer } = setup();

    await observer.mutate(ticket.id);

    expect(sent(fetch)).toEqual(['POST https://api.example/v1/tickets/T-000102/read']);
    expect(queryClient.getQueryData<TicketWithEvents>(ticketKeys.detail(ticket.id))).toEqual({
      ...ticket,
      unread: 0,
    });
    // Another request's detail is left alone, and so is the timeline of this one (no refetch).
    expect(queryClient.getQueryData<TicketWithEvents>(ticketKeys.detail('T-000101'))?.unread).toBe(3);
    expect(queryClient.getQueryState(ticketKeys.detail(ticket.id))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(ticketKeys.list({}))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(ticketKeys.unreadCount())?.isInvalidated).toBe(true);
  });

  it('changes nothing in the cache when the server refuses', async () => {
    const { queryClient, fetch, observer } = setup();
    fetch.mockResolvedValueOnce(
      new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
        status: 503,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );

    await expect(observer.mutate(ticket.id)).rejects.toMatchObject({ status: 503 });

    expect(queryClient.getQueryData<TicketWithEvents>(ticketKeys.detail(ticket.id))?.unread).toBe(2);
    expect(queryClient.getQueryState(ticketKeys.list({}))?.isInvalidated).toBe(false);
  });
});
