import {
  facilitySchema,
  orderSchema,
  policySchema,
  sellerContextSchema,
  ticketSchema,
  ticketStatuses,
  type TicketStatus,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { MockStore } from '../store';
import { createDataset, createRng, makeLongConversationTicket } from './index';

const valid = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

describe('datasets', () => {
  it('are deterministic: the same seed gives the same data', () => {
    const a = createDataset({ seed: 7 });
    const b = createDataset({ seed: 7 });
    expect(Array.from({ length: a.orders.count }, (_, i) => a.orders.at(i))).toEqual(
      Array.from({ length: b.orders.count }, (_, i) => b.orders.at(i)),
    );
    expect(a.tickets).toEqual(b.tickets);
    expect(a.facilities).toEqual(b.facilities);
    expect(new MockStore(a).getContext()).toEqual(new MockStore(b).getContext());
  });

  it('differ between seeds', () => {
    expect(createDataset({ seed: 1 }).orders.at(0)).not.toEqual(createDataset({ seed: 2 }).orders.at(0));
  });

  it('default to the seller the journeys expect', () => {
    expect(createDataset().seller).toEqual({
      id: 's-1042',
      legalName: 'ООО «Ромашка»',
      taxId: '7701234567',
      contactName: 'Ирина Петрова',
      email: 'irina@romashka.ru',
      phone: '+7 916 000-00-00',
      tier: 'standard',
    });
  });

  it('give "a seller with 5,000 orders, 3 in transit" in one line', () => {
    const dataset = createDataset({
      orders: 5000,
      inTransit: 3,
      seller: { legalName: 'ИП Смирнов', tier: 'gold' },
    });
    const store = new MockStore(dataset);
    const context = store.getContext();
    expect(context.seller.legalName).toBe('ИП Смирнов');
    expect(context.seller.tier).toBe('gold');
    expect(context.seller.id).toBe('s-1042');
    expect(context.inTransit).toHaveLength(3);
    expect(context.inTransit.every((order) => order.status === 'in_transit')).toBe(true);
    expect(store.listOrders({}).total).toBe(5000);
    expect(store.listOrders({ status: ['in_transit'] }).total).toBe(3);
    expect(valid(sellerContextSchema, context)).toBe(true);
  });

  it('anchor every timestamp at the chosen "now"', () => {
    const now = '2027-03-01T09:30:00+03:00';
    const dataset = createDataset({ now, orders: 300 });
    const nowMs = Date.parse(now);
    for (let i = 0; i < dataset.orders.count; i += 1) {
      const order = dataset.orders.at(i);
      expect(Date.parse(order.createdAt)).toBeLessThan(nowMs);
      if (order.tracking?.lastScanAt) expect(Date.parse(order.tracking.lastScanAt)).toBeLessThan(nowMs);
    }
    for (const ticket of dataset.tickets) {
      for (const event of ticket.events) expect(Date.parse(event.at)).toBeLessThan(nowMs);
    }
  });

  it('produce only contract-valid data', () => {
    const dataset = createDataset({ orders: 500, tickets: 40, facilities: 200 });
    for (let i = 0; i < dataset.orders.count; i += 1)
      expect(valid(orderSchema, dataset.orders.at(i))).toBe(true);
    for (const ticket of dataset.tickets) expect(valid(ticketSchema, ticket)).toBe(true);
    for (const facility of dataset.facilities) expect(valid(facilitySchema, facility)).toBe(true);
    expect(new Set(dataset.facilities.map((facility) => facility.id)).size).toBe(200);
    expect(new Set(dataset.facilities.map((facility) => facility.name)).size).toBe(200);
    expect(valid(policySchema, dataset.policy)).toBe(true);
  });

  it('include one ticket per status in the default set', () => {
    expect(
      createDataset()
        .tickets.map((ticket) => ticket.status)
        .sort(),
    ).toEqual(
      [
        'closed',
        'in_progress',
        'new',
        'offer_proposed',
        'resolved',
        'waiting_seller',
        'waiting_third_party',
      ].sort(),
    );
  });

  it('give each status ticket a history that leads to its status', () => {
    const byStatus = new Map(createDataset().tickets.map((ticket) => [ticket.status, ticket]));
    const kinds = (status: TicketStatus) => byStatus.get(status)?.events.map((event) => event.kind) ?? [];
    expect(kinds('new')).toEqual(['created']);
    expect(byStatus.get('new')?.expectedFirstResponseBy).not.toBeNull();
    for (const status of ticketStatuses.filter((s) => s !== 'new')) {
      const ticket = byStatus.get(status);
      expect(ticket?.assignee, status).not.toBeNull();
      expect(kinds(status).slice(0, 3), status).toEqual(['created', 'assigned', 'message']);
    }
    expect(kinds('in_progress')).toContain('step');
    expect(byStatus.get('waiting_seller')?.events.at(-1)).toMatchObject({
      kind: 'message',
      author: 'moderator',
    });
    expect(kinds('waiting_third_party')).toContain('third_party');
    expect(
      byStatus.get('offer_proposed')?.events.some((e) => e.kind === 'offer' && e.offer.status === 'pending'),
    ).toBe(true);
    const resolved = byStatus.get('resolved');
    expect(resolved?.events.some((e) => e.kind === 'offer' && e.offer.status === 'accepted')).toBe(true);
    expect(kinds('resolved').slice(-2)).toEqual(['offer_decided', 'resolved']);
    expect(kinds('closed').slice(-3)).toEqual(['resolved', 'rated', 'closed']);
    expect(byStatus.get('closed')?.rating).not.toBeNull();
    for (const ticket of byStatus.values()) {
      const times = ticket.events.map((event) => Date.parse(event.at));
      expect(times, ticket.status).toEqual([...times].sort((a, b) => a - b));
      expect(ticket.updatedAt).toBe(ticket.events.at(-1)?.at);
    }
  });

  it('add a long conversation on request, for the virtualised timeline', () => {
    const dataset = createDataset({ tickets: { longConversation: 300 } });
    expect(dataset.tickets).toHaveLength(8);
    const long = dataset.tickets[0];
    expect(long?.events).toHaveLength(300);
    expect(valid(ticketSchema, long)).toBe(true);
    expect(long?.status).toBe('in_progress');
    const times = long?.events.map((event) => Date.parse(event.at)) ?? [];
    for (let i = 1; i < times.length; i += 1) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
    expect(times.at(-1)).toBeLessThan(Date.parse(dataset.now));
    expect(new Set(long?.events.map((event) => event.id)).size).toBe(300);
    expect(new Set(dataset.tickets.map((ticket) => ticket.id)).size).toBe(8);
    const authors = new Set(
      long?.events.flatMap((event) => (event.kind === 'message' ? [event.author] : [])),
    );
    expect(authors).toEqual(new Set(['seller', 'moderator']));
    // The store serves it like any other ticket, and numbers new tickets after it.
    const store = new MockStore(dataset);
    expect(store.listTickets().items[0]?.id).toBe(long?.id);
    expect(createDataset({ tickets: { count: 3 } }).tickets).toHaveLength(3);
    expect(makeLongConversationTicket(createRng(1), 50)).toEqual(
      makeLongConversationTicket(createRng(1), 50),
    );
    expect(makeLongConversationTicket(createRng(1), 1000).events).toHaveLength(1000);
  });

  it('carry a full channel list in the default policy', () => {
    const kinds = createDataset().policy.channels.map((channel) => channel.kind);
    expect(new Set(kinds)).toEqual(new Set(['phone', 'email', 'compliance', 'post', 'chat', 'community']));
    const phones = createDataset().policy.channels.filter((channel) => channel.kind === 'phone');
    expect(phones.some((phone) => phone.free && phone.value.startsWith('8 800'))).toBe(true);
    expect(phones.filter((phone) => !phone.free && phone.region !== null).length).toBeGreaterThan(1);
  });
});
