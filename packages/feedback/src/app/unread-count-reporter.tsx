import { useEffect } from 'react';
import { useUnreadCount } from '../features/requests/api/unread-count';
import { useEmitModuleEvent } from './module-events';

/**
 * Tells the host how many requests have news for the seller: once the number is first known and
 * whenever it changes (not on every poll that finds the same number), for the cabinet's badge.
 */
export function UnreadCountReporter() {
  const count = useUnreadCount();
  const emit = useEmitModuleEvent();
  useEffect(() => {
    if (count !== undefined) emit({ type: 'unread-count-changed', count });
  }, [count, emit]);
  return null;
}
