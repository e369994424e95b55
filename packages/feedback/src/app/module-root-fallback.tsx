import { useEffect } from 'react';
import { CrashScreen } from './crash-screen';
import type { RawHostProps } from './feedback-root';
import { failSafeProps } from './host-props';
import { ModuleEventsProvider, useEmitModuleEvent } from './module-events';
import { ModuleFrame } from './module-frame';

/**
 * Last resort for single-spa-react's own boundary (the application's and the parcel's), reached
 * only if the frame itself fails. It has no restart: single-spa-react's boundary cannot be reset
 * from inside.
 */
export function ModuleRootFallback(props: RawHostProps) {
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  return (
    <ModuleFrame locale={locale} theme={theme} nonce={nonce}>
      <ModuleEventsProvider onEvent={onEvent}>
        <CrashReport />
        <CrashScreen />
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}

function CrashReport() {
  const emit = useEmitModuleEvent();
  useEffect(() => emit({ type: 'module-failed', reason: 'crashed' }), [emit]);
  return null;
}
