import { startTestService, type TestService } from '@seller-support/service/testing';
import { deskApiBasePath } from '@seller-support/contract/desk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBin, startPostgres, type PostgresCluster } from '../../setup/postgres';
import { newKey, SellerHttp } from '../http';
import { serviceOnPostgresLiveTargets } from '../targets/service';
import { createTicket, discoverWorld, ticketBody } from '../world';
import { SseStream } from './sse';
import { defineLiveConformanceSuite } from './suite';

// The server comes from Debian's postgresql package (`node scripts/bootstrap.mjs --postgres`).
if (findPostgresBin() === undefined) {
  describe.skip('the live stream on the support service on a PostgreSQL server (no PostgreSQL installed)', () => {
    it('needs initdb and pg_ctl', () => undefined);
  });
} else {
  defineLiveConformanceSuite('the support service on a PostgreSQL server', serviceOnPostgresLiveTargets);

  describe('the live stream across two service processes on one PostgreSQL database', () => {
    let cluster: PostgresCluster | undefined;
    const services: TestService[] = [];
    const origins: string[] = [];

    beforeAll(async () => {
      cluster = await startPostgres();
      for (let index = 0; index < 2; index += 1) {
        const service = await startTestService({ databaseUrl: cluster.databaseUrl });
        services.push(service);
        origins.push(await service.app.listen({ port: 0, host: '127.0.0.1' }));
      }
    }, 120_000);

    afterAll(async () => {
      for (const service of services) await service.stop();
      await cluster?.stop();
    });

    it('a moderator’s message written through one reaches the seller’s stream on the other (LISTEN/NOTIFY)', async () => {
      const [streaming, writing] = origins;
      if (streaming === undefined || writing === undefined) throw new Error('two services');
      const stream = await SseStream.open(`${streaming}/api/seller-support/v1/events`, 'demo-token');
      try {
        await stream.until('ready', () => stream.messages.length > 0);
        const seller = new SellerHttp(`${writing}/api/seller-support/v1`, 'demo-token');
        const ticket = await createTicket(seller, ticketBody(await discoverWorld(seller), 'parcel_location'));
        const desk = new SellerHttp(`${writing}${deskApiBasePath}`, 'desk-token');
        const answer = await desk.post(
          `/tickets/${encodeURIComponent(ticket.id)}/messages`,
          { body: 'Ответ из другого процесса', attachmentIds: [] },
          { idempotencyKey: newKey() },
        );
        expect(answer.status).toBe(201);
        await stream.until('the message written elsewhere', () =>
          stream.of('ticket').some((message) => message.data.includes('"kind":"message"')),
        );
        expect(stream.of('ticket').map((message) => message.data)).toEqual([
          expect.stringContaining(`"ticketId":"${ticket.id}"`),
          expect.stringContaining(`"ticketId":"${ticket.id}"`),
        ]);
      } finally {
        stream.close();
      }
    });
  });
}
