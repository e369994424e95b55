import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { encodeLiveCursor } from './routes/live';
import { jsonb } from './store/sql';
import './testing/provided-context';
import { startTestService, type TestService } from './testing/test-service';

describe('LIVE and LIVE_HEARTBEAT_SECONDS', () => {
  it('turn the stream on with a 15 s keep-alive by default, off with LIVE=off, and refuse a keep-alive past 120 s', () => {
    expect(loadConfig({}).live).toEqual({ heartbeatSeconds: 15 });
    expect(loadConfig({ LIVE_HEARTBEAT_SECONDS: '2' }).live).toEqual({ heartbeatSeconds: 2 });
    expect(loadConfig({ LIVE: 'off' }).live).toBeNull();
    expect(() => loadConfig({ LIVE_HEARTBEAT_SECONDS: '121' })).toThrow(/LIVE_HEARTBEAT_SECONDS/);
    expect(() => loadConfig({ LIVE: 'maybe' })).toThrow(/LIVE/);
  });
});

describe('closing the service with streams open', () => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });

  it('ends every stream, so close() does not wait for them, and leaves no subscription', async () => {
    service = await startTestService();
    const origin = await service.app.listen({ port: 0, host: '127.0.0.1' });
    const readers = await Promise.all(
      ['/api/seller-support/v1/events', '/api/desk/v1/events'].map(async (path, index) => {
        const response = await fetch(`${origin}${path}`, {
          headers: { Authorization: `Bearer ${index === 0 ? 'demo-token' : 'desk-token'}` },
        });
        expect(response.status).toBe(200);
        // nginx and its kin would otherwise hold the stream back in their buffers.
        expect(response.headers.get('x-accel-buffering')).toBe('no');
        expect(response.headers.get('cache-control')).toBe('no-store');
        const body = response.body;
        if (body === null) throw new Error('no body');
        const reader = body.getReader();
        const first = await reader.read();
        expect(new TextDecoder().decode(first.value)).toContain('event: ready');
        return reader;
      }),
    );
    expect(service.live?.listenerCount).toBe(2);
    await service.close();
    for (const reader of readers) {
      let done = false;
      while (!done) ({ done } = await reader.read());
      expect(done).toBe(true);
    }
    expect(service.live?.listenerCount).toBe(0);
  });
});

describe('a Last-Event-ID too far behind', () => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });

  it('is a reset to the head when more than 1000 changes would be replayed, and a replay at 1000', async () => {
    service = await startTestService();
    const hub = service.live;
    if (hub === null) throw new Error('the stream is on by default');
    const base = hub.head;
    const { db } = service.database;
    await db
      .insertInto('tickets')
      .values({
        id: 'T-900001',
        seller_id: 's-1042',
        number: 900001,
        topic: 'other',
        subject: 'Много событий',
        search: 'много событий',
        status: 'new',
        created_at: '2026-03-14T10:00:00.000Z',
        updated_at: '2026-03-14T10:00:00.000Z',
        assignee: null,
        expected_first_response_by: null,
        rating: null,
        request: jsonb({}),
        last_message: null,
      })
      .execute();
    const insertEvents = (from: number, count: number) =>
      db
        .insertInto('ticket_events')
        .values(
          Array.from({ length: count }, (_, index) => ({
            id: `e-bulk-${from + index}`,
            ticket_id: 'T-900001',
            at: '2026-03-14T10:00:00.000Z',
            kind: 'status',
            data: jsonb({}),
          })),
        )
        .execute();
    await insertEvents(0, 1001);
    await waitUntil(() => hub.head >= base + 1001);
    const seller = { kind: 'seller', sellerId: 's-1042' } as const;
    const read = async (after: number) => {
      const response = await service?.app.inject({
        method: 'GET',
        url: '/api/seller-support/v1/events',
        headers: { authorization: 'Bearer demo-token', 'last-event-id': encodeLiveCursor(seller, after) },
        payloadAsStream: true,
      });
      const stream = response?.stream();
      if (stream === undefined) throw new Error('no stream');
      let text = '';
      for await (const chunk of stream) {
        text += String(chunk);
        if (text.includes('event: reset') || text.includes('e-bulk-1000')) break;
      }
      stream.destroy();
      return text;
    };
    const tooFar = await read(base);
    expect(tooFar).toContain('event: reset');
    expect(tooFar).toContain(`id: ${encodeLiveCursor(seller, hub.head)}`);
    const justFar = await read(base + 1);
    expect(justFar).not.toContain('event: reset');
    expect(justFar).toContain('e-bulk-1000');
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > 10_000) throw new Error('waited 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
