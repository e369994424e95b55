import type { Query } from '@tanstack/react-query';

/**
 * One rule for every automatic refresh (a request's page, the requests list, the unread count in
 * the module and on host pages): ask again at the usual pace while answers come, and wait twice as
 * long after each failure in a row, up to a cap, so a server in trouble is not asked again and again.
 */

/** The longest wait between two automatic refreshes while they keep failing. */
export const maxBackoffMs = 5 * 60_000;

/** The wait before the next automatic refresh after `failuresInARow` failures (0: the usual pace). */
export function backoffDelay(baseMs: number, failuresInARow: number, maxMs: number = maxBackoffMs): number {
  if (failuresInARow <= 0) return baseMs;
  // The exponent is capped too: 2 ** 2000 is Infinity, and Math.min would still be right, but
  // a bounded exponent keeps the arithmetic in safe integers.
  return Math.min(baseMs * 2 ** Math.min(failuresInARow, 20), Math.max(baseMs, maxMs));
}

/**
 * Failed fetches of a query since its last success. TanStack Query counts a query's errors over
 * its whole life (`errorUpdateCount`) and its per-fetch `fetchFailureCount` starts again at every
 * fetch; what the count was at the last success is remembered here, per query object (weakly:
 * a query dropped from the cache takes its entry with it).
 */
const errorsAtLastSuccess = new WeakMap<object, { successes: number; errors: number }>();

export function failuresInARow(query: Pick<Query, 'state'>): number {
  // Successes are counted, not timed: two answers within one millisecond are still two.
  const { status, errorUpdateCount, dataUpdateCount } = query.state;
  const seen = errorsAtLastSuccess.get(query);
  if (status !== 'error') {
    if (seen?.successes !== dataUpdateCount) {
      errorsAtLastSuccess.set(query, { successes: dataUpdateCount, errors: errorUpdateCount });
    }
    return 0;
  }
  return Math.max(1, errorUpdateCount - (seen?.errors ?? 0));
}

export interface PollingOptions {
  /** The cap of the back-off; default {@link maxBackoffMs}. */
  maxMs?: number | undefined;
  /**
   * Poll only once there is something on screen to update: a first load that failed shows an
   * error with its own retry button instead.
   */
  onlyWithData?: boolean | undefined;
}

/** TanStack Query's `refetchInterval` for a query refreshed every `baseMs`, backing off while it fails. */
export function pollingInterval(baseMs: number, { maxMs, onlyWithData = false }: PollingOptions = {}) {
  return (query: Pick<Query, 'state'>): number | false => {
    if (onlyWithData && query.state.data === undefined) return false;
    return backoffDelay(baseMs, failuresInARow(query), maxMs);
  };
}
