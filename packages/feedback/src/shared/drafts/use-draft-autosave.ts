import { useCallback, useEffect, useRef } from 'react';
import { useLatest } from '../lib/use-latest';

export interface DraftAutosave {
  /** Writes the draft now (and drops a pending write). */
  saveNow: () => Promise<void>;
  /** Writes the draft once typing pauses for the delay. */
  schedule: () => void;
  /** Drops a pending write: the draft is done with. */
  cancel: () => void;
}

/**
 * Writes a draft a moment after the seller's last change, and at once when the page is hidden or
 * closed or the form goes away (another screen, the host unmounting the module): a hidden tab may
 * never come back, and what the seller typed must survive all of these.
 */
export function useDraftAutosave(write: () => Promise<void>, delayMs: number): DraftAutosave {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestWrite = useLatest(write);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const saveNow = useCallback(() => {
    cancel();
    return latestWrite.current();
  }, [cancel, latestWrite]);
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), delayMs);
  }, [saveNow, delayMs]);

  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) void saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saveNow]);

  return { saveNow, schedule, cancel };
}
