/**
 * A running server that claims to offer the live stream (`GET /events` of the seller API and of
 * the desk's API, `@seller-support/contract`'s schemas/live.ts) beside the APIs that make its
 * changes. The suite makes every change through those APIs, so a target gives base URLs and
 * tokens only.
 */
export interface LiveConformanceTarget {
  /** The seller API's absolute URL (no trailing slash) and two sellers' tokens. */
  readonly seller: {
    readonly apiBaseUrl: string;
    readonly token: string;
    readonly otherToken: string;
    /** A seller token the server refuses, when it refuses any (the mocks take every token). */
    readonly rejectedToken?: string;
  };
  /** The desk's API's absolute URL and a moderator's token. */
  readonly desk: { readonly baseUrl: string; readonly token: string };
  /** The `heartbeatSeconds` the target was started with (small, so the suite sees a keep-alive). */
  readonly heartbeatSeconds: number;
  /**
   * How many stream subscriptions the server holds now, when it can tell: the leak test opens and
   * drops streams and waits for this to come back. Left out, that test is skipped.
   */
  listenerCount?(): number;
  /** Stops the target and frees what it holds (open streams end). */
  close(): Promise<void>;
}

/** The same server without the stream (the service's `LIVE=off`): `/events` is a 404, polling works. */
export interface LiveOffTarget {
  readonly seller: { readonly apiBaseUrl: string; readonly token: string };
  readonly desk: { readonly baseUrl: string; readonly token: string };
  close(): Promise<void>;
}

export interface LiveConformanceTargets {
  /** Starts a fresh target; the suite calls it once per test file. */
  start(): Promise<LiveConformanceTarget>;
  /** Starts one without the stream, when the target can; the test of polling without it is skipped otherwise. */
  startWithoutLive?(): Promise<LiveOffTarget>;
}
