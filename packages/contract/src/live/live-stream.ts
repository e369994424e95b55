import { createParser, type EventSourceMessage } from 'eventsource-parser';
import * as z from 'zod/mini';
import { liveStreamMediaType, receivedLiveReadySchema } from '../schemas/live';

/**
 * Where a live stream stands, as the caller sees it:
 * - `connecting`: discovering whether the server offers the stream (the first attempt, or a new
 *   discovery after a while of `unavailable`);
 * - `live`: the server said `ready`, changes arrive as they happen;
 * - `reconnecting`: a live stream dropped (or went quiet past its heartbeat) and is being resumed;
 * - `unavailable`: the server has no stream (or a proxy buffers it): the caller polls;
 * - `paused`: the caller paused it (a hidden page), nothing is open;
 * - `closed`: closed for good.
 * Anything but `live` means the caller keeps polling as it does without a stream.
 */
export type LiveStreamState = 'connecting' | 'live' | 'reconnecting' | 'unavailable' | 'paused' | 'closed';

/** The timings of {@link openLiveStream}, in milliseconds; tests shorten them. */
export interface LiveStreamTimings {
  /** How long a 200 answer may take to say `ready` before the stream is taken as absent. */
  readyTimeoutMs: number;
  /** The first reconnect delay, doubled on every failed attempt… */
  minBackoffMs: number;
  /** …up to this. */
  maxBackoffMs: number;
  /** After `unavailable`, when to ask again whether the server offers the stream. */
  rediscoverMs: number;
  /** Added to twice the heartbeat: the silence after which a connection is taken as dead. */
  deadGraceMs: number;
}

/** The defaults of {@link LiveStreamTimings}. */
export const defaultLiveStreamTimings: LiveStreamTimings = {
  readyTimeoutMs: 5_000,
  minBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  rediscoverMs: 5 * 60_000,
  deadGraceMs: 5_000,
};

/** Options of {@link openLiveStream}. */
export interface LiveStreamOptions<S extends z.ZodMiniType> {
  /** The stream's absolute URL or absolute path (`<baseUrl>/events`). */
  url: string;
  /** Asked on every (re)connect, so a resumed stream never carries an expired token. */
  getAccessToken: () => string | Promise<string>;
  /** How `event: ticket` data is read (one of the contract's `received…` schemas). */
  changeSchema: S;
  /** A change of one ticket; `id` is the stream's id of it. */
  onChange: (change: z.output<S>) => void;
  /** The server cannot replay what was missed: refetch everything shown. */
  onReset: () => void;
  onStateChange?: ((state: LiveStreamState) => void) | undefined;
  /** Resume after this id (a stream reopened by a new owner); by default from now. */
  lastEventId?: string | undefined;
  /** Defaults to the global `fetch`, looked up at call time so that interceptors installed later (msw) apply. */
  fetch?: typeof fetch | undefined;
  timings?: Partial<LiveStreamTimings> | undefined;
  /** In [0, 1), for the backoff's jitter; defaults to `Math.random`. */
  random?: (() => number) | undefined;
}

/** An open live stream: see {@link openLiveStream}. */
export interface LiveStream {
  readonly state: LiveStreamState;
  /** The last id received (sent as `Last-Event-ID` on resume). */
  readonly lastEventId: string | undefined;
  /** Closes the connection and every timer (a hidden page); {@link resume} picks up from the last id. */
  pause(): void;
  /** Reconnects a paused stream from its last id; does nothing otherwise. */
  resume(): void;
  /** Closes for good: the connection is aborted and no timer is left. */
  close(): void;
}

/** How one attempt ended, to decide what comes next. */
type AttemptEnd =
  | { kind: 'dropped' }
  | { kind: 'absent' }
  | { kind: 'unauthorized' }
  | { kind: 'throttled'; delayMs: number | null }
  | { kind: 'stopped' };

const jsonSchema = z.unknown();

