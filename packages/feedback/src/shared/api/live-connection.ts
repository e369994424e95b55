import { apiPaths } from '@seller-support/contract';
// Types only: the client itself is imported on demand below, so it stays out of every first-load chunk.
import type { LiveStream, LiveStreamState, ReceivedLiveTicketChange } from '@seller-support/contract/live';

/** How long changes are gathered before what they touch is refetched: a burst is one refetch. */
export const liveCoalesceMs = 100;

/** One user of a page's live stream: a mount (the application, a parcel) or a host page's badge. */
export interface LiveSubscriber {
  /** Asked on every (re)connect; the newest subscriber's getter is the one asked. */
  getAccessToken: () => string | Promise<string>;
  onChange: (change: ReceivedLiveTicketChange) => void;
  onReset: () => void;
  onState: (state: LiveStreamState) => void;
}

interface SharedStream {
  subscribers: Set<LiveSubscriber>;
  stream: LiveStream | null;
  state: LiveStreamState;
  closed: boolean;
  onVisibility: () => void;
}

// One stream per page and API: every mount on it shares it, the last one to go closes it.
const streams = new Map<string, SharedStream>();

function eventsUrl(apiBaseUrl: string): string {
  return `${apiBaseUrl.replace(/\/+$/, '')}${apiPaths.events}`;
}

function open(key: string): SharedStream {
  const shared: SharedStream = {
    subscribers: new Set(),
    stream: null,
    // Polling as without a stream until it says `ready`.
    state: 'connecting',
    closed: false,
    // A hidden page keeps nothing open; shown again, it resumes from the last id.
    onVisibility: () => {
      if (document.visibilityState === 'hidden') shared.stream?.pause();
      else shared.stream?.resume();
    },
  };
  const setState = (state: LiveStreamState) => {
    shared.state = state;
    for (const subscriber of shared.subscribers) subscriber.onState(state);
  };
  document.addEventListener('visibilitychange', shared.onVisibility);
  import('@seller-support/contract/live')
    .then(({ openLiveStream, receivedLiveTicketChangeSchema }) => {
      if (shared.closed) return;
      shared.stream = openLiveStream({
        url: eventsUrl(key),
        getAccessToken: () => {
          const newest = [...shared.subscribers].at(-1);
          return newest === undefined ? '' : newest.getAccessToken();
        },
        changeSchema: receivedLiveTicketChangeSchema,
        onChange: (change) => {
          for (const subscriber of shared.subscribers) subscriber.onChange(change);
        },
        onReset: () => {
          for (const subscriber of shared.subscribers) subscriber.onReset();
        },
        onStateChange: setState,
      });
      if (document.visibilityState === 'hidden') shared.stream.pause();
    })
    // The client's code did not arrive (a deploy replaced it, the network is down): polling goes on.
    .catch(() => {
      if (!shared.closed) setState('unavailable');
    });
  return shared;
}

/**
 * Follows the live stream of the API at `apiBaseUrl`, opening it for the first subscriber on the
 * page and closing it (connection, timers, listener) when the last one leaves. Returns the way to
 * leave. The subscriber hears the current state at once.
 */
export function subscribeLiveUpdates(apiBaseUrl: string, subscriber: LiveSubscriber): () => void {
  const key = apiBaseUrl.replace(/\/+$/, '');
  let shared = streams.get(key);
  if (shared === undefined) {
    shared = open(key);
    streams.set(key, shared);
  }
  const current = shared;
  current.subscribers.add(subscriber);
  subscriber.onState(current.state);
  return () => {
    if (!current.subscribers.delete(subscriber) || current.subscribers.size > 0) return;
    current.closed = true;
    current.stream?.close();
    document.removeEventListener('visibilitychange', current.onVisibility);
    if (streams.get(key) === current) streams.delete(key);
  };
}
