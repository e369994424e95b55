import { useEffect, useState } from 'react';

const minuteMs = 60_000;

/**
 * The current time, re-read at the start of every minute, for text such as "the first answer
 * comes within 15 minutes" that must follow the clock past day/night boundaries. A `fixed` time
 * (tests, stories, a screen that must show one moment) stops the clock. The timer goes with the
 * component.
 */
export function useNow(fixed?: Date): Date {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    if (fixed !== undefined) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = new Date();
      setNow(current);
      // Aim at the next minute boundary rather than every 60 s from mount, so the text changes
      // when the wall clock does; a timer that fires late does not drift.
      timer = setTimeout(tick, minuteMs - (current.getTime() % minuteMs));
    };
    timer = setTimeout(tick, minuteMs - (Date.now() % minuteMs));
    return () => {
      clearTimeout(timer);
    };
  }, [fixed]);

  return fixed ?? now;
}
