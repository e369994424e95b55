import { createServer, type Server } from 'node:http';
import {
  orderPageSchema,
  problemSchema,
  sellerContextSchema,
  ticketSchema,
  type Order,
  type OrderStatus,
} from '@seller-support/contract';
import { createDataset, defaultNow, makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { startTestService, type TestService } from '../testing/test-service';

// A stub of the marketplace's API (see HttpMarketplace): one seller, the mocks' dataset, offset cursors.
const dataset = createDataset({ now: defaultNow });
const sellerId = dataset.seller.id;
const requests: string[] = [];

function page<T>(items: readonly T[], search: URLSearchParams) {
  const offset = Number(search.get('cursor') ?? '0');
  const limit = Number(search.get('limit') ?? '20');
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? String(end) : null,
    total: items.length,
  };
}

const stub: Server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://stub');
  requests.push(`${request.headers.authorization ?? ''} ${url.pathname}`);
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    return response.end(JSON.stringify(body));
  };
  const path = url.pathname;
  if (path === `/sellers/${sellerId}`) return send(200, dataset.seller);
  if (path === `/sellers/${sellerId}/deal-summary`)
    return send(200, dataset.orders.summary(Number(url.searchParams.get('periodDays'))));
  if (path === `/sellers/${sellerId}/orders`) {
    if (url.searchParams.has('cursor') && !/^\d+$/.test(url.searchParams.get('cursor') ?? ''))
      return send(422, {});
    const statuses = url.searchParams
      .getAll('status')
      .filter((status): status is OrderStatus => status !== '');
    const orders: Order[] = dataset.orders.filter({ statuses }).map((index) => dataset.orders.at(index));
    return send(200, page(orders, url.searchParams));
  }
  const order = /^\/sellers\/([^/]+)\/orders\/([^/]+)$/.exec(path);
  if (order?.[1] === sellerId && order[2] !== undefined) {
    const found = dataset.orders.find(decodeURIComponent(order[2]));
    return found === undefined ? send(404, {}) : send(200, found);
  }
  if (path === '/facilities') return send(200, page(dataset.facilities, url.searchParams));
  if (path === '/sellers/s-broken') return send(200, { id: 's-broken' });
  return send(404, {});
});

let service: TestService;
beforeAll(async () => {
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const address = stub.address();
  if (address === null || typeof address === 'string') throw new Error('the stub has no port');
  service = await startTestService({ marketplaceUrl: `http://127.0.0.1:${address.port}` });
});
afterAll(async () => {
  await service.stop();
  await new Promise((resolve) => stub.close(resolve));
});

describe('the marketplace over HTTP', () => {
  it('GET /context is the marketplace’s seller, deal summary and parcels in transit', async () => {
    const context = z.parse(sellerContextSchema, (await service.call('GET', '/context')).json());
    expect(context.seller).toEqual(dataset.seller);
    expect(context.dealSummary).toEqual(dataset.orders.summary(90));
    expect(context.inTransit.map((order) => order.id)).toEqual(
      dataset.orders.inTransit(200).map((order) => order.id),
    );
  });

  it('pages orders with the marketplace’s cursors, and a cursor it refuses is the seller’s 422', async () => {
    const first = z.parse(orderPageSchema, (await service.call('GET', '/orders?limit=100')).json());
    expect(first.total).toBe(240);
    const second = z.parse(
      orderPageSchema,
      (await service.call('GET', `/orders?limit=100&cursor=${first.nextCursor ?? ''}`)).json(),
    );
    expect(second.items[0]?.id).toBe(dataset.orders.idAt(100));
    const forged = await service.call('GET', '/orders?cursor=forged');
    expect(forged.statusCode).toBe(422);
    expect(z.parse(problemSchema, forged.json()).errors?.[0]?.path).toBe('cursor');
  });

  it('a ticket names orders the marketplace knows; one it does not is a 422 not_found', async () => {
    const context = z.parse(sellerContextSchema, (await service.call('GET', '/context')).json());
    const order = context.inTransit[0]!;
    const body = {
      topic: 'parcel_location',
      subject: 'Посылка из маркетплейса',
      description: 'Заказ прочитан адаптером маркетплейса по HTTP.',
      fields: {},
      orderIds: [order.id],
      facilityId: null,
      attachmentIds: [],
      confidential: false,
      context: makeContextSnapshot(context, [order]),
    };
    const created = await service.call('POST', '/tickets', { body, key: 'http-1' });
    expect(created.statusCode).toBe(201);
    expect(z.parse(ticketSchema, created.json()).request?.orderIds).toEqual([order.id]);
    const unknown = await service.call('POST', '/tickets', {
      body: { ...body, orderIds: ['00000-0000-1'] },
      key: 'http-2',
    });
    expect(z.parse(problemSchema, unknown.json()).errors).toMatchObject([
      { path: 'orderIds.0', code: 'not_found' },
    ]);
    expect(requests.some((line) => line.endsWith(`/sellers/${sellerId}/orders/${order.id}`))).toBe(true);
  });
});
