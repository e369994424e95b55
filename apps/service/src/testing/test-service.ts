import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { defaultNow } from '@seller-support/mocks';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { clockFrom, type Clock } from '../clock';
import { loadConfig } from '../config';
import {
  createService,
  deskApiBasePath,
  sellerApiBasePath,
  type Service,
  type ServiceOptions,
} from '../service';
import { defaultSupportConfig, type SupportConfig } from '../support/support-config';

export interface TestService extends Service {
  dataDir: string;
  /** The database on the PostgreSQL server, when the tests run on one (see below). */
  databaseUrl: string | null;
  /** A call to the seller API as `token`'s seller (default `demo-token`); `token: null` sends none. */
  call(
    method: 'GET' | 'POST',
    path: string,
    options?: { token?: string | null; body?: unknown; key?: string; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  /** A call to the desk's API as `token`'s moderator (default `desk-token`); `token: null` sends none. */
  callDesk(
    method: 'GET' | 'POST',
    path: string,
    options?: { token?: string | null; body?: unknown; key?: string; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  /** Closes the service and deletes its data, unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

export interface TestServiceOptions {
  /** An existing data directory (a restart); default a new temporary one. */
  dataDir?: string;
  /** An existing database on the test server (a restart); default a new one when there is a server. */
  databaseUrl?: string | null;
  /** Changes to the default policy and articles. */
  support?: (config: SupportConfig) => SupportConfig;
  clock?: Clock;
  logger?: ServiceOptions['logger'];
  /** The demo seller's showcase of requests; off by default, so each test starts with none. */
  demoTickets?: boolean;
  /** `CORS_ORIGIN`; default `off`. */
  corsOrigin?: string;
  /** `MARKETPLACE_URL`: the sellers' data from this HTTP API instead of the demo's. */
  marketplaceUrl?: string;
}

/**
 * A new empty database on the PostgreSQL server `SERVICE_TEST_DATABASE_URL` names, or null when
 * the variable is unset (the tests then run on the embedded database).
 */
async function newServerDatabase(): Promise<string | null> {
  const server = process.env['SERVICE_TEST_DATABASE_URL'];
  if (server === undefined || server === '') return null;
  const name = `service_test_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The service on an embedded database in a temporary directory (or on a new database of the
 * server `SERVICE_TEST_DATABASE_URL` names), its clock starting at the mocks' `defaultNow` so the
 * demo data it seeds is the mocks' dataset whatever today is.
 */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'support-service-')));
  const databaseUrl = options.databaseUrl === undefined ? await newServerDatabase() : options.databaseUrl;
  const policyFile = path.join(dataDir, 'support.json');
  const support = (options.support ?? ((config) => config))(defaultSupportConfig());
  await writeFile(policyFile, JSON.stringify(support));
  const config = loadConfig({
    DATA_DIR: dataDir,
    POLICY_FILE: policyFile,
    CORS_ORIGIN: options.corsOrigin ?? 'off',
    LOG_LEVEL: 'silent',
    DEMO_TICKETS: options.demoTickets === true ? 'on' : 'off',
    ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
    ...(options.marketplaceUrl === undefined ? {} : { MARKETPLACE_URL: options.marketplaceUrl }),
  });
  const service = await createService({
    config,
    clock: options.clock ?? clockFrom(defaultNow),
    logger: options.logger ?? false,
  });
  let closed = false;
  return {
    ...service,
    close: async () => {
      closed = true;
      await service.close();
    },
    dataDir,
    databaseUrl,
    call(method, url, { token = 'demo-token', body, key, headers = {} } = {}) {
      return inject(sellerApiBasePath, method, url, { token, body, key, headers });
    },
    callDesk(method, url, { token = 'desk-token', body, key, headers = {} } = {}) {
      return inject(deskApiBasePath, method, url, { token, body, key, headers });
    },
    async stop(keepData = false) {
      if (!closed) await service.close();
      closed = true;
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };

  function inject(
    base: string,
    method: 'GET' | 'POST',
    url: string,
    {
      token,
      body,
      key,
      headers,
    }: { token: string | null; body?: unknown; key?: string | undefined; headers: Record<string, string> },
  ) {
    return service.app.inject({
      method,
      url: `${base}${url}`,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(key === undefined ? {} : { 'idempotency-key': key }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  }
}
