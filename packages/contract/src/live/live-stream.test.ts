import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { receivedDeskLiveTicketChangeSchema } from '../desk/schemas';
import { receivedLiveTicketChangeSchema } from './index';
import { openLiveStream, type LiveStream, type LiveStreamState } from './live-stream';

const url = 'https://cabinet.example.test/api/seller-support/v1/events';
const encoder = new TextEncoder();

/** One request the fake server got, with the stream it answers on. */
interface Connection {
  headers: Headers;
  signal: AbortSignal | undefined;
  send(text: string): void;
  end(): void;
  fail(): void;
}

/** A server behind a fake `fetch`: each request is answered by `answer`, by default an open stream. */
function fakeServer(answer?: (index: number) => Response | 'unreachable' | null) {
  const connections: Connection[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>((_input, init) => {
    const index = connections.length;
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const connection: Connection = {
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
      send: (text) => controller?.enqueue(encoder.encode(text)),
      end: () => controller?.close(),
      fail: () => controller?.error(new TypeError('network error')),
    };
    connections.push(connection);
    init?.signal?.addEventListener('abort', () => {
      try {
        controller?.error(new DOMException('aborted', 'AbortError'));
      } catch {
        // already closed
      }
    });
    const custom = answer?.(index);
    if (custom === 'unreachable') return Promise.reject(new TypeError('Failed to fetch'));
    if (custom) return Promise.resolve(custom);
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } }),
    );
  });
  return { fetch, connections };
}

const ready = (heartbeatSeconds = 15) => `event: ready\ndata: {"heartbeatSeconds":${heartbeatSeconds}}\n\n`;
const ticket = (id: string, ticketId: string) =>
  `event: ticket\nid: ${id}\ndata: {"ticketId":"${ticketId}","eventId":"e-${id}","kind":"message","at":"2026-03-02T10:00:00.000Z"}\n\n`;

