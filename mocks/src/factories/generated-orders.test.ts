import { describe, expect, it } from 'vitest';
import { MockStore } from '../store';
import { createDataset } from './index';

describe('a 100,000-order dataset', () => {
  const dataset = createDataset({ orders: 100_000 });
  const store = new MockStore(dataset);

  it('is created and searched by item name, SKU and id', () => {
    const byName = store.listOrders({ query: 'ЧАЙНИК', limit: 100 });
    expect(byName.total).toBeGreaterThan(1000);
    expect(byName.items).toHaveLength(100);
    for (const order of byName.items) {
      expect(order.items.some((item) => item.name.toLowerCase().includes('чайник'))).toBe(true);
    }

    const bySku = store.listOrders({ query: 'mv-6502', limit: 5 });
    expect(bySku.total).toBeGreaterThan(0);
    expect(bySku.items.every((order) => order.items.some((item) => item.sku === 'MV-6502'))).toBe(true);

    const someId = dataset.orders.at(54_321).id;
    expect(store.listOrders({ query: someId }).items.map((order) => order.id)).toEqual([someId]);
    expect(store.getOrder(someId)).toEqual(dataset.orders.at(54_321));

    expect(store.listOrders({ status: ['in_transit'] }).total).toBe(12);
    expect(store.getContext().inTransit).toHaveLength(12);
  });

  it('finds the same orders as a brute-force scan would', () => {
    const small = createDataset({ orders: 3000, seed: 9 });
    const smallStore = new MockStore(small);
    const all = Array.from({ length: small.orders.count }, (_, i) => small.orders.at(i));
    const from = all[1500]!.createdAt;
    const to = all[200]!.createdAt;
    const expected = all.filter(
      (order) =>
        ['delivered', 'returned'].includes(order.status) &&
        Date.parse(order.createdAt) >= Date.parse(from) &&
        Date.parse(order.createdAt) < Date.parse(to) &&
        order.items.some((item) => item.name.toLowerCase().includes('набор')),
    );
    const found = smallStore.listOrders({
      query: 'набор',
      status: ['delivered', 'returned'],
      from,
      to,
      limit: 100,
    });
    expect(found.total).toBe(expected.length);
    expect(found.items.map((order) => order.id)).toEqual(expected.slice(0, 100).map((order) => order.id));
  });
});
