import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { liveCoalesceMs, subscribeLiveUpdates } from './live-connection';
import { ticketKeys } from './ticket-keys';

/**
 * While the live stream is up, polls only as a safety net at this pace: the stream says what
 * changed. Without it (no stream, or one reconnecting), polling is as it always was.
 */
export const liveSafetyNetMs = 60_000;

interface LiveStatus {
  live: boolean;
  listeners: Set<() => void>;
}

// Per mount's cache: each mount has its own QueryClient, all of them share one stream.
const statuses = new WeakMap<QueryClient, LiveStatus>();

function statusOf(queryClient: QueryClient): LiveStatus {
  let status = statuses.get(queryClient);
  if (status === undefined) {
    status = { live: false, listeners: new Set() };
    statuses.set(queryClient, status);
  }
  return status;
}

function setLive(status: LiveStatus, live: boolean): void {
  if (status.live === live) return;
  status.live = live;
  for (const listener of status.listeners) listener();
}

/**
 * Keeps one mount's cache in step with the page's live stream: a change of a ticket refetches
 * that ticket (its new events only), the lists and the unread count; a reset refetches
 * everything. Returns the way to stop (the mount unmounts), which leaves no timer behind.
 */
export function connectLiveUpdates(
  queryClient: QueryClient,
  apiBaseUrl: string,
  getAccessToken: () => string | Promise<string>,
): () => void {
  const status = statusOf(queryClient);
  const changed = new Set<string>();
  let reset = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let previous: string | null = null;

  const flush = () => {
    timer = undefined;
    if (reset) {
      reset = false;
      changed.clear();
      void queryClient.invalidateQueries();
      return;
    }
    for (const ticketId of changed)
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
    changed.clear();
    void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: ticketKeys.unreadCount() });
  };
  const soon = () => {
    timer ??= setTimeout(flush, liveCoalesceMs);
  };

  const unsubscribe = subscribeLiveUpdates(apiBaseUrl, {
    getAccessToken,
    onChange: (change) => {
      changed.add(change.ticketId);
      soon();
    },
    onReset: () => {
      reset = true;
      soon();
    },
    onState: (state) => {
      // A stream that starts from now (not resumed from an id) says nothing of what changed
      // between the screen's last answer and its `ready`: what was read before is read again.
      if (state === 'live' && (previous === 'connecting' || previous === 'unavailable')) {
        const readyAt = Date.now();
        void queryClient.invalidateQueries({
          queryKey: ticketKeys.all,
          predicate: (query) => query.state.dataUpdatedAt !== 0 && query.state.dataUpdatedAt < readyAt,
        });
      }
      previous = state;
      setLive(status, state === 'live');
    },
  });

  return () => {
    unsubscribe();
    clearTimeout(timer);
    timer = undefined;
    setLive(status, false);
  };
}

/** The pace to poll at: `baseMs` as always, or the safety net's while the live stream is up. */
export function useLivePollMs(baseMs: number): number {
  const status = statusOf(useQueryClient());
  const live = useSyncExternalStore(
    (listener) => {
      status.listeners.add(listener);
      return () => status.listeners.delete(listener);
    },
    () => status.live,
  );
  return live ? Math.max(baseMs, liveSafetyNetMs) : baseMs;
}