/** Lets the stream's promise chains run (reads, parsing) without moving the fake clock. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
}

let stream: LiveStream | undefined;
let tokens = 0;
const getAccessToken = () => `token-${++tokens}`;

function open(fetch: typeof globalThis.fetch, extra: { lastEventId?: string; random?: () => number } = {}) {
  const changes: string[] = [];
  const states: LiveStreamState[] = [];
  const resets = vi.fn();
  stream = openLiveStream({
    url,
    getAccessToken,
    changeSchema: receivedLiveTicketChangeSchema,
    onChange: (change) => changes.push(change.ticketId),
    onReset: resets,
    onStateChange: (state) => states.push(state),
    fetch,
    random: extra.random ?? (() => 0.5),
    lastEventId: extra.lastEventId,
  });
  return { stream, changes, states, resets };
}

beforeEach(() => {
  vi.useFakeTimers();
  tokens = 0;
});

afterEach(() => {
  stream?.close();
  stream = undefined;
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('openLiveStream', () => {
  it('connects with a fresh bearer token, asks for the event stream and goes live on ready', async () => {
    const server = fakeServer();
    const { changes, states } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    const first = server.connections[0];
    expect(first?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(first?.headers.get('Accept')).toBe('text/event-stream');
    expect(first?.headers.has('Last-Event-ID')).toBe(false);
    first?.send(ready());
    await settle();
    expect(states).toEqual(['connecting', 'live']);
    // A message split across chunks is still one message.
    const text = ticket('7', 't-1');
    first?.send(text.slice(0, 20));
    first?.send(text.slice(20));
    await settle();
    expect(changes).toEqual(['t-1']);
  });

  it('drops a message it cannot read and keeps going, its id included', async () => {
    const server = fakeServer();
    const { changes } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(
      ready() +
        'event: ticket\nid: 3\ndata: {not json\n\n' +
        'event: ticket\nid: 4\ndata: {"eventId":"e"}\n\n' +
        ticket('5', 't-2'),
    );
    await settle();
    expect(changes).toEqual(['t-2']);
    expect(stream?.lastEventId).toBe('5');
  });

  it('reads the desk stream with the desk schema', async () => {
    const server = fakeServer();
    const seen: (string | null)[] = [];
    stream = openLiveStream({
      url,
      getAccessToken,
      changeSchema: receivedDeskLiveTicketChangeSchema,
      onChange: (change) => seen.push(change.visibility),
      onReset: () => undefined,
      fetch: server.fetch,
    });
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(
      ready() +
        'event: ticket\nid: 1\ndata: {"ticketId":"t-1","eventId":"e","kind":"note","at":"x","visibility":"internal"}\n\n',
    );
    await settle();
    expect(seen).toEqual(['internal']);
  });

  it('resumes a dropped stream from the last id after a jittered backoff, with a fresh token', async () => {
    const server = fakeServer();
    const { changes, states } = open(server.fetch, { random: () => 0 });
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready() + ticket('10', 't-1') + ticket('11', 't-2'));
    await settle();
    expect(changes).toHaveLength(2);
    server.connections[0]?.fail();
    await settle();
    expect(states.at(-1)).toBe('reconnecting');
    // The first delay is 1 s: not before.
    await vi.advanceTimersByTimeAsync(999);
    expect(server.connections).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(server.connections).toHaveLength(2);
    const second = server.connections[1];
    expect(second?.headers.get('Last-Event-ID')).toBe('11');
    expect(second?.headers.get('Authorization')).toBe('Bearer token-2');
    second?.send(ready() + ticket('12', 't-3'));
    await settle();
    expect(changes).toEqual(['t-1', 't-2', 't-3']);
    expect(states.at(-1)).toBe('live');
  });

  it('backs off longer on every failed attempt, up to 30 s', async () => {
    const server = fakeServer((index) => (index === 0 ? null : 'unreachable'));
    const { states } = open(server.fetch, { random: () => 0.999 });
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready());
    await settle();
    expect(states.at(-1)).toBe('live');
    server.connections[0]?.end();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const before = server.connections.length;
      let waited = 0;
      while (server.connections.length === before) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(states.at(-1)).toBe('reconnecting');
  });

  it('takes a connection that says nothing for twice the heartbeat and 5 s as dead', async () => {
    const server = fakeServer();
    const { states } = open(server.fetch, { random: () => 0 });
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready(10));
    await settle();
    expect(states.at(-1)).toBe('live');
    await vi.advanceTimersByTimeAsync(20_000);
    // A keep-alive comment is a sign of life.
    server.connections[0]?.send(': keep-alive\n\n');
    await vi.advanceTimersByTimeAsync(24_000);
    expect(states.at(-1)).toBe('live');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(states.at(-1)).toBe('reconnecting');
    expect(server.connections[0]?.signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.connections).toHaveLength(2);
  });

  it.each([
    [
      '404',
      () => new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    ],
    [
      'another media type',
      () => new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ],
  ])('is unavailable on %s and asks again after 5 minutes', async (_name, answer) => {
    const server = fakeServer(answer);
    const { states } = open(server.fetch);
    await settle();
    expect(states).toEqual(['connecting', 'unavailable']);
    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1);
    expect(server.connections).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(server.connections).toHaveLength(2);
    expect(states).toEqual(['connecting', 'unavailable', 'connecting', 'unavailable']);
  });

  it('is unavailable when a 200 stream sends no ready within 5 s (a buffering proxy)', async () => {
    const server = fakeServer();
    const { states } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(states).toEqual(['connecting']);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(states).toEqual(['connecting', 'unavailable']);
    expect(server.connections[0]?.signal?.aborted).toBe(true);
  });

  it('retries a 401 once at once with a fresh token, then is unavailable', async () => {
    const server = fakeServer(() => new Response(null, { status: 401 }));
    const { states } = open(server.fetch);
    await settle();
    expect(states).toEqual(['connecting', 'unavailable']);
    expect(server.connections.map((c) => c.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('goes live after a 401 when the fresh token is taken', async () => {
    const server = fakeServer((index) => (index === 0 ? new Response(null, { status: 401 }) : null));
    const { states } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(2);
    server.connections[1]?.send(ready());
    await settle();
    expect(states).toEqual(['connecting', 'live']);
  });

  it('refetches everything on reset and resumes from the reset id', async () => {
    const server = fakeServer();
    const { resets } = open(server.fetch, { lastEventId: 'old' });
    await settle();
    expect(server.connections).toHaveLength(1);
    expect(server.connections[0]?.headers.get('Last-Event-ID')).toBe('old');
    server.connections[0]?.send(ready() + 'event: reset\nid: 40\ndata: {}\n\n');
    await settle();
    expect(resets).toHaveBeenCalledTimes(1);
    expect(stream?.lastEventId).toBe('40');
  });

  it('pauses (nothing open, no timer) and resumes from the last id', async () => {
    const server = fakeServer();
    const { states, changes } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready() + ticket('3', 't-1'));
    await settle();
    expect(changes).toEqual(['t-1']);
    stream?.pause();
    expect(server.connections[0]?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    stream?.resume();
    await settle();
    expect(server.connections).toHaveLength(2);
    expect(server.connections[1]?.headers.get('Last-Event-ID')).toBe('3');
    server.connections[1]?.send(ready());
    await settle();
    expect(states).toEqual(['connecting', 'live', 'paused', 'reconnecting', 'live']);
  });

  it('close aborts the connection and leaves no timer, whatever it was waiting for', async () => {
    const server = fakeServer();
    const { states, changes } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready());
    await settle();
    expect(states.at(-1)).toBe('live');
    stream?.close();
    expect(server.connections[0]?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.connections).toHaveLength(1);
    expect(changes).toEqual([]);
    expect(states.at(-1)).toBe('closed');
  });

  it('close while waiting to reconnect leaves no timer', async () => {
    const server = fakeServer();
    const { states } = open(server.fetch);
    await settle();
    expect(server.connections).toHaveLength(1);
    server.connections[0]?.send(ready());
    await settle();
    expect(states.at(-1)).toBe('live');
    server.connections[0]?.end();
    await settle();
    expect(states.at(-1)).toBe('reconnecting');
    expect(vi.getTimerCount()).toBe(1);
    stream?.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});
