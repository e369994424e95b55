import { showSupportUnreadCount } from './shell';
import type { ModuleEvent } from './support-module';

/**
 * What the cabinet does with the support module's events (its `onEvent` prop, for the
 * application and the parcel alike): it shows the unread count on the navigation and keeps the
 * latest events. A real cabinet would forward them to analytics; the demo logs nothing. Listeners
 * do not need this: the module also dispatches every event as a bubbling `seller-support:event`
 * DOM event from its element.
 */
const capacity = 50;
const recent: ModuleEvent[] = [];

export function recordModuleEvent(event: ModuleEvent): void {
  if (event.type === 'unread-count-changed') showSupportUnreadCount(event.count);
  recent.push(event);
  if (recent.length > capacity) recent.shift();
}

export function recentModuleEvents(): readonly ModuleEvent[] {
  return [...recent];
}
