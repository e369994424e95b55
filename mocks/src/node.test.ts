import { FetchApiClient, sellerContextSchema } from '@seller-support/contract';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from './node';

// A host whose API lives on another origin passes an absolute base URL; the same handlers serve it.
const baseUrl = 'https://api.market.example:8443/seller-support/v1/';
const { server, store } = createMockServer({ baseUrl, dataset: { seller: { legalName: 'АО «Василёк»' } } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('createMockServer with an absolute base URL', () => {
  it('answers on that origin and path', async () => {
    const client = new FetchApiClient({ baseUrl, getAccessToken: () => 'token' });
    const context = await client.getContext();
    expect(z.safeParse(sellerContextSchema, context).success).toBe(true);
    expect(context.seller.legalName).toBe('АО «Василёк»');
    const ticket = await client.getTicket(store.listTickets().items[0]!.id);
    expect(ticket.events?.length).toBeGreaterThan(0);
  });
});
