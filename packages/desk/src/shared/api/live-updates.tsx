import type { QueryClient } from '@tanstack/react-query';
import { createContext, use, useEffect, useRef, useState, type ReactNode } from 'react';
// Types only: the client is imported after mount, so it stays out of the desk's first load.
import type { LiveStream } from '@seller-support/contract/live';
import { deskApiPaths, receivedDeskLiveTicketChangeSchema } from '@seller-support/contract/desk';
import { deskKeys } from './desk-keys';

/** While the stream is up, the desk polls only as a safety net at this pace. */
export const deskLiveSafetyNetMs = 60_000;

/** How long changes are gathered before what they touch is refetched: a burst is one refetch. */
const coalesceMs = 100;

const DeskLiveContext = createContext(false);

/** Whether the desk's live stream is up: the screens then poll at {@link deskLiveSafetyNetMs}. */
export function useDeskLive(): boolean {
  return use(DeskLiveContext);
}

/** The pace to poll at: `baseMs` as always, or the safety net's while the live stream is up. */
export function useDeskPollMs(baseMs: number): number {
  return useDeskLive() ? Math.max(baseMs, deskLiveSafetyNetMs) : baseMs;
}

export interface DeskLiveUpdatesProps {
  queryClient: QueryClient;
  apiBaseUrl: string;
  getAccessToken: () => string | Promise<string>;
  fetch?: typeof globalThis.fetch | undefined;
  children: ReactNode;
}

/**
 * Follows the desk's live stream (`GET /events` of the desk's API) from mount to unmount: a
 * change of a ticket refetches it and the queue, a reset refetches everything. Without the
 * stream (or while it reconnects) the screens poll as before. A hidden page keeps nothing open.
 */
export function DeskLiveUpdates({
  queryClient,
  apiBaseUrl,
  getAccessToken,
  fetch,
  children,
}: DeskLiveUpdatesProps) {
  const [live, setLive] = useState(false);
  // The newest getter, asked on every (re)connect, without reopening the stream when it changes.
  const tokenRef = useRef(getAccessToken);
  useEffect(() => {
    tokenRef.current = getAccessToken;
  }, [getAccessToken]);

  useEffect(() => {
    let stream: LiveStream | null = null;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = new Set<string>();
    let reset = false;
    let previous: string | null = null;
    const flush = () => {
      timer = undefined;
      if (reset) {
        reset = false;
        changed.clear();
        void queryClient.invalidateQueries({ queryKey: deskKeys.all });
        return;
      }
      for (const id of changed) void queryClient.invalidateQueries({ queryKey: deskKeys.ticket(id) });
      changed.clear();
      void queryClient.invalidateQueries({ queryKey: deskKeys.queues() });
    };
    const soon = () => {
      timer ??= setTimeout(flush, coalesceMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stream?.pause();
      else stream?.resume();
    };
    document.addEventListener('visibilitychange', onVisibility);
    import('@seller-support/contract/live')
      .then(({ openLiveStream }) => {
        if (closed) return;
        stream = openLiveStream({
          url: `${apiBaseUrl.replace(/\/+$/, '')}${deskApiPaths.events}`,
          getAccessToken: () => tokenRef.current(),
          changeSchema: receivedDeskLiveTicketChangeSchema,
          fetch,
          onChange: (change) => {
            changed.add(change.ticketId);
            soon();
          },
          onReset: () => {
            reset = true;
            soon();
          },
          onStateChange: (state) => {
            // A stream from now says nothing of what changed before its `ready`: read that again.
            if (state === 'live' && (previous === 'connecting' || previous === 'unavailable')) {
              const readyAt = Date.now();
              void queryClient.invalidateQueries({
                queryKey: deskKeys.all,
                predicate: (query) => query.state.dataUpdatedAt !== 0 && query.state.dataUpdatedAt < readyAt,
              });
            }
            previous = state;
            setLive(state === 'live');
          },
        });
        if (document.visibilityState === 'hidden') stream.pause();
      })
      // The client's code did not arrive: polling goes on.
      .catch(() => undefined);
    return () => {
      closed = true;
      stream?.close();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      setLive(false);
    };
  }, [queryClient, apiBaseUrl, fetch]);

  return <DeskLiveContext value={live}>{children}</DeskLiveContext>;
}
