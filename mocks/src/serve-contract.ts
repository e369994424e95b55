import { parseArgs } from 'node:util';
import { deskTokens } from './desk/moderators';
import { startContractServer } from './http-server';
import type { MockApiOptions } from './mock-api';
import { demoModeratorDelaysMs } from './moderator';
import { optionalFeatures, type Latency, type OptionalFeature } from './scenario';

/**
 * Runs a server that implements api.md with mock data:
 * `tsx mocks/src/serve-contract.ts --port 4175 [--host 127.0.0.1] [--base-url /api/seller-support/v1]
 *  [--legal-name "ООО «Ромашка»"] [--seed 42] [--orders 240] [--in-transit 12] [--latency none|realistic|<ms>]
 *  [--moderator timer|manual|off|<ms>] [--foreign] [--without all|ticketEtag,ticketEvents,liveEvents]
 *  [--heartbeat <seconds>]`
 * The moderator defaults to `timer` (the demo's short delays), so new requests move by themselves.
 * `--foreign` answers as a newer server of the contract would (unknown enum values, unknown fields,
 * a malformed item in every list; see foreign-answers.ts), to try a client's tolerance by hand.
 * `--without` leaves optional parts of the contract out (`all`: every one), as an older server would;
 * `--without liveEvents` is a server without the live streams (`GET /events` is a 404: clients poll).
 * `--heartbeat` is how often a quiet live stream sends a keep-alive (default 15 seconds).
 * The moderator's desk API is served at `/api/desk/v1` (tokens `desk-token`, `desk-token-2`);
 * `--desk-queue` adds the desk's queue tickets to the dataset (one overdue, one per demo moderator).
 */
const usage = `Usage: tsx mocks/src/serve-contract.ts [--port 4175] [--host 127.0.0.1] [--base-url /api/seller-support/v1]
  [--legal-name NAME] [--seed N] [--orders N] [--in-transit N] [--latency none|realistic|MS]
  [--moderator timer|manual|off|MS] [--foreign] [--without all|${optionalFeatures.join(',')}] [--desk-queue]
  [--heartbeat SECONDS]\n`;

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number`);
  return Number(value);
}

function latency(value: string | undefined): Latency {
  if (value === undefined || value === 'none') return 'none';
  if (value === 'realistic' || value === 'infinite') return value;
  const ms = integer(value, 'latency');
  return ms ?? 'none';
}

function moderator(value: string | undefined): NonNullable<MockApiOptions['moderator']> {
  if (value === undefined || value === 'timer') return { mode: 'timer', delaysMs: demoModeratorDelaysMs };
  if (value === 'manual') return { mode: 'manual' };
  if (value === 'off') return false;
  return { mode: 'timer', delaysMs: integer(value, 'moderator') ?? 0 };
}

function without(value: string | undefined): OptionalFeature[] {
  if (value === undefined || value === '') return [];
  if (value === 'all') return [...optionalFeatures];
  return value.split(',').map((name) => {
    const feature = optionalFeatures.find((known) => known === name.trim());
    if (feature === undefined) throw new Error(`--without: no optional part "${name}"`);
    return feature;
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4175' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-url': { type: 'string' },
      'legal-name': { type: 'string' },
      seed: { type: 'string' },
      orders: { type: 'string' },
      'in-transit': { type: 'string' },
      latency: { type: 'string' },
      moderator: { type: 'string' },
      foreign: { type: 'boolean', default: false },
      without: { type: 'string' },
      'desk-queue': { type: 'boolean', default: false },
      heartbeat: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const seed = integer(values.seed, 'seed');
  const orders = integer(values.orders, 'orders');
  const inTransit = integer(values['in-transit'], 'in-transit');
  const heartbeatSeconds = integer(values.heartbeat, 'heartbeat');
  const server = await startContractServer({
    port: integer(values.port, 'port') ?? 4175,
    host: values.host,
    ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
    dataset: {
      ...(seed === undefined ? {} : { seed }),
      ...(orders === undefined ? {} : { orders }),
      ...(inTransit === undefined ? {} : { inTransit }),
      ...(values['legal-name'] === undefined ? {} : { seller: { legalName: values['legal-name'] } }),
      ...(values['desk-queue'] ? { tickets: { deskQueue: true } } : {}),
    },
    scenario: { latency: latency(values.latency), without: without(values.without) },
    moderator: moderator(values.moderator),
    ...(heartbeatSeconds === undefined ? {} : { live: { heartbeatSeconds } }),
    // A server someone runs by hand lives in today's world, like the demo.
    clock: 'wall',
    foreign: values.foreign,
  });
  process.stdout.write(
    `Contract server (api.md${values.foreign ? ', answering as a newer server' : ''}) listening at ${server.apiBaseUrl}\n` +
      `Moderator desk API at ${server.deskApiBaseUrl} (tokens: ${Object.keys(deskTokens).join(', ')})\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(1);
});
