import {
  articleListSchema,
  facilityPageSchema,
  facilityTypes,
  orderPageSchema,
  orderSchema,
  policySchema,
  sellerContextSchema,
  topics,
  maxPageLimit,
} from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectJson, expectProblem, expectValidation } from '../http';
import { walk, type SuiteContext } from '../world';

/** `GET /context`, `/orders`, `/orders/{id}`, `/facilities`, `/policy`, `/articles`. */
export function readTests(suite: () => SuiteContext): void {
  describe('GET /context', () => {
    it('200: the seller, the deal summary and at most 200 orders, all in transit', async () => {
      const { seller } = suite();
      const context = expectJson(await seller.get('/context'), 200, sellerContextSchema);
      expect(context.inTransit.length).toBeLessThanOrEqual(200);
      for (const order of context.inTransit) expect(order.status).toBe('in_transit');
    });

    it('its in-transit orders are those GET /orders?status=in_transit pages through', async () => {
      const { seller, world } = suite();
      const listed = await walk(seller, '/orders', orderPageSchema, { status: 'in_transit' }, 7);
      const ids = new Set(listed.items.map((order) => order.id));
      for (const order of world.context.inTransit) expect(ids).toContain(order.id);
      if (listed.items.length <= 200) expect(ids.size).toBe(world.context.inTransit.length);
    });
  });

  describe('GET /orders', () => {
    it('200: a cursor walk returns every order once, every page within its limit', async () => {
      const { seller, world } = suite();
      const walked = await walk(seller, '/orders', orderPageSchema, {}, 17);
      expect(walked.items.map((order) => order.id)).toEqual(world.orders.map((order) => order.id));
      expect(new Set(walked.items.map((order) => order.id)).size).toBe(walked.items.length);
      if (walked.total !== undefined) expect(walked.total).toBe(walked.items.length);
      expect(walked.pages).toBeGreaterThanOrEqual(Math.ceil(walked.items.length / 17));
    });

    it('limit=1 gives one order and a cursor; the largest limit is accepted', async () => {
      const { seller, world } = suite();
      const one = expectJson(await seller.get('/orders', { limit: 1 }), 200, orderPageSchema);
      expect(one.items).toHaveLength(1);
      expect(one.nextCursor === null).toBe(world.orders.length <= 1);
      const most = expectJson(await seller.get('/orders', { limit: maxPageLimit }), 200, orderPageSchema);
      expect(most.items.length).toBeLessThanOrEqual(maxPageLimit);
      expect(most.items.length).toBe(Math.min(maxPageLimit, world.orders.length));
    });

    it('status filters, one or repeated, keep those statuses only', async () => {
      const { seller, world } = suite();
      const statuses = [...new Set(world.orders.map((order) => order.status))];
      for (const status of statuses) {
        const { items, total } = await walk(seller, '/orders', orderPageSchema, { status });
        expect(items.length).toBe(world.orders.filter((order) => order.status === status).length);
        for (const order of items) expect(order.status).toBe(status);
        if (total !== undefined) expect(total).toBe(items.length);
      }
      const two = statuses.slice(0, 2);
      const { items } = await walk(seller, '/orders', orderPageSchema, { status: two });
      expect(items.length).toBe(world.orders.filter((order) => two.includes(order.status)).length);
    });

    it('query finds an order by its id and by an item SKU', async () => {
      const { seller, world } = suite();
      const order = world.delivered;
      const byId = await walk(seller, '/orders', orderPageSchema, { query: order.id });
      expect(byId.items.map((item) => item.id)).toContain(order.id);
      const sku = order.items[0]?.sku ?? '';
      const bySku = await walk(seller, '/orders', orderPageSchema, { query: sku });
      expect(bySku.items.map((item) => item.id)).toContain(order.id);
    });

    it('from (inclusive) and to (exclusive) bound createdAt', async () => {
      const { seller, world } = suite();
      const times = [...new Set(world.orders.map((order) => order.createdAt))].sort(
        (a, b) => Date.parse(a) - Date.parse(b),
      );
      const from = times[Math.floor(times.length / 4)] ?? '';
      const to = times[Math.floor((times.length * 3) / 4)] ?? '';
      const { items } = await walk(seller, '/orders', orderPageSchema, { from, to });
      const inside = (at: string) => Date.parse(at) >= Date.parse(from) && Date.parse(at) < Date.parse(to);
      expect(items.map((order) => order.id).sort()).toEqual(
        world.orders
          .filter((order) => inside(order.createdAt))
          .map((order) => order.id)
          .sort(),
      );
      expect(items.some((order) => order.createdAt === from)).toBe(true);
      expect(items.some((order) => order.createdAt === to)).toBe(false);
    });

    it('422 naming the parameter: a limit out of range, an unknown status, a cursor it never issued, a bad date', async () => {
      const { seller } = suite();
      expectValidation(await seller.get('/orders', { limit: maxPageLimit + 1 }), 'limit');
      expectValidation(await seller.get('/orders', { limit: 0 }), 'limit');
      expectValidation(await seller.get('/orders', { status: 'lost_in_space' }), /^status(\.\d+)?$/);
      expectValidation(await seller.get('/orders', { cursor: 'forged!' }), 'cursor');
      expectValidation(await seller.get('/orders', { from: 'yesterday' }), 'from');
    });
  });

  describe('GET /orders/{id}', () => {
    it('200: the order as the list shows it', async () => {
      const { seller, world } = suite();
      for (const order of [world.delivered, world.inTransit]) {
        const answer = await seller.get(`/orders/${encodeURIComponent(order.id)}`);
        expect(expectJson(answer, 200, orderSchema)).toEqual(order);
      }
    });

    it('404 for an order the seller does not have', async () => {
      const { seller } = suite();
      expectProblem(await seller.get('/orders/no-such-order-0000'), 404);
    });
  });

  describe('GET /facilities', () => {
    it('200: a cursor walk returns every facility once', async () => {
      const { seller, world } = suite();
      const walked = await walk(seller, '/facilities', facilityPageSchema, {}, 9);
      expect(walked.items.map((facility) => facility.id)).toEqual(
        world.facilities.map((facility) => facility.id),
      );
      expect(new Set(walked.items.map((facility) => facility.id)).size).toBe(walked.items.length);
    });

    it('type keeps that type only; the types together are every facility', async () => {
      const { seller, world } = suite();
      let sum = 0;
      for (const type of facilityTypes) {
        const { items } = await walk(seller, '/facilities', facilityPageSchema, { type });
        for (const facility of items) expect(facility.type).toBe(type);
        sum += items.length;
      }
      expect(sum).toBe(world.facilities.length);
    });

    it('query finds a facility by its name', async () => {
      const { seller, world } = suite();
      const facility = world.facilities[0]!;
      const { items } = await walk(seller, '/facilities', facilityPageSchema, { query: facility.name });
      expect(items.map((item) => item.id)).toContain(facility.id);
    });

    it('422 for an unknown type and a limit out of range', async () => {
      const { seller } = suite();
      expectValidation(await seller.get('/facilities', { type: 'spaceport' }), 'type');
      expectValidation(await seller.get('/facilities', { limit: maxPageLimit + 1 }), 'limit');
    });
  });

  describe('GET /policy', () => {
    it('200: the policy, with attachment limits a client can apply', async () => {
      const { seller } = suite();
      const policy = expectJson(await seller.get('/policy'), 200, policySchema);
      expect(policy.attachments.types.length).toBeGreaterThan(0);
      expect(policy.attachments.maxFileBytes).toBeGreaterThan(0);
      expect(policy.attachments.maxTotalBytes).toBeGreaterThanOrEqual(policy.attachments.maxFileBytes);
      expect(policy.reopenWithinDays).toBeGreaterThan(0);
    });
  });

  describe('GET /articles', () => {
    it('200 for every topic, within the limit', async () => {
      const { seller } = suite();
      for (const topic of topics) {
        const list = expectJson(await seller.get('/articles', { topic, limit: 2 }), 200, articleListSchema);
        expect(list.items.length).toBeLessThanOrEqual(2);
      }
      const one = expectJson(await seller.get('/articles', { limit: 1 }), 200, articleListSchema);
      expect(one.items.length).toBeLessThanOrEqual(1);
    });

    it('query finds an article by a word of its title', async () => {
      const { seller } = suite();
      const all = expectJson(await seller.get('/articles', { limit: maxPageLimit }), 200, articleListSchema);
      const article = all.items[0];
      if (article === undefined) throw new Error('The target has no help articles: the suite needs one.');
      const word = article.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
      const found = expectJson(
        await seller.get('/articles', { query: word, limit: maxPageLimit }),
        200,
        articleListSchema,
      );
      expect(found.items.map((item) => item.id)).toContain(article.id);
    });

    it('422 for an unknown topic and a limit out of range', async () => {
      const { seller } = suite();
      expectValidation(await seller.get('/articles', { topic: 'astrology' }), 'topic');
      expectValidation(await seller.get('/articles', { limit: 0 }), 'limit');
    });
  });
}
