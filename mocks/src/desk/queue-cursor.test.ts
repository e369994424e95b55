import { FetchApiClient } from '@seller-support/contract';
import { FetchDeskClient, type ReceivedQueuePage } from '@seller-support/contract/desk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../node';

const origin = 'http://localhost';
const mock = createMockServer({ dataset: { tickets: { deskQueue: true } } });
const { server, store, scenario } = mock;
const seller = new FetchApiClient({
  baseUrl: `${origin}/api/seller-support/v1`,
  getAccessToken: () => 'seller-token',
});
const anna = new FetchDeskClient({ baseUrl: `${origin}/api/desk/v1`, getAccessToken: () => 'desk-token' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
  scenario.reset();
});
afterAll(() => server.close());

let keyCounter = 0;
const key = () => {
  keyCounter += 1;
  return `00000000-0000-4000-8000-e${String(keyCounter).padStart(11, '0')}`;
};

const ids = (page: ReceivedQueuePage) => page.items.map((item) => item.id);

/** Each id once, in the order first seen. */
const once = (list: readonly string[]) => [...new Set(list)];

describe('the queue’s cursor holds its place while the queue moves', () => {
  it('a ticket moving up from a later page repeats nothing on the next page', async () => {
    const before = ids(await anna.listQueue());
    // The queue at defaultNow: three due, then the answered ones, last updated first.
    const limit = 5;
    const first = await anna.listQueue({ limit });
    expect(ids(first)).toEqual(before.slice(0, limit));
    // The seller writes on an answered ticket further down: it is now the last updated one.
    const mover = before.at(-1) ?? '';
    await seller.postMessage(mover, { body: 'Есть новости?', attachmentIds: [] }, { idempotencyKey: key() });
    const after = ids(await anna.listQueue());
    expect(after.indexOf(mover)).toBeLessThan(limit);

    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await anna.listQueue({ limit, cursor });
      rest.push(...ids(page));
      cursor = page.nextCursor;
    }
    const seen = [...ids(first), ...rest];
    // No ticket twice, and every ticket that stayed put is there, in the queue's order.
    expect(seen).toEqual(once(seen));
    const stayed = before.filter((id) => id !== mover);
    expect(seen.filter((id) => id !== mover)).toEqual(stayed);
  });

  it('a ticket of the first page answered between two loads skips no other ticket', async () => {
    const before = ids(await anna.listQueue());
    const limit = 2;
    const first = await anna.listQueue({ limit });
    const mover = ids(first)[1] ?? '';
    // The moderator answers it: its first answer is given, and it goes down among the answered.
    await anna.postMessage(mover, { body: 'Проверяем.', attachmentIds: [] }, { idempotencyKey: key() });
    expect(ids(await anna.listQueue()).indexOf(mover)).toBeGreaterThan(limit - 1);

    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await anna.listQueue({ limit, cursor });
      rest.push(...ids(page));
      cursor = page.nextCursor;
    }
    const stayed = before.filter((id) => id !== mover);
    // Every other ticket exactly once, in order: none slid back onto the page already loaded.
    expect([...ids(first), ...rest].filter((id) => id !== mover)).toEqual(stayed);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(anna.listQueue({ cursor: 'c3' })).rejects.toMatchObject({ status: 422 });
  });
});
