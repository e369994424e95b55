import { createContext, use, useEffect, useState, type ReactNode } from 'react';

/** A fixed "now" for stories and tests, which pin their data at the mocks' `defaultNow`. */
const FixedNowContext = createContext<number | null>(null);

export function FixedNow({ at, children }: { at: number; children: ReactNode }) {
  return <FixedNowContext value={at}>{children}</FixedNowContext>;
}

/** The current time, renewed every `everyMs`: relative due times stay true while a screen is open. */
export function useNow(everyMs = 30_000): number {
  const fixed = use(FixedNowContext);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (fixed !== null) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, fixed]);
  return fixed ?? now;
}
