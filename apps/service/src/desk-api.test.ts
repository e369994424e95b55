import {
  sellerContextSchema,
  ticketSchema,
  type CreateTicketBody,
  type SellerContext,
  type Ticket,
} from '@seller-support/contract';
import { deskTicketEventSchema, deskTicketSchema, queuePageSchema } from '@seller-support/contract/desk';
import { makeContextSnapshot } from '@seller-support/mocks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod/mini';
import './testing/provided-context';
import { startTestService, type TestService } from './testing/test-service';

let service: TestService;
let context: SellerContext;
let keyCounter = 0;
const newKey = () => {
  keyCounter += 1;
  return `00000000-0000-4000-9000-${String(keyCounter).padStart(12, '0')}`;
};

beforeAll(async () => {
  service = await startTestService();
  context = z.parse(sellerContextSchema, (await service.call('GET', '/context')).json());
});
afterAll(() => service.stop());

async function createTicket(subject = 'Посылка не отслеживается'): Promise<Ticket> {
  const order = context.inTransit[0];
  if (order === undefined) throw new Error('the demo seller has nothing in transit');
  const body: CreateTicketBody = {
    topic: 'parcel_location',
    subject,
    description: 'Статус не меняется третий день, помогите найти посылку.',
    fields: {},
    orderIds: [order.id],
    facilityId: null,
    attachmentIds: [],
    confidential: false,
    context: makeContextSnapshot(context, [order]),
  };
  const response = await service.call('POST', '/tickets', { body, key: newKey() });
  expect(response.statusCode).toBe(201);
  return z.parse(ticketSchema, response.json());
}

describe('the desk’s actions, exactly once', () => {
  it('two moderators taking one request at once: one holds it, the other gets a 409, one assigned event', async () => {
    const ticket = await createTicket();
    const answers = await Promise.all(
      ['desk-token', 'desk-token-2', 'desk-token', 'desk-token-2'].map((token) =>
        service.callDesk('POST', `/tickets/${ticket.id}/take`, { token, body: {} }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    // The first taker's repeat is a 200 too; the other moderator's both are 409s.
    expect(statuses).toEqual([200, 200, 409, 409]);
    const desk = z.parse(deskTicketSchema, (await service.callDesk('GET', `/tickets/${ticket.id}`)).json());
    expect(desk.events.filter((event) => event.kind === 'assigned')).toHaveLength(1);
  });

  it('20 concurrent offers under one key make one offer, every answer the same event', async () => {
    const ticket = await createTicket();
    const key = newKey();
    const body = {
      kind: 'compensation',
      description: 'Компенсация за задержку',
      amount: { amount: '500.00', currency: 'RUB' },
    };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        service.callDesk('POST', `/tickets/${ticket.id}/offers`, { body, key }),
      ),
    );
    const done = answers.filter((answer) => answer.statusCode === 200 || answer.statusCode === 201);
    for (const answer of answers.filter((candidate) => !done.includes(candidate))) {
      expect(answer.statusCode).toBe(409);
      expect(answer.headers['retry-after']).toBe('1');
    }
    const events = new Set(done.map((answer) => z.parse(deskTicketEventSchema, answer.json()).id));
    expect(events.size).toBe(1);
    const desk = z.parse(deskTicketSchema, (await service.callDesk('GET', `/tickets/${ticket.id}`)).json());
    expect(desk.offers).toHaveLength(1);
  });

  it('the first answer the seller was promised is the desk’s due time until a moderator answers', async () => {
    const ticket = await createTicket();
    const page = z.parse(
      queuePageSchema,
      (await service.callDesk('GET', `/queue?q=${ticket.number}`)).json(),
    );
    expect(page.items[0]?.firstResponseDueAt).toBe(ticket.expectedFirstResponseBy);
    await service.callDesk('POST', `/tickets/${ticket.id}/notes`, {
      body: { body: 'Сначала заметка' },
      key: newKey(),
    });
    const seller = z.parse(ticketSchema, (await service.call('GET', `/tickets/${ticket.id}`)).json());
    expect(seller.expectedFirstResponseBy, 'a note is no answer').toBe(ticket.expectedFirstResponseBy);
    await service.callDesk('POST', `/tickets/${ticket.id}/steps`, {
      body: { text: 'Запросили трек' },
      key: newKey(),
    });
    const answered = z.parse(ticketSchema, (await service.call('GET', `/tickets/${ticket.id}`)).json());
    expect(answered.expectedFirstResponseBy).toBeNull();
  });
});

describe('the demo’s showcase on the desk', () => {
  it('every request the demo seeds (one per status, moderators’ events and files) reads on the desk', async () => {
    const demo = await startTestService({ demoTickets: true });
    try {
      const statuses = [
        'new',
        'in_progress',
        'waiting_seller',
        'waiting_third_party',
        'offer_proposed',
        'resolved',
        'closed',
      ];
      const page = z.parse(
        queuePageSchema,
        (
          await demo.callDesk(
            'GET',
            `/queue?limit=100&${statuses.map((status) => `status=${status}`).join('&')}`,
          )
        ).json(),
      );
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) {
        const answer = await demo.callDesk('GET', `/tickets/${item.id}`);
        expect(answer.statusCode, answer.body).toBe(200);
        const ticket = z.parse(deskTicketSchema, answer.json());
        expect(ticket.seller.id).toBe('s-1042');
        for (const attachment of ticket.request.attachments) {
          expect((await demo.callDesk('GET', `/attachments/${attachment.id}`)).statusCode).toBe(200);
        }
      }
    } finally {
      await demo.stop();
    }
  });
});

