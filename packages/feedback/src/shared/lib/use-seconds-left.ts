import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (epoch milliseconds), 0 once it has passed or without one. It
 * follows the wall clock second by second, read from `Date.now()` and `setTimeout`, so a test that
 * fakes them moves it; no timer is left once the time is up, or with the component.
 */
export function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until === null) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      // At the next whole second before `until`, so the count changes when the clock's does.
      if (current < until) timer = setTimeout(tick, (until - current) % 1000 || 1000);
    };
    // At once first: the clock read at mount is stale for an `until` that came later.
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [until]);

  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
