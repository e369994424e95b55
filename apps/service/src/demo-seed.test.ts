import { attachmentSchema, ticketPageSchema, ticketSchema, ticketStatuses } from '@seller-support/contract';
import { createDataset, defaultNow } from '@seller-support/mocks';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { startTestService, type TestService } from './testing/test-service';

const running: TestService[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
});

describe('the demo', () => {
  // Two embedded databases start in this test.
  it(
    'the demo seller starts with the mocks’ showcase once, files included; a restart adds nothing',
    { timeout: 120_000 },
    async () => {
      const first = await startTestService({ demoTickets: true });
      running.push(first);
      const page = z.parse(ticketPageSchema, (await first.call('GET', '/tickets?limit=100')).json());
      const expected = createDataset({ now: defaultNow }).tickets;
      expect(page.items.map((ticket) => ticket.id).sort()).toEqual(
        expected.map((ticket) => ticket.id).sort(),
      );
      expect(new Set(page.items.map((ticket) => ticket.status))).toEqual(new Set(ticketStatuses));
      expect(
        z.parse(ticketPageSchema, (await first.call('GET', '/tickets', { token: 'demo-token-2' })).json())
          .total,
      ).toBe(0);

      const withFiles = expected.find((ticket) => (ticket.request?.attachments.length ?? 0) > 0);
      const file = z.parse(attachmentSchema, withFiles?.request?.attachments[0]);
      const served = await first.call('GET', `/attachments/${file.id}`);
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toBe(file.type);
      expect(served.rawPayload.length).toBe(file.size);
      const read = z.parse(ticketSchema, (await first.call('GET', `/tickets/${withFiles?.id ?? ''}`)).json());
      expect(read.events?.map((event) => event.id)).toEqual(withFiles?.events.map((event) => event.id));
      await first.stop(true);

      const second = await startTestService({
        dataDir: first.dataDir,
        databaseUrl: first.databaseUrl,
        demoTickets: true,
      });
      running.push(second);
      expect(z.parse(ticketPageSchema, (await second.call('GET', '/tickets')).json()).total).toBe(
        expected.length,
      );
    },
  );
});
