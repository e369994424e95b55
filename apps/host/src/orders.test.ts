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
    expect(parseOrderPage({ items: [order, { ...order, id: '1-1', items: [] }], nextCursor: null })).toEqual([
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
    ]);
  });

  it.each([
    [null, 'expected an object with "items"'],
    [{ items: {} }, 'expected an object with "items"'],
    [{ items: ['x'] }, 'item 0 is not an object'],
    [{ items: [{ ...order, id: '' }] }, 'item 0 has no "id"'],
    [{ items: [order, { ...order, createdAt: 'yesterday' }] }, 'item 1 has no valid "createdAt"'],
    [{ items: [{ ...order, status: 7 }] }, 'item 0 has no "status"'],
  ])('rejects %j naming the problem', (value, message) => {
    expect(() => parseOrderPage(value)).toThrow(message);
  });
});

describe('statusLabel', () => {
  it('reads a known status in Russian and shows an unknown one as it came', () => {
    expect(statusLabel('at_pickup_point')).toBe('В пункте выдачи');
    expect(statusLabel('teleported')).toBe('teleported');
  });
});
