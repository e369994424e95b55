import { useEffect, useRef, useState } from 'react';
import { useLatest } from './use-latest';

/** What a valid submit should do now. */
export type SubmitGateState = 'send' | 'waitForFiles' | 'queued';

export interface SubmitGate {
  /** Waiting for the connection: the submit goes out once, when the browser is back online. */
  queued: boolean;
  /** Called by a valid submit before it sends; anything but `send` means "not now". */
  check: () => SubmitGateState;
  /** Waits for the connection (a send failed offline). */
  queue: () => void;
  /** The seller changed their mind about a queued submit. */
  cancelQueue: () => void;
  /** For the attachments field: files started or finished uploading. */
  filesBusyChanged: (busy: boolean) => void;
}

/**
 * What a form's submit waits for before it sends: files still uploading (pressed meanwhile, it goes
 * out when they are done) and the connection (pressed offline, it goes out once the browser is
 * back). Both call `resubmit`, which should run the form's submit as it is then (a ref the form
 * keeps current: its submit needs the gate, so it comes after it), so what goes out is the form as
 * the seller left it.
 */
export function useSubmitGate(
  resubmit: () => unknown,
  { onFilesDone }: { onFilesDone?: () => void } = {},
): SubmitGate {
  const [queued, setQueued] = useState(false);
  // Read at the moment of a submit: a state would reach the handler one render late.
  const filesBusy = useRef(false);
  const sendAfterFiles = useRef(false);
  const latestSubmit = useLatest(resubmit);
  const latestOnFilesDone = useLatest(onFilesDone);

  useEffect(() => {
    if (!queued) return undefined;
    let sent = false;
    const onOnline = () => {
      if (sent) return;
      sent = true;
      setQueued(false);
      void latestSubmit.current();
    };
    window.addEventListener('online', onOnline);
    // The connection may have come back between queueing and this effect: its event is gone.
    const missed = navigator.onLine ? setTimeout(onOnline, 0) : undefined;
    return () => {
      clearTimeout(missed);
      window.removeEventListener('online', onOnline);
    };
  }, [queued, latestSubmit]);

  return {
    queued,
    check: () => {
      if (filesBusy.current) {
        sendAfterFiles.current = true;
        return 'waitForFiles';
      }
      if (!navigator.onLine) {
        setQueued(true);
        return 'queued';
      }
      setQueued(false);
      return 'send';
    },
    queue: () => setQueued(true),
    cancelQueue: () => setQueued(false),
    filesBusyChanged: (busy) => {
      filesBusy.current = busy;
      if (busy || !sendAfterFiles.current) return;
      sendAfterFiles.current = false;
      latestOnFilesDone.current?.();
      void latestSubmit.current();
    },
  };
}
