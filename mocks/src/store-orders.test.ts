import { describe, expect, it } from 'vitest';
import { createMockApi } from './mock-api';

describe('MockStore.moveOrder: the marketplace moves an order on', () => {
  it('reads the order with its changes everywhere, and takes it off the in-transit list once it arrived', () => {
    const { store } = createMockApi();
    const [order] = store.getContext().inTransit;
    if (!order) throw new Error('The dataset lacks an order in transit.');

    store.moveOrder(order.id, { status: 'at_pickup_point', tracking: null });

    expect(store.getOrder(order.id)).toEqual({ ...order, status: 'at_pickup_point', tracking: null });
    expect(store.getContext().inTransit.map(({ id }) => id)).not.toContain(order.id);
    const listed = store.listOrders({ limit: 200 }).items.find(({ id }) => id === order.id);
    expect(listed?.status).toBe('at_pickup_point');

    store.reset();
    expect(store.getOrder(order.id)).toEqual(order);
  });
});
