import { Writable } from 'node:stream';
import { sellerContextSchema, ticketPageSchema, ticketSchema } from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod/mini';
import { sellerApiBasePath } from './service';
import './testing/provided-context';
import { startTestService, type TestService } from './testing/test-service';

const running: TestService[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop(true);
});

// Two services on one database need a PostgreSQL server (an embedded database has one owner): the
// one SERVICE_TEST_DATABASE_URL names, else the project's throwaway cluster (tests/setup/postgres-global.ts).
const server = process.env['SERVICE_TEST_DATABASE_URL'] || inject('postgresServerUrl');
if (server) process.env['SERVICE_TEST_DATABASE_URL'] = server;

describe.skipIf(!server)('two services on one PostgreSQL', () => {
  it(
    'fifty concurrent creates with one key, spread over both, make one ticket, and every answer is it',
    { timeout: 120_000 },
    async () => {
      const first = await startTestService();
      running.push(first);
      const second = await startTestService({ databaseUrl: first.databaseUrl });
      running.push(second);
      const origins = [
        await first.app.listen({ port: 0, host: '127.0.0.1' }),
        await second.app.listen({ port: 0, host: '127.0.0.1' }),
      ];
      const context = z.parse(sellerContextSchema, (await first.call('GET', '/context')).json());
      const order = context.inTransit[0]!;
      const body = JSON.stringify({
        topic: 'parcel_location',
        subject: 'Один ключ, два сервиса',
        description: 'Пятьдесят одинаковых запросов, один ключ, два процесса.',
        fields: {},
        orderIds: [order.id],
        facilityId: null,
        attachmentIds: [],
        confidential: false,
        context: makeContextSnapshot(context, [order]),
      });
      const key = crypto.randomUUID();
      const statuses: number[] = [];
      const send = async (origin: string): Promise<string> => {
        for (;;) {
          const response = await fetch(`${origin}${sellerApiBasePath}/tickets`, {
            method: 'POST',
            headers: {
              authorization: 'Bearer demo-token',
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body,
          });
          statuses.push(response.status);
          if (response.status !== 409) return z.parse(ticketSchema, await response.json()).id;
          // As a client does: retry when the server says the first attempt may be done.
          const seconds = Number(response.headers.get('retry-after'));
          await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        }
      };
      const ids = await Promise.all(Array.from({ length: 50 }, (_, index) => send(origins[index % 2] ?? '')));
      expect(new Set(ids).size).toBe(1);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.every((status) => [200, 201, 409].includes(status))).toBe(true);
      const query = encodeURIComponent('Один ключ');
      for (const service of [first, second]) {
        expect(
          z.parse(ticketPageSchema, (await service.call('GET', `/tickets?query=${query}`)).json()).total,
        ).toBe(1);
      }
    },
  );
});

describe.skipIf(!server)('a PostgreSQL server that drops the connections', () => {
  it('keeps serving: each lost idle connection is logged and replaced, not a crash', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const service = await startTestService({ logger: { level: 'warn', stream } });
    running.push(service);
    expect((await service.call('GET', '/context')).statusCode).toBe(200);

    // What a server restart or an administrator's shutdown does to the pool's idle connections.
    const admin = new pg.Client({ connectionString: service.databaseUrl ?? '' });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ dropped: boolean }>(
        'select pg_terminate_backend(pid) as dropped from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }

    await expect
      .poll(() => lines.filter((line) => line.includes('dropped an idle connection')).length)
      .toBeGreaterThan(0);
    expect((await service.call('GET', '/context')).statusCode).toBe(200);
  });
});
