import type { ModuleEvent } from './support-module';

/**
 * The support module reports what happened (for now: failures) through its `onEvent` prop.
 * A real cabinet would forward these to analytics; the demo only keeps the latest ones, so
 * nothing is logged. Listeners do not need this: the module also dispatches every event as
 * a bubbling `seller-support:event` DOM event from its element.
 */
const capacity = 50;
const recent: ModuleEvent[] = [];

export function recordModuleEvent(event: ModuleEvent): void {
  recent.push(event);
  if (recent.length > capacity) recent.shift();
}

export function recentModuleEvents(): readonly ModuleEvent[] {
  return [...recent];
}