function parseJson(text: string): unknown {
  try {
    return jsonSchema.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function isAborted(signal: AbortSignal): boolean {
  return signal.aborted;
}

function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * Opens the live stream of the contract's protocol (`schemas/live.ts`) over `fetch`: the bearer
 * token in a header (which `EventSource` cannot send), discovery with a fallback to polling,
 * resume from the last id with backoff and jitter, a dead-connection timer from the heartbeat the
 * server announces. It never throws and never rejects: every failure is a state.
 */
export function openLiveStream<S extends z.ZodMiniType>(options: LiveStreamOptions<S>): LiveStream {
  const timings: LiveStreamTimings = { ...defaultLiveStreamTimings, ...options.timings };
  const random = options.random ?? Math.random;
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));

  let state: LiveStreamState = 'connecting';
  let lastEventId = options.lastEventId;
  let attempt: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  // Whether this discovery reached `ready` once: a drop is then a reconnect, not an absent stream.
  let everReady = false;

  const setState = (next: LiveStreamState): void => {
    if (next === state) return;
    state = next;
    options.onStateChange?.(next);
  };

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const stopAttempt = (): void => {
    clearTimer();
    const current = attempt;
    attempt = null;
    current?.abort();
  };

  const schedule = (delayMs: number, then: () => void): void => {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      then();
    }, delayMs);
  };

  const backoffMs = (): number => {
    const ceiling = Math.min(timings.maxBackoffMs, timings.minBackoffMs * 2 ** failures);
    failures += 1;
    // Jitter in the upper half, so many pages dropped at once do not come back at once.
    return Math.max(timings.minBackoffMs, ceiling / 2 + (random() * ceiling) / 2);
  };

  const connect = (authRetried: boolean): void => {
    const controller = new AbortController();
    attempt = controller;
    void runAttempt(controller).then((end) => {
      if (attempt !== controller) return;
      attempt = null;
      clearTimer();
      switch (end.kind) {
        case 'stopped':
          return;
        case 'unauthorized':
          if (!authRetried) {
            connect(true);
            return;
          }
          becomeUnavailable();
          return;
        case 'absent':
          becomeUnavailable();
          return;
        case 'throttled':
          setState(everReady ? 'reconnecting' : 'unavailable');
          schedule(end.delayMs ?? backoffMs(), () => connect(false));
          return;
        case 'dropped':
          if (!everReady) {
            becomeUnavailable();
            return;
          }
          setState('reconnecting');
          schedule(backoffMs(), () => connect(false));
          return;
      }
    });
  };

  const becomeUnavailable = (): void => {
    everReady = false;
    failures = 0;
    setState('unavailable');
    schedule(timings.rediscoverMs, () => {
      setState('connecting');
      connect(false);
    });
  };

  async function runAttempt(controller: AbortController): Promise<AttemptEnd> {
    const { signal } = controller;
    let response: Response;
    try {
      const headers: Record<string, string> = {
        Accept: liveStreamMediaType,
        Authorization: `Bearer ${await options.getAccessToken()}`,
      };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      if (signal.aborted) return { kind: 'stopped' };
      response = await doFetch(options.url, { headers, signal, cache: 'no-store' });
    } catch {
      return signal.aborted ? { kind: 'stopped' } : { kind: 'dropped' };
    }
    // Read through a call: the checks above leave TypeScript sure it is still false after the await.
    if (isAborted(signal)) return { kind: 'stopped' };
    if (response.status === 401) return { kind: 'unauthorized' };
    if (response.status === 429 || response.status === 503) {
      return { kind: 'throttled', delayMs: retryAfterMs(response.headers.get('Retry-After')) };
    }
    const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (response.status !== 200 || mediaType !== liveStreamMediaType || response.body === null) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'absent' };
    }
    return readStream(controller, response.body);
  }

  async function readStream(
    controller: AbortController,
    body: ReadableStream<Uint8Array>,
  ): Promise<AttemptEnd> {
    let ready = false;
    let quietLimitMs = 0;
    // A holder, since the callbacks below set it while the loop reads it.
    const outcome: { end: AttemptEnd | null } = { end: null };
    const reader = body.getReader();
    const finish = (result: AttemptEnd): void => {
      outcome.end ??= result;
      // Aborting the request, not only the reader, so the browser lets the connection go.
      controller.abort();
      void reader.cancel().catch(() => undefined);
    };
    const watch = (): void => {
      if (ready) schedule(quietLimitMs, () => finish({ kind: 'dropped' }));
    };
    schedule(timings.readyTimeoutMs, () => finish({ kind: 'absent' }));

    const onEvent = (message: EventSourceMessage): void => {
      if (message.event === 'ready') {
        const read = receivedLiveReadySchema.safeParse(parseJson(message.data));
        const heartbeatSeconds = read.success ? read.data.heartbeatSeconds : 15;
        quietLimitMs = 2 * heartbeatSeconds * 1000 + timings.deadGraceMs;
        ready = true;
        everReady = true;
        failures = 0;
        watch();
        setState('live');
        return;
      }
      // The id moves on even for a message this client cannot read: that message is lost, not the stream.
      if (message.id !== undefined && message.id !== '') lastEventId = message.id;
      if (!ready) return;
      if (message.event === 'reset') {
        options.onReset();
        return;
      }
      if (message.event !== 'ticket') return;
      const change = options.changeSchema.safeParse(parseJson(message.data));
      if (change.success) options.onChange(change.data);
    };
    const parser = createParser({ onEvent });
    const decoder = new TextDecoder();
    const onAbort = (): void => finish({ kind: 'stopped' });
    controller.signal.addEventListener('abort', onAbort);
    try {
      while (outcome.end === null) {
        const chunk = await reader.read();
        if (chunk.done) break;
        if (attempt !== controller) return { kind: 'stopped' };
        watch();
        parser.feed(decoder.decode(chunk.value, { stream: true }));
      }
    } catch {
      // A broken connection reads as an error: the same as its end.
    } finally {
      controller.signal.removeEventListener('abort', onAbort);
    }
    return outcome.end ?? { kind: 'dropped' };
  }

  options.onStateChange?.(state);
  connect(false);

  return {
    get state() {
      return state;
    },
    get lastEventId() {
      return lastEventId;
    },
    pause() {
      if (state === 'closed' || state === 'paused') return;
      stopAttempt();
      setState('paused');
    },
    resume() {
      if (state !== 'paused') return;
      failures = 0;
      setState(everReady ? 'reconnecting' : 'connecting');
      connect(false);
    },
    close() {
      if (state === 'closed') return;
      stopAttempt();
      setState('closed');
    },
  };
}