// Row locks and key claims across processes need a PostgreSQL server: the one
// SERVICE_TEST_DATABASE_URL names, else the project's throwaway cluster (tests/setup/postgres-global.ts).
const server = process.env['SERVICE_TEST_DATABASE_URL'] || inject('postgresServerUrl');

describe.skipIf(!server)('the desk’s actions, exactly once over two services on one PostgreSQL', () => {
  const both: TestService[] = [];
  beforeAll(async () => {
    process.env['SERVICE_TEST_DATABASE_URL'] = server ?? '';
    const first = await startTestService();
    both.push(first, await startTestService({ databaseUrl: first.databaseUrl }));
  });
  afterAll(async () => {
    for (const started of both.reverse()) await started.stop();
  });
  const on = (index: number) => {
    const started = both[index % 2];
    if (started === undefined) throw new Error('the services did not start');
    return started;
  };

  it('two moderators taking one request at once on two processes: one assigned event, the rest 409 or repeats', async () => {
    const order = context.inTransit[0];
    if (order === undefined) throw new Error('nothing in transit');
    const created = await on(0).call('POST', '/tickets', {
      key: newKey(),
      body: {
        topic: 'fraud',
        subject: 'Два модератора',
        description: 'Кто-то пытался войти в мой кабинет с чужого устройства.',
        fields: {},
        orderIds: [],
        facilityId: null,
        attachmentIds: [],
        confidential: false,
        context: makeContextSnapshot(context, []),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = z.parse(ticketSchema, created.json());
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        on(index).callDesk('POST', `/tickets/${ticket.id}/take`, {
          token: index % 4 < 2 ? 'desk-token' : 'desk-token-2',
          body: {},
        }),
      ),
    );
    const desk = z.parse(deskTicketSchema, (await on(1).callDesk('GET', `/tickets/${ticket.id}`)).json());
    expect(desk.events.filter((event) => event.kind === 'assigned')).toHaveLength(1);
    const holder = desk.assignee?.id === 'm-anna' ? 'desk-token' : 'desk-token-2';
    answers.forEach((answer, index) => {
      const token = index % 4 < 2 ? 'desk-token' : 'desk-token-2';
      expect(answer.statusCode, answer.body).toBe(token === holder ? 200 : 409);
    });
  });

  it('30 concurrent notes under one key on two processes make one note, every answer the same', async () => {
    const list = await on(0).call('GET', '/tickets?limit=1');
    const [first] = z.parse(z.object({ items: z.array(z.object({ id: z.string() })) }), list.json()).items;
    if (first === undefined) throw new Error('no ticket');
    const key = newKey();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        on(index).callDesk('POST', `/tickets/${first.id}/notes`, { body: { body: 'Одна заметка' }, key }),
      ),
    );
    const done = answers.filter((answer) => answer.statusCode === 200 || answer.statusCode === 201);
    for (const answer of answers) expect([200, 201, 409], answer.body).toContain(answer.statusCode);
    expect(new Set(done.map((answer) => z.parse(deskTicketEventSchema, answer.json()).id)).size).toBe(1);
    const desk = z.parse(deskTicketSchema, (await on(1).callDesk('GET', `/tickets/${first.id}`)).json());
    expect(desk.events.filter((event) => event.kind === 'note')).toHaveLength(1);
  });
});
