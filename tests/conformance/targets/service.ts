import { deskApiBasePath, deskTicketEventSchema, deskTicketSchema } from '@seller-support/contract/desk';
import { startS3Server, startTestService, type TestService } from '@seller-support/service/testing';
import { startPostgres } from '../../setup/postgres';
import type { DeskConformanceTarget } from '../desk/target';
import type { LiveConformanceTargets } from '../live/target';
import { expectJson, newKey, SellerHttp } from '../http';
import type { ConformanceTarget, ModeratorDriver } from '../target';

const moderatorToken = 'desk-token';
const otherModeratorToken = 'desk-token-2';

/**
 * The moderator's side, played through the service's own desk API over HTTP, as the desk plays
 * it: each action is the desk's, so the seller's timeline is built from what a moderator did.
 */
function deskModerator(deskBaseUrl: string): ModeratorDriver {
  const desk = new SellerHttp(deskBaseUrl, moderatorToken);
  const path = (ticketId: string, tail: string) => `/tickets/${encodeURIComponent(ticketId)}${tail}`;
  const action = async (ticketId: string, tail: string, body: unknown) => {
    expectJson(
      await desk.post(path(ticketId, tail), body, { idempotencyKey: newKey() }),
      200,
      deskTicketSchema,
    );
  };
  const creating = async (ticketId: string, tail: string, body: unknown) =>
    expectJson(
      await desk.post(path(ticketId, tail), body, { idempotencyKey: newKey() }),
      201,
      deskTicketEventSchema,
    );
  return {
    take: (ticketId) => action(ticketId, '/take', { force: true }),
    async reply(ticketId, body, options = {}) {
      await creating(ticketId, '/messages', {
        body,
        attachmentIds: [],
        ...(options.askSeller === true ? { awaitSeller: true } : {}),
      });
    },
    async proposeOffer(ticketId, offer) {
      const event = await creating(ticketId, '/offers', offer);
      if (event.kind !== 'offer') throw new Error(`POST /offers answered a ${event.kind} event`);
      return { offerId: event.offer.id };
    },
    resolve: (ticketId, note) => action(ticketId, '/resolve', { note }),
    close: (ticketId) => action(ticketId, '/close', {}),
  };
}

/** The support service on an embedded database in a temporary directory, listening on a free port. */
async function startOnEmbedded(env?: Readonly<Record<string, string>>): Promise<{
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}> {
  const service = await startTestService(env === undefined ? {} : { env });
  return {
    service,
    origin: await service.app.listen({ port: 0, host: '127.0.0.1' }),
    afterStop: () => Promise.resolve(),
  };
}

/** The same service on a throwaway PostgreSQL server (tests/setup/postgres.ts). */
async function startOnPostgres(env?: Readonly<Record<string, string>>): Promise<{
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}> {
  const cluster = await startPostgres();
  try {
    const service = await startTestService({
      databaseUrl: cluster.databaseUrl,
      ...(env === undefined ? {} : { env }),
    });
    return {
      service,
      origin: await service.app.listen({ port: 0, host: '127.0.0.1' }),
      afterStop: () => cluster.stop(),
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** The service on an embedded database with its attachments in a bucket of an S3 server started for it (s3rver). */
async function startOnS3(): Promise<{
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}> {
  const s3 = await startS3Server();
  try {
    const service = await startTestService({ env: s3.env });
    return {
      service,
      origin: await service.app.listen({ port: 0, host: '127.0.0.1' }),
      afterStop: () => s3.stop(),
    };
  } catch (error) {
    await s3.stop();
    throw error;
  }
}

/**
 * The support service (apps/service) on an embedded database in a temporary directory, over a real
 * socket: the demo's two sellers and their tokens, no requests yet, and tokens verified (any other
 * is refused).
 */
export async function startServiceTarget(): Promise<ConformanceTarget> {
  return sellerTarget(await startOnEmbedded());
}

/** The same service on a throwaway PostgreSQL server (tests/setup/postgres.ts) instead. */
export async function startServiceOnPostgresTarget(): Promise<ConformanceTarget> {
  return sellerTarget(await startOnPostgres());
}

/** The same service with its attachments in a bucket of an S3 server started for it (s3rver). */
export async function startServiceOnS3Target(): Promise<ConformanceTarget> {
  return sellerTarget(await startOnS3());
}

/** The service's desk API on an embedded database: the demo's two moderators and its seller. */
export async function startServiceDeskTarget(): Promise<DeskConformanceTarget> {
  return deskTarget(await startOnEmbedded());
}

/** The service's desk API on a throwaway PostgreSQL server. */
export async function startServiceOnPostgresDeskTarget(): Promise<DeskConformanceTarget> {
  return deskTarget(await startOnPostgres());
}

function closer({ service, afterStop }: { service: TestService; afterStop: () => Promise<void> }) {
  return async () => {
    await service.stop();
    await afterStop();
  };
}

function sellerTarget(started: {
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}): ConformanceTarget {
  return {
    apiBaseUrl: `${started.origin}/api/seller-support/v1`,
    sellerToken: 'demo-token',
    otherSellerToken: 'demo-token-2',
    rejectedToken: 'not-a-known-token',
    moderator: deskModerator(`${started.origin}${deskApiBasePath}`),
    close: closer(started),
  };
}

function deskTarget(started: {
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}): DeskConformanceTarget {
  return {
    deskBaseUrl: `${started.origin}${deskApiBasePath}`,
    moderatorToken,
    otherModeratorToken,
    rejectedToken: 'not-a-known-token',
    seller: { apiBaseUrl: `${started.origin}/api/seller-support/v1`, token: 'demo-token' },
    refusesSellerTokens: true,
    close: closer(started),
  };
}

/** A keep-alive every second, so the live suite sees one without waiting long. */
const liveHeartbeatSeconds = 1;

type Started = { service: TestService; origin: string; afterStop: () => Promise<void> };

function liveTargets(
  start: (env: Readonly<Record<string, string>>) => Promise<Started>,
): LiveConformanceTargets {
  return {
    async start() {
      const started = await start({ LIVE_HEARTBEAT_SECONDS: String(liveHeartbeatSeconds) });
      const { service, origin } = started;
      return {
        seller: {
          apiBaseUrl: `${origin}/api/seller-support/v1`,
          token: 'demo-token',
          otherToken: 'demo-token-2',
          rejectedToken: 'not-a-known-token',
        },
        desk: { baseUrl: `${origin}${deskApiBasePath}`, token: moderatorToken },
        heartbeatSeconds: liveHeartbeatSeconds,
        listenerCount: () => service.live?.listenerCount ?? 0,
        close: closer(started),
      };
    },
    async startWithoutLive() {
      const started = await start({ LIVE: 'off' });
      return {
        seller: { apiBaseUrl: `${started.origin}/api/seller-support/v1`, token: 'demo-token' },
        desk: { baseUrl: `${started.origin}${deskApiBasePath}`, token: moderatorToken },
        close: closer(started),
      };
    },
  };
}

/** The service's live streams on an embedded database. */
export const serviceLiveTargets: LiveConformanceTargets = liveTargets(startOnEmbedded);

/** The service's live streams on a throwaway PostgreSQL server (LISTEN/NOTIFY). */
export const serviceOnPostgresLiveTargets: LiveConformanceTargets = liveTargets(startOnPostgres);
