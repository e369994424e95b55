import { useEffect, useState } from 'react';

/** The longest an idle moment is waited for on a page that never has one. */
const idleTimeoutMs = 1000;

/**
 * False until the browser has had an idle moment since the component mounted, then true for good:
 * for what a screen renders that nobody sees at first (the inside of a closed disclosure), so the
 * first screen's render does not pay for it. Where there is no `requestIdleCallback` (Safari), a
 * timer after the first render.
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle) return undefined;
    const done = () => setIdle(true);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(done, { timeout: idleTimeoutMs });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(done, 0);
    return () => clearTimeout(timer);
  }, [idle]);
  return idle;
}
