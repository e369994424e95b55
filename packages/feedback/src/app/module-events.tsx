import { createContext, use, useCallback, type ReactNode, type RefObject } from 'react';
import { useLatest } from '../shared/lib/use-latest';
import { useHostElement } from '../shared/ui/shadow-host';
import { emitModuleEvent, type ModuleEvent } from './events';

export type Emit = (event: ModuleEvent) => void;

function deliver(
  onEvent: RefObject<((event: ModuleEvent) => void) | undefined>,
  element: HTMLElement | null,
  event: ModuleEvent,
): void {
  emitModuleEvent({ onEvent: onEvent.current, element }, event);
}

const EmitContext = createContext<Emit | null>(null);

export interface ModuleEventsProviderProps {
  onEvent: ((event: ModuleEvent) => void) | undefined;
  children: ReactNode;
}

/** Lets any part of the module report to the host; a new `onEvent` from an update is used at once. */
export function ModuleEventsProvider({ onEvent, children }: ModuleEventsProviderProps) {
  const element = useHostElement();
  const latestOnEvent = useLatest(onEvent);
  // Stable for the life of the host element, so effects that report do not re-run on updates.
  const emit = useCallback<Emit>((event) => deliver(latestOnEvent, element, event), [latestOnEvent, element]);
  return <EmitContext value={emit}>{children}</EmitContext>;
}

export function useEmitModuleEvent(): Emit {
  const emit = use(EmitContext);
  if (emit === null) throw new Error('useEmitModuleEvent must be used inside <ModuleEventsProvider>.');
  return emit;
}
