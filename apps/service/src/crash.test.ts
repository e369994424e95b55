import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sellerContextSchema, ticketSchema } from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { serviceRoot } from './config';
import { sellerApiBasePath } from './service';

const children: ChildProcess[] = [];
let dataDir = '';
afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
});

/** A port nothing listens on now (the child process is told it, as PORT). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('no port'));
        else resolve(address.port);
      });
    });
  });
}

/** The service as `pnpm start` runs it, in a process of its own on `dataDir`, on a free port. */
async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'main.ts')], {
    cwd: serviceRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO_TICKETS: 'off', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  children.push(child);
  await vi.waitFor(
    async () => {
      expect(child.exitCode).toBeNull();
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    },
    { timeout: 90_000, interval: 200 },
  );
  return child;
}

describe('a crash', () => {
  // Two processes each start the embedded database.
  it(
    'kill -9 in a burst of creates: every ticket that got a 201 is there after a restart, whole',
    { timeout: 240_000 },
    async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'support-crash-'));
      const port = await freePort();
      const base = `http://127.0.0.1:${port}${sellerApiBasePath}`;
      const headers = { authorization: 'Bearer demo-token', 'content-type': 'application/json' };
      const first = await startProcess(port);
      const context = z.parse(
        sellerContextSchema,
        await (await fetch(`${base}/context`, { headers })).json(),
      );
      const order = context.inTransit[0]!;
      const body = (index: number) =>
        JSON.stringify({
          topic: 'parcel_location',
          subject: `Пакет ${index}`,
          description: 'Проверка: обращение переживёт падение процесса.',
          fields: {},
          orderIds: [order.id],
          facilityId: null,
          attachmentIds: [],
          confidential: false,
          context: makeContextSnapshot(context, [order]),
        });
      const acknowledged: string[] = [];
      let sent = 0;
      // Eight clients creating tickets until the connection breaks.
      const clients = Array.from({ length: 8 }, async () => {
        for (;;) {
          const index = sent;
          sent += 1;
          try {
            const response = await fetch(`${base}/tickets`, {
              method: 'POST',
              headers: { ...headers, 'idempotency-key': `crash-${index}` },
              body: body(index),
            });
            if (response.status === 201) acknowledged.push(z.parse(ticketSchema, await response.json()).id);
          } catch {
            return;
          }
        }
      });
      await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(40), {
        timeout: 60_000,
        interval: 20,
      });
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGKILL');
      await exited;
      await Promise.all(clients);
      expect(first.signalCode).toBe('SIGKILL');

      await startProcess(port);
      for (const id of acknowledged) {
        const response = await fetch(`${base}/tickets/${id}`, { headers });
        expect(response.status).toBe(200);
        expect(z.parse(ticketSchema, await response.json()).events?.[0]?.kind).toBe('created');
      }
      const page: unknown = await (await fetch(`${base}/tickets?limit=1`, { headers })).json();
      const total = z.parse(z.object({ total: z.number() }), page).total;
      // Nothing half-written either: at most the requests in flight at the kill got in without an answer.
      expect(total).toBeGreaterThanOrEqual(acknowledged.length);
      expect(total).toBeLessThanOrEqual(acknowledged.length + 8);
    },
  );
});
