import { deskApiBasePath, deskTicketEventSchema, deskTicketSchema } from '@seller-support/contract/desk';
import { startTestService, type TestService } from '@seller-support/service/testing';
import { startPostgres } from '../../setup/postgres';
import type { DeskConformanceTarget } from '../desk/target';
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
async function startOnEmbedded(): Promise<{
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}> {
  const service = await startTestService();
  return {
    service,
    origin: await service.app.listen({ port: 0, host: '127.0.0.1' }),
    afterStop: () => Promise.resolve(),
  };
}

/** The same service on a throwaway PostgreSQL server (tests/setup/postgres.ts). */
async function startOnPostgres(): Promise<{
  service: TestService;
  origin: string;
  afterStop: () => Promise<void>;
}> {
  const cluster = await startPostgres();
  try {
    const service = await startTestService({ databaseUrl: cluster.databaseUrl });
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
