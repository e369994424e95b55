import { parseArgs } from 'node:util';
import { startContractServer } from './http-server';
import type { Latency } from './scenario';

/**
 * Runs a server that implements api.md with mock data:
 * `tsx mocks/src/serve-contract.ts --port 4175 [--host 127.0.0.1] [--base-url /api/seller-support/v1]
 *  [--legal-name "ООО «Ромашка»"] [--seed 42] [--orders 240] [--in-transit 12] [--latency none|realistic|<ms>]`
 */
const usage = `Usage: tsx mocks/src/serve-contract.ts [--port 4175] [--host 127.0.0.1] [--base-url /api/seller-support/v1]
  [--legal-name NAME] [--seed N] [--orders N] [--in-transit N] [--latency none|realistic|MS]\n`;

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
  const server = await startContractServer({
    port: integer(values.port, 'port') ?? 4175,
    host: values.host,
    ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
    dataset: {
      ...(seed === undefined ? {} : { seed }),
      ...(orders === undefined ? {} : { orders }),
      ...(inTransit === undefined ? {} : { inTransit }),
      ...(values['legal-name'] === undefined ? {} : { seller: { legalName: values['legal-name'] } }),
    },
    scenario: { latency: latency(values.latency) },
  });
  process.stdout.write(`Contract server (api.md) listening at ${server.apiBaseUrl}\n`);
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
