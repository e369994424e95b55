import { FetchTransport, listUnreadOver, UnauthorizedError } from '@seller-support/contract';
import { countUnread, unreadRefreshMs } from '../features/requests/api/count-unread';
import { liveCoalesceMs, subscribeLiveUpdates } from '../shared/api/live-connection';
import { onSignOut } from '../shared/drafts/seller-data';
import { backoffDelay } from '../shared/lib/backoff';
import { createSessionExpiry } from './session-expiry';

export interface UnreadWatchOptions {
  /** The support API, as for the module: an absolute URL or an absolute path. */
  apiBaseUrl: string;
  /** Called before every request; the token is never kept. */
  getAccessToken: () => string | Promise<string>;
  /** The number of the seller's requests with news: once first known, then whenever it changes. */
  onChange: (count: number) => void;
  /** The API refused the token: once per burst of refusals, as the module reports it. */
  onSessionExpired?: (() => void) | undefined;
}

function requireFunction(value: unknown, name: string): void {
  if (typeof value !== 'function') throw new TypeError(`watchUnreadCount: ${name} must be a function`);
}

/**
 * The transport alone, not the whole client: a host page's badge carries only what one endpoint
 * reads. It checks the base URL before anything is asked; its error names its own option
 * (`baseUrl`), which is not the one the host wrote.
 */
function transportFor({ apiBaseUrl, getAccessToken }: UnreadWatchOptions): FetchTransport {
  try {
    return new FetchTransport({ baseUrl: apiBaseUrl, getAccessToken });
  } catch (error) {
    throw new TypeError(
      `watchUnreadCount: apiBaseUrl must be an http(s) URL or a path starting with "/", without query or fragment (such as "/api/seller-support/v1"): ${JSON.stringify(apiBaseUrl)}`,
      { cause: error },
    );
  }
}

/**
 * The seller's unread count for a host page the module is not mounted on (the cabinet's badge on
 * "Support" everywhere): asks the API at once, then every minute while the page is visible (a
 * hidden tab asks again when it is shown), waiting longer while requests fail. Returns the way
 * to stop, which also cancels a request in flight; `clearSellerData()` (the seller signed out)
 * stops it too. Loads no React and no screens.
 */
export function watchUnreadCount(options: UnreadWatchOptions): () => void {
  requireFunction(options.getAccessToken, 'getAccessToken');
  requireFunction(options.onChange, 'onChange');
  if (options.onSessionExpired !== undefined) requireFunction(options.onSessionExpired, 'onSessionExpired');
  const http = transportFor(options);
  const session = createSessionExpiry({ onExpired: () => options.onSessionExpired?.() });

  let stopped = false;
  let last: number | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  // The interval passed while the page was hidden: ask as soon as it is shown.
  let dueWhileHidden = false;

  // As in the module: a refused token is asked for afresh once before the session counts as lost.
  const count = async (signal: AbortSignal) => {
    try {
      return await countUnread((query) => listUnreadOver(http, query, { signal }));
    } catch (error) {
      if (!(error instanceof UnauthorizedError)) throw error;
      return await countUnread((query) => listUnreadOver(http, query, { signal }));
    }
  };

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void ask(), delayMs);
  };

  const ask = async () => {
    if (stopped || inFlight !== null) return;
    if (document.visibilityState === 'hidden') {
      dueWhileHidden = true;
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    try {
      const unread = await count(controller.signal);
      // Stopped meanwhile: the answer goes nowhere.
      if (controller.signal.aborted) return;
      failures = 0;
      session.succeeded();
      if (unread !== last) {
        last = unread;
        options.onChange(unread);
      }
      schedule(unreadRefreshMs);
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof UnauthorizedError) session.refused();
      failures += 1;
      // The module's one back-off rule, as for the unread count inside the module.
      schedule(backoffDelay(unreadRefreshMs, failures));
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  };

  const onVisibility = () => {
    if (document.visibilityState !== 'visible' || !dueWhileHidden) return;
    dueWhileHidden = false;
    void ask();
  };
  document.addEventListener('visibilitychange', onVisibility);
  void ask();

  // The page's live stream (shared with a module mounted on it): a change asks at once, a burst once.
  const stopLive = subscribeLiveUpdates(options.apiBaseUrl, {
    getAccessToken: options.getAccessToken,
    onChange: () => {
      if (!stopped) schedule(liveCoalesceMs);
    },
    onReset: () => {
      if (!stopped) schedule(liveCoalesceMs);
    },
    onState: () => undefined,
  });

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    inFlight?.abort();
    document.removeEventListener('visibilitychange', onVisibility);
    stopLive();
    stopOnSignOut();
  };
  // The seller signed out: no more asking with whoever's token comes next.
  const stopOnSignOut = onSignOut(stop);
  return stop;
}
