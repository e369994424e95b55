import { act as reactAct } from 'react';

declare global {
  // React reads it to tell a test's act() from an app's stray one.
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/**
 * React's `act` with the flag React checks set for its duration, as vitest-browser-react does
 * around its own render: React renders what `callback` set off (a timer's state update) and runs
 * the effects before this resolves. For a test that checks what did NOT happen after a pause.
 */
export async function act(callback: () => Promise<unknown>): Promise<void> {
  const previous = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await reactAct(async () => {
      await callback();
    });
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}
