import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
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
