import { randomUUID } from 'node:crypto';
import type { Moderator } from '@seller-support/contract';
import { startS3Server, startTestService, type TestService } from '@seller-support/service/testing';
import { startPostgres } from '../../setup/postgres';
import type { ConformanceTarget, ModeratorDriver } from '../target';

const moderator: Moderator = { id: 'm-conformance', displayName: 'Модератор Анна' };

/**
 * The moderator's side, played through the service's moderator actions (what its desk API will
 * call): each action adds the event the seller sees, as unread, and moves the ticket on.
 */
function serviceModerator(service: TestService): ModeratorDriver {
  const act = service.moderator;
  return {
    async take(ticketId) {
      await act.addEvent(
        ticketId,
        { kind: 'assigned', moderator },
        { status: 'in_progress', assignee: moderator },
      );
    },
    async reply(ticketId, body, options = {}) {
      await act.addEvent(
        ticketId,
        { kind: 'message', author: 'moderator', body, attachments: [] },
        options.askSeller === true ? { status: 'waiting_seller' } : {},
      );
    },
    async proposeOffer(ticketId, offer) {
      const offerId = `of-${randomUUID()}`;
      await act.addEvent(
        ticketId,
        { kind: 'offer', offer: { id: offerId, ...offer, status: 'pending' } },
        { status: 'offer_proposed' },
      );
      return { offerId };
    },
    async resolve(ticketId, note) {
      await act.addEvent(ticketId, { kind: 'resolved', note }, { status: 'resolved' });
    },
    async close(ticketId) {
      await act.addEvent(ticketId, { kind: 'closed' }, { status: 'closed' });
    },
  };
}

/**
 * The support service (apps/service) on an embedded database in a temporary directory, over a real
 * socket: the demo's two sellers and their tokens, no requests yet, and tokens verified (any other
 * is refused).
 */
export async function startServiceTarget(): Promise<ConformanceTarget> {
  return targetOver(await startTestService(), () => Promise.resolve());
}

/** The same service on a throwaway PostgreSQL server (tests/setup/postgres.ts) instead. */
export async function startServiceOnPostgresTarget(): Promise<ConformanceTarget> {
  const cluster = await startPostgres();
  try {
    return await targetOver(await startTestService({ databaseUrl: cluster.databaseUrl }), () =>
      cluster.stop(),
    );
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** The same service with its attachments in a bucket of an S3 server started for it (s3rver). */
export async function startServiceOnS3Target(): Promise<ConformanceTarget> {
  const s3 = await startS3Server();
  try {
    return await targetOver(await startTestService({ env: s3.env }), () => s3.stop());
  } catch (error) {
    await s3.stop();
    throw error;
  }
}

async function targetOver(service: TestService, afterStop: () => Promise<void>): Promise<ConformanceTarget> {
  const origin = await service.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    apiBaseUrl: `${origin}/api/seller-support/v1`,
    sellerToken: 'demo-token',
    otherSellerToken: 'demo-token-2',
    rejectedToken: 'not-a-known-token',
    moderator: serviceModerator(service),
    close: async () => {
      await service.stop();
      await afterStop();
    },
  };
}
