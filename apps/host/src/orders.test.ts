import { describe, expect, it } from 'vitest';
import { parseOrderPage, statusLabel } from './orders';

const order = {
  id: '87412-0093-1',
  createdAt: '2026-11-20T10:12:00+03:00',
  status: 'in_transit',
  total: { amount: '4590.00', currency: 'RUB' },
  items: [
    { sku: 'A-1', name: 'Чайник', quantity: 1, price: { amount: '4590.00', currency: 'RUB' } },
    { sku: 'A-2', name: 'Кружка', quantity: 2, price: { amount: '0.00', currency: 'RUB' } },
  ],
  deliveryPoint: null,
  tracking: null,
};

describe('parseOrderPage', () => {
  it('keeps what the Orders page shows of a GET /orders answer', () => {
    expect(parseOrderPage({ items: [order, { ...order, id: '1-1', items: [] }], nextCursor: null })).toEqual({
      orders: [
        {
          id: '87412-0093-1',
          createdAt: '2026-11-20T10:12:00+03:00',
          status: 'in_transit',
          firstItem: 'Чайник',
          moreItems: 1,
        },
        {
          id: '1-1',
          createdAt: '2026-11-20T10:12:00+03:00',
          status: 'in_transit',
          firstItem: null,
          moreItems: 0,
        },
      ],
      omitted: 0,
    });
  });

  it.each([[null], [{ items: {} }]])('rejects %j, which has no list of orders', (value) => {
    expect(() => parseOrderPage(value)).toThrow('expected an object with "items"');
  });

  it.each([
    ['not an object', 'x'],
    ['without an id', { ...order, id: '' }],
    ['with a date that is not one', { ...order, createdAt: 'yesterday' }],
    ['without a status', { ...order, status: 7 }],
  ])('leaves out an order %s and keeps the others', (_, broken) => {
    const other = { ...order, id: '1-1' };
    expect(parseOrderPage({ items: [order, broken, other], nextCursor: null })).toMatchObject({
      orders: [{ id: order.id }, { id: other.id }],
      omitted: 1,
    });
  });
});

describe('statusLabel', () => {
  it('reads a known status in Russian and shows an unknown one as it came', () => {
    expect(statusLabel('at_pickup_point')).toBe('В пункте выдачи');
    expect(statusLabel('teleported')).toBe('teleported');
  });
});
