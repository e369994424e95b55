import { ServerError } from '@seller-support/contract';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { backoffDelay, failuresInARow, maxBackoffMs, pollingInterval } from './backoff';

describe('backoffDelay', () => {
  it('waits the usual interval while answers come, doubling per failure in a row, capped', () => {
    expect([0, 1, 2, 3, 4, 50, 5000].map((failures) => backoffDelay(30_000, failures))).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      maxBackoffMs,
      maxBackoffMs,
      maxBackoffMs,
    ]);
    expect([1, 2, 3, 4].map((failures) => backoffDelay(12_000, failures, 180_000))).toEqual([
      24_000, 48_000, 96_000, 180_000,
    ]);
  });

  it('never waits less than the usual interval, whatever the cap', () => {
    expect(backoffDelay(600_000, 3)).toBe(600_000);
  });
});

function flakyQuery(outcomes: string[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const queryKey = ['tickets', 'test'];
  const fetchOnce = async () => {
    await client
      .query({
        queryKey,
        staleTime: 0,
        queryFn: () => (outcomes.shift() === 'ok' ? Promise.resolve(1) : Promise.reject(new ServerError())),
      })
      .catch(() => undefined);
    const cached = client.getQueryCache().find({ queryKey });
    if (cached === undefined) throw new Error('The query is not in the cache.');
    return cached;
  };
  return fetchOnce;
}

describe('failuresInARow and pollingInterval', () => {
  it('count the failures since the query’s last success, and the wait follows them', async () => {
    const fetchOnce = flakyQuery(['ok', 'fail', 'fail', 'ok', 'fail', 'ok']);
    const interval = pollingInterval(12_000, { maxMs: 180_000 });
    const seen: [number, number | false][] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const query = await fetchOnce();
      seen.push([failuresInARow(query), interval(query)]);
    }
    expect(seen).toEqual([
      [0, 12_000],
      [1, 24_000],
      [2, 48_000],
      [0, 12_000],
      [1, 24_000],
      [0, 12_000],
    ]);
  });

  it('with onlyWithData, does not poll a query whose first load failed', async () => {
    const query = await flakyQuery(['fail'])();
    expect(pollingInterval(12_000, { onlyWithData: true })(query)).toBe(false);
    expect(pollingInterval(12_000)(query)).toBe(24_000);
  });
});
