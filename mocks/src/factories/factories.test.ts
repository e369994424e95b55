import { orderSchema, sellerSchema, ticketSchema } from '@seller-support/contract';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { createRng, makeFacility, makeOrder, makePolicy, makeSeller, makeTicket } from './index';

const valid = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

describe('factories', () => {
  it('take overrides', () => {
    const rng = createRng(3);
    expect(makeSeller({ email: 'x@example.ru' }).email).toBe('x@example.ru');
    const order = makeOrder(rng, { status: 'delivered', id: '11111-0001-1' });
    expect(order).toMatchObject({ status: 'delivered', id: '11111-0001-1' });
    expect(order.tracking?.state).toBe('Получен покупателем');
    expect(valid(orderSchema, order)).toBe(true);
    expect(makeFacility(rng, { type: 'warehouse' }).type).toBe('warehouse');
    expect(makePolicy({ reopenWithinDays: 3 }).reopenWithinDays).toBe(3);
    expect(valid(sellerSchema, makeSeller())).toBe(true);
  });

  it('build a timeline that matches the requested ticket status', () => {
    const ticket = makeTicket(createRng(5), { status: 'resolved', subject: 'Тест' });
    expect(ticket.status).toBe('resolved');
    expect(ticket.subject).toBe('Тест');
    expect(ticket.events.at(-1)?.kind).toBe('resolved');
    expect(valid(ticketSchema, ticket)).toBe(true);
    const offer = makeTicket(createRng(5), { status: 'offer_proposed' });
    expect(offer.events.some((event) => event.kind === 'offer' && event.offer.status === 'pending')).toBe(
      true,
    );
  });

  it('are reproducible from the same generator seed', () => {
    expect(makeOrder(createRng(11))).toEqual(makeOrder(createRng(11)));
    expect(makeTicket(createRng(11))).toEqual(makeTicket(createRng(11)));
  });
});
