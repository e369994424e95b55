import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from 'fastify';
import { LocalDirectoryStorage, type AttachmentStorage } from './adapters/attachment-storage';
import { S3Storage } from './adapters/s3-storage';
import { DemoMarketplace, demoSellers } from './adapters/demo-marketplace';
import { HttpMarketplace } from './adapters/http-marketplace';
import type { MarketplaceAdapter } from './adapters/marketplace';
import { buildApp } from './app';
import { verifierFromConfig, type TokenVerifier } from './auth/verifier';
import { systemClock, type Clock } from './clock';
import { ConfigError, type ServiceConfig } from './config';
import { AttachmentService } from './services/attachments';
import { ModeratorActions } from './services/moderator-actions';
import { SellerSupport } from './services/seller-support';
import { deskApiBasePath } from '@seller-support/contract/desk';
import { syncArticles } from './store/articles';
import { AttachmentStore } from './store/attachments';
import { seedDemoTickets } from './store/demo-tickets';
import { openDatabase, type OpenDatabase } from './store/database';
import { DeskStore } from './store/desk';
import { IdempotencyStore } from './store/idempotency';
import { TicketStore } from './store/tickets';
import { loadSupportConfig } from './support/support-config';
import { LiveHub } from './live/live-hub';

/** The seller API's base path, as the demo's `apiBaseUrl`. */
export const sellerApiBasePath = '/api/seller-support/v1';
/** The desk's API's base path (the desk contract's). */
export { deskApiBasePath };

export interface ServiceOptions {
  config: ServiceConfig;
  clock?: Clock;
  /** Fastify's logger option; default: JSON lines at the configured level. */
  logger?: FastifyServerOptions['logger'];
  /** Instead of the one the configuration describes (tests use a fixed one). */
  verifier?: TokenVerifier;
  storage?: AttachmentStorage;
}

/** A running service's parts: the HTTP app and what tests and the desk's driver reach directly. */
export interface Service {
  app: FastifyInstance;
  database: OpenDatabase;
  moderator: ModeratorActions;
  tickets: TicketStore;
  /** The live streams' reader, when the stream is on (`LIVE`). */
  live: LiveHub | null;
  /** Stops taking requests, waits for those in flight, then closes the database. */
  close(): Promise<void>;
}

const hourMs = 3_600_000;
/** More changes than this since a stream's `Last-Event-ID` and it is told to refetch instead. */
const liveReplayLimit = 1000;

/** Where attachment content goes, as configured; a bucket that does not answer stops the start. */
async function openStorage(
  config: ServiceConfig,
  report: (error: unknown, objectKey: string) => void,
): Promise<{ storage: AttachmentStorage; close: () => void }> {
  const settings = config.attachments;
  if (settings.kind === 'local')
    return {
      storage: new LocalDirectoryStorage(path.join(config.dataDir, 'attachments')),
      close: () => undefined,
    };
  const storage = new S3Storage(settings, { onAbandonedParts: report });
  try {
    await storage.verify();
  } catch (error) {
    storage.close();
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  return { storage, close: () => storage.close() };
}

/**
 * Opens the database (migrating it), writes the demo marketplace's data for today, loads the
 * policy and articles, and builds the app. Nothing listens until `app.listen()`.
 */
export async function createService(options: ServiceOptions): Promise<Service> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const support = await loadSupportConfig(config.policyFile);
  // Uploads that can fail part-way come in through the app, so its logger is there by then (the
  // demo's seed files before it are small enough for one PUT each).
  let log: FastifyBaseLogger | null = null;
  const opened =
    options.storage === undefined
      ? await openStorage(config, (error, objectKey) => {
          log?.error({ err: error, objectKey }, 'the parts of a failed upload were not discarded');
        })
      : { storage: options.storage, close: () => undefined };
  const database = await openDatabase(
    config.databaseUrl === null
      ? { kind: 'embedded', dataDir: config.dataDir }
      : { kind: 'server', url: config.databaseUrl },
  ).catch((error: unknown) => {
    opened.close();
    throw error;
  });
  const { db } = database;
  let hub: LiveHub | null = null;
  try {
    const { storage } = opened;
    let marketplace: MarketplaceAdapter;
    if (config.marketplace === null) {
      const demo = new DemoMarketplace(db, clock);
      await demo.seed();
      const demoSeller = demoSellers[0];
      if (config.demoTickets && demoSeller !== undefined)
        await seedDemoTickets(db, storage, clock, demoSeller);
      marketplace = demo;
    } else {
      marketplace = new HttpMarketplace(config.marketplace);
    }
    await syncArticles(db, support.articles);

    const tickets = new TicketStore(db);
    const attachments = new AttachmentStore(db);
    const idempotency = new IdempotencyStore(db, clock);
    const sellerSupport = new SellerSupport({
      db,
      tickets,
      attachments,
      idempotency,
      marketplace,
      policy: support.policy,
      clock,
    });
    const moderator = new ModeratorActions({
      db,
      tickets,
      desk: new DeskStore(db),
      attachments,
      idempotency,
      marketplace,
      policy: support.policy,
      clock,
    });
    const live =
      config.live === null
        ? null
        : await LiveHub.open(database, (error) => {
            log?.error({ err: error }, 'the live streams could not read new events');
          });
    hub = live;
    const app = await buildApp({
      basePath: sellerApiBasePath,
      desk: { basePath: deskApiBasePath, moderator },
      bodyLimitBytes: config.bodyLimitBytes,
      corsOrigins: config.corsOrigins,
      logger: options.logger ?? { level: config.logLevel },
      ready: async () => {
        const answers = await Promise.all([database.ping(), storage.ready()]);
        return answers.every(Boolean);
      },
      rateLimit: config.rateLimit,
      clock,
      verifier: options.verifier ?? verifierFromConfig(config.auth),
      support: sellerSupport,
      attachments: new AttachmentService({
        db,
        attachments,
        idempotency,
        storage,
        policy: support.policy,
        clock,
      }),
      marketplace,
      db,
      live:
        live === null || config.live === null
          ? null
          : { hub: live, heartbeatSeconds: config.live.heartbeatSeconds, replayLimit: liveReplayLimit },
    });

    log = app.log;
    database.onConnectionLost((error) => {
      app.log.warn({ err: error }, 'the database dropped an idle connection; the pool opens a new one');
    });

    // Keys are kept at least the configured hours, then forgotten: checked at start and hourly.
    const cleanUp = () =>
      idempotency.cleanUp(config.idempotencyTtlHours).catch((error: unknown) => {
        app.log.error({ err: error }, 'idempotency clean-up failed');
      });
    await cleanUp();
    const timer = setInterval(() => void cleanUp(), hourMs);
    timer.unref();
    // Open streams never finish on their own: ended before the server waits for its connections.
    app.addHook('preClose', (done) => {
      live?.endStreams();
      done();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await live?.close();
      opened.close();
      await database.close();
    });

    return {
      app,
      database,
      tickets,
      moderator,
      live,
      close: () => app.close(),
    };
  } catch (error) {
    await hub?.close();
    opened.close();
    await database.close();
    throw error;
  }
}
