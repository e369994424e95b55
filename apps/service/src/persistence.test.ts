import { Writable } from 'node:stream';
import { attachmentSchema, sellerContextSchema, ticketSchema, type Ticket } from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sellerApiBasePath } from './service';
import { startTestService, type TestService } from './testing/test-service';

const running: TestService[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
});

async function start(options: Parameters<typeof startTestService>[0] = {}): Promise<TestService> {
  const service = await startTestService(options);
  running.push(service);
  return service;
}

describe('a restart', () => {
  // Two embedded databases start in this test, each taking seconds on a busy machine.
  it('keeps tickets, their timelines, files and idempotency keys', { timeout: 120_000 }, async () => {
    const first = await start();
    const context = z.parse(sellerContextSchema, (await first.call('GET', '/context')).json());
    const order = context.inTransit[0]!;
    const png = Buffer.alloc(100);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const boundary = 'restart-boundary';
    const uploaded = await first.app.inject({
      method: 'POST',
      url: `${sellerApiBasePath}/attachments`,
      headers: {
        authorization: 'Bearer demo-token',
        'idempotency-key': 'restart-upload',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n`),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    const attachment = z.parse(attachmentSchema, uploaded.json());
    const body = {
      topic: 'parcel_location',
      subject: 'Посылка после перезапуска',
      description: 'Проверяем, что обращение переживёт перезапуск сервиса.',
      fields: {},
      orderIds: [order.id],
      facilityId: null,
      attachmentIds: [attachment.id],
      confidential: false,
      context: makeContextSnapshot(context, [order]),
    };
    const created = z.parse(
      ticketSchema,
      (await first.call('POST', '/tickets', { body, key: 'restart-ticket' })).json(),
    );
    await first.call('POST', `/tickets/${created.id}/messages`, {
      body: { body: 'Дополнение до перезапуска', attachmentIds: [] },
      key: 'restart-message',
    });
    const before: Ticket = z.parse(ticketSchema, (await first.call('GET', `/tickets/${created.id}`)).json());
    await first.stop(true);

    const second = await start({ dataDir: first.dataDir, databaseUrl: first.databaseUrl });
    const after = z.parse(ticketSchema, (await second.call('GET', `/tickets/${created.id}`)).json());
    expect(after).toEqual(before);
    const file = await second.call('GET', `/attachments/${attachment.id}`);
    expect(file.rawPayload.equals(png)).toBe(true);
    // The key still stands for the ticket it made: a retry after the restart makes nothing new.
    const retry = await second.call('POST', '/tickets', { body, key: 'restart-ticket' });
    expect(retry.statusCode).toBe(200);
    expect(z.parse(ticketSchema, retry.json()).id).toBe(created.id);
    const next = z.parse(
      ticketSchema,
      (await second.call('POST', '/tickets', { body, key: 'after-restart' })).json(),
    );
    expect(Number(next.number)).toBe(Number(created.number) + 1);
  });
});

describe('operations', () => {
  const lines: string[] = [];
  let service: TestService;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString('utf8')
            .split('\n')
            .filter((line) => line !== ''),
        );
        done();
      },
    });
    service = await start({ logger: { level: 'info', stream }, corsOrigin: 'https://cabinet.example.test' });
  });

  it('logs one JSON line per request without the token or what the seller searched for', async () => {
    lines.length = 0;
    await service.call('GET', `/tickets?query=${encodeURIComponent('Ирина Петрова')}`);
    await service.call('GET', '/context', { token: null });
    const requests = lines
      .map((line): unknown => JSON.parse(line))
      .filter((line) => z.safeParse(z.object({ msg: z.literal('request') }), line).success);
    expect(requests).toMatchObject([
      { method: 'GET', route: `${sellerApiBasePath}/tickets`, status: 200 },
      { method: 'GET', route: `${sellerApiBasePath}/context`, status: 401 },
    ]);
    const all = lines.join('\n');
    expect(all).not.toContain('demo-token');
    expect(all).not.toContain('Ирина');
    expect(all).not.toContain(encodeURIComponent('Ирина'));
  });

  it('lets the cabinet’s origin call it from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      service.app.inject({
        method: 'OPTIONS',
        url: `${sellerApiBasePath}/tickets`,
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });
    const allowed = await preflight('https://cabinet.example.test');
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://cabinet.example.test');
    expect(String(allowed.headers['access-control-allow-headers'])).toMatch(/Idempotency-Key/);
    const other = await preflight('https://evil.example.test');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const answer = await service.call('GET', '/policy', {
      headers: { origin: 'https://cabinet.example.test' },
    });
    expect(answer.headers['access-control-allow-origin']).toBe('https://cabinet.example.test');
    expect(String(answer.headers['access-control-expose-headers'])).toMatch(/Retry-After/);
  });

  it('answers /healthz and /readyz, and a problem for an unknown path', async () => {
    expect((await service.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await service.app.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await service.app.inject({ url: '/nowhere' })).statusCode).toBe(404);
  });

  it('refuses a JSON body over the limit with 413, one that is not JSON with 400, another type with 415', async () => {
    const huge = await service.app.inject({
      method: 'POST',
      url: `${sellerApiBasePath}/tickets`,
      headers: {
        authorization: 'Bearer demo-token',
        'idempotency-key': 'huge',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ description: 'x'.repeat(1_100_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/^application\/problem\+json/);
    const broken = await service.app.inject({
      method: 'POST',
      url: `${sellerApiBasePath}/tickets`,
      headers: {
        authorization: 'Bearer demo-token',
        'idempotency-key': 'broken',
        'content-type': 'application/json',
      },
      payload: '{"topic":',
    });
    expect(broken.statusCode).toBe(400);
    const text = await service.app.inject({
      method: 'POST',
      url: `${sellerApiBasePath}/tickets`,
      headers: {
        authorization: 'Bearer demo-token',
        'idempotency-key': 'text',
        'content-type': 'application/xml',
      },
      payload: '<ticket/>',
    });
    expect(text.statusCode).toBe(415);
  });
});
