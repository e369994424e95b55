// A load benchmark of the seller API: `pnpm --filter @seller-support/service bench` (embedded
// database in a temporary directory) or with DATABASE_URL=postgres://… (a PostgreSQL server).
// CLIENTS concurrent clients (default 16) each create a ticket and post MESSAGES messages to it
// (default 4), over real HTTP on 127.0.0.1, for at most DURATION_S seconds (default 15) or
// ROUNDS rounds each (default 50); then it prints throughput and p50/p95/p99 latency per request kind.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sellerContextSchema, ticketSchema } from '@seller-support/contract';
import { makeContextSnapshot } from '@seller-support/mocks';
import * as z from 'zod/mini';
import { loadConfig } from '../src/config';
import { createService, sellerApiBasePath } from '../src/service';

const clients = Number(process.env['CLIENTS'] ?? 16);
const messages = Number(process.env['MESSAGES'] ?? 4);
const durationMs = Number(process.env['DURATION_S'] ?? 15) * 1000;
const rounds = Number(process.env['ROUNDS'] ?? 50);

const dataDir = await mkdtemp(path.join(tmpdir(), 'support-bench-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'silent',
  DEMO_TICKETS: 'off',
  CORS_ORIGIN: 'off',
  // Every client is the demo seller, which sends far more than a seller's write budget allows: the
  // limiter still counts each request (its cost is in the figures), over a budget above the run's.
  RATE_LIMIT_WRITES: process.env['RATE_LIMIT_WRITES'] ?? String(clients * rounds * (messages + 1) + 1),
});
const service = await createService({ config, logger: false });
const origin = await service.app.listen({ port: 0, host: '127.0.0.1' });
const base = `${origin}${sellerApiBasePath}`;
const headers = { authorization: 'Bearer demo-token', 'content-type': 'application/json' };
const context = z.parse(sellerContextSchema, await (await fetch(`${base}/context`, { headers })).json());
const order = context.inTransit[0];
if (order === undefined) throw new Error('The demo seller has nothing in transit');
const ticketBody = JSON.stringify({
  topic: 'parcel_location',
  subject: 'Нагрузочная проверка',
  description: 'Обращение создано нагрузочным тестом сервиса.',
  fields: {},
  orderIds: [order.id],
  facilityId: null,
  attachmentIds: [],
  confidential: false,
  context: makeContextSnapshot(context, [order]),
});
const messageBody = JSON.stringify({ body: 'Дополнение к обращению.', attachmentIds: [] });

const latencies: Record<'create' | 'message', number[]> = { create: [], message: [] };
let failures = 0;
const started = performance.now();
const deadline = started + durationMs;

async function timed(kind: 'create' | 'message', url: string, body: string): Promise<unknown> {
  const begin = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': randomUUID() },
    body,
  });
  const answer: unknown = await response.json();
  latencies[kind].push(performance.now() - begin);
  if (response.status !== 201) failures += 1;
  return answer;
}

await Promise.all(
  Array.from({ length: clients }, async () => {
    for (let round = 0; round < rounds && performance.now() < deadline; round += 1) {
      const ticket = z.parse(ticketSchema, await timed('create', `${base}/tickets`, ticketBody));
      for (let i = 0; i < messages; i += 1)
        await timed('message', `${base}/tickets/${ticket.id}/messages`, messageBody);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const total = latencies.create.length + latencies.message.length;
process.stdout.write(
  `database: ${service.database.kind}, ${clients} clients, ${seconds.toFixed(1)} s, ${total} requests, ` +
    `${(total / seconds).toFixed(0)} req/s, ${failures} failed\n`,
);
for (const kind of ['create', 'message'] as const) {
  const values = latencies[kind];
  process.stdout.write(
    `  ${kind.padEnd(7)} ${String(values.length).padStart(6)}  p50 ${percentile(values, 50).toFixed(1)} ms  ` +
      `p95 ${percentile(values, 95).toFixed(1)} ms  p99 ${percentile(values, 99).toFixed(1)} ms\n`,
  );
}
await service.close();
await rm(dataDir, { recursive: true, force: true });
