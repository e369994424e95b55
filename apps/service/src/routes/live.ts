import { liveReadySchema, liveStreamMediaType } from '@seller-support/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { isFor, type LiveAudience, type LiveHub, type LiveRow } from '../live/live-hub';

/** What a service with the stream on gives its APIs. */
export interface LiveOptions {
  hub: LiveHub;
  /** The longest quiet gap between two writes of a stream. */
  heartbeatSeconds: number;
  /** More changes than this since a client's `Last-Event-ID` and it gets a reset instead. */
  replayLimit: number;
}

const cursorSchema = z.object({ a: z.string(), s: z.int().check(z.nonnegative()) });

function audienceKey(audience: LiveAudience): string {
  return audience.kind === 'desk' ? 'desk' : `seller:${audience.sellerId}`;
}

/** The opaque `id` of a stream message: whose stream, and the `seq` it stands after. */
export function encodeLiveCursor(audience: LiveAudience, seq: number): string {
  return Buffer.from(JSON.stringify({ a: audienceKey(audience), s: seq })).toString('base64url');
}

/** The `seq` a `Last-Event-ID` stands after, or null when it is not one of this caller's. */
export function decodeLiveCursor(audience: LiveAudience, cursor: string): number | null {
  if (!/^[\w-]{1,200}$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const result = z.safeParse(cursorSchema, parsed);
  return result.success && result.data.a === audienceKey(audience) ? result.data.s : null;
}

/**
 * `GET <path>`: the caller's live stream (the protocol of `@seller-support/contract`'s live.ts).
 * Subscribes first and buffers, replays from `Last-Event-ID`, then flushes what came meanwhile
 * past the last replayed `seq`: no gap and nothing twice between replay and live. Registered in
 * the API's scope, so the bearer check and the rate limit (one read) come first.
 */
export function liveRoute(
  app: FastifyInstance,
  path: string,
  live: LiveOptions,
  audienceOf: (request: FastifyRequest) => LiveAudience,
  dataOf: (row: LiveRow) => unknown,
): void {
  const { hub, heartbeatSeconds, replayLimit } = live;
  app.get(path, (request, reply) => {
    const audience = audienceOf(request);
    const given = request.headers['last-event-id'];
    reply.hijack();
    const raw = reply.raw;
    // What the scope's hooks set (CORS) goes out too: the reply is written by hand.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'content-type': `${liveStreamMediaType}; charset=utf-8`,
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    const write = (text: string) => {
      if (!raw.writableEnded && !raw.destroyed) raw.write(text);
    };
    const message = (event: string, data: unknown, id?: string) =>
      write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

    message('ready', z.parse(liveReadySchema, { heartbeatSeconds }));
    let lastSent = hub.head;
    let replaying = true;
    const buffered: LiveRow[] = [];
    const send = (rows: readonly LiveRow[]) => {
      for (const row of rows) {
        if (row.seq <= lastSent || !isFor(audience, row)) continue;
        lastSent = row.seq;
        message('ticket', dataOf(row), encodeLiveCursor(audience, row.seq));
      }
    };
    const unsubscribe = hub.subscribe((rows) => {
      if (replaying) buffered.push(...rows);
      else send(rows);
    });
    const heartbeat = setInterval(() => write(': keep-alive\n\n'), heartbeatSeconds * 1000);
    const forget = hub.track({ end: () => raw.end() });
    raw.on('close', () => {
      unsubscribe();
      clearInterval(heartbeat);
      forget();
    });

    const upTo = hub.head;
    const after = typeof given === 'string' ? decodeLiveCursor(audience, given) : undefined;
    const replay = async () => {
      if (after === undefined) return;
      const from = after === null || after > upTo ? null : after;
      const rows = from === null ? null : await hub.replay(audience, from, upTo, replayLimit + 1);
      if (from === null || rows === null || rows.length > replayLimit) {
        message('reset', {}, encodeLiveCursor(audience, upTo));
        lastSent = upTo;
        return;
      }
      lastSent = from;
      send(rows);
      lastSent = Math.max(lastSent, upTo);
    };
    replay().then(
      () => {
        replaying = false;
        send(buffered.splice(0));
      },
      (error: unknown) => {
        request.log.error({ err: error }, 'the live stream could not replay');
        raw.destroy();
      },
    );
  });
}
