import { describe, expect, it } from 'vitest';
import {
  createTicketBodyExamples,
  moneyExample,
  orderExample,
  policyExample,
  problemExample,
  sellerContextExample,
  ticketEventExamples,
  ticketExample,
  ticketListItemExample,
} from '../testing/examples';
import {
  articleListSchema,
  attachmentSchema,
  createTicketBodySchema,
  facilityPageSchema,
  idempotencyKeySchema,
  limits,
  listOrdersQuerySchema,
  moneySchema,
  offerDecisionBodySchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  postMessageBodySchema,
  problemSchema,
  ratingBodySchema,
  reopenBodySchema,
  sellerContextSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  topics,
} from './index';

const { orders: ordersBody, warranty: warrantyBody } = createTicketBodyExamples;

describe('the examples of api.md', () => {
  it('parse with their schemas', () => {
    expect(sellerContextSchema.safeParse(sellerContextExample).success).toBe(true);
    expect(orderSchema.safeParse(orderExample).success).toBe(true);
    expect(orderPageSchema.safeParse({ items: [orderExample], nextCursor: 'c2', total: 1834 }).success).toBe(
      true,
    );
    expect(policySchema.safeParse(policyExample).success).toBe(true);
    expect(ticketSchema.safeParse(ticketExample).success).toBe(true);
    expect(problemSchema.safeParse(problemExample).success).toBe(true);
    expect(
      facilityPageSchema.safeParse({
        items: [{ id: 'pvz-77', type: 'pickup_point', name: 'ПВЗ Тверская 7', address: 'Тверская, 7' }],
        nextCursor: null,
      }).success,
    ).toBe(true);
    expect(
      articleListSchema.safeParse({
        items: [{ id: 'a-1', title: 'Как отменить заказ', excerpt: '…', url: 'https://example.ru/help/1' }],
      }).success,
    ).toBe(true);
  });

  it('parse every ticket event kind', () => {
    for (const event of ticketEventExamples) {
      expect(ticketEventSchema.safeParse(event).success, event.kind).toBe(true);
    }
  });

  it('parse a ticket list without events and with a total', () => {
    const page = { items: [ticketListItemExample], nextCursor: null, total: 1 };
    expect(ticketPageSchema.safeParse(page).success).toBe(true);
  });

  it('have a valid create-ticket body for every topic', () => {
    expect(Object.keys(createTicketBodyExamples).sort()).toEqual([...topics].sort());
    for (const [topic, body] of Object.entries(createTicketBodyExamples)) {
      const parsed = createTicketBodySchema.safeParse(body);
      expect(parsed.success, `${topic}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('parse the bodies of the ticket actions', () => {
    expect(postMessageBodySchema.safeParse({ body: 'Спасибо!', attachmentIds: [] }).success).toBe(true);
    expect(offerDecisionBodySchema.safeParse({ decision: 'decline', comment: 'Мало' }).success).toBe(true);
    expect(reopenBodySchema.safeParse({ reason: 'Снова не работает' }).success).toBe(true);
    expect(ratingBodySchema.safeParse({ score: 4 }).success).toBe(true);
  });

  it('keep fields a newer server adds to an object', () => {
    // Additions to the contract are allowed: an unknown field must not fail a response.
    expect(orderSchema.safeParse({ ...orderExample, weightGrams: 1200 }).success).toBe(true);
  });
});

describe('money', () => {
  it.each(['0', '1234.50', '-15.5', '0.0001', '999999999999999.99'])('accepts the amount %s', (amount) => {
    expect(moneySchema.safeParse({ ...moneyExample, amount }).success).toBe(true);
  });

  it.each([
    ['a number', 1234.5],
    ['a thousands separator', '1,234.50'],
    ['a decimal comma', '1234,50'],
    ['too many decimals', '1.23456'],
    ['an exponent', '1e3'],
    ['an empty string', ''],
    ['spaces', ' 12.00'],
  ])('rejects an amount with %s', (_what, amount) => {
    expect(moneySchema.safeParse({ ...moneyExample, amount }).success).toBe(false);
  });

  it.each(['rub', 'RU', 'RUBL', '', 643])('rejects the currency %s', (currency) => {
    expect(moneySchema.safeParse({ ...moneyExample, currency }).success).toBe(false);
  });
});

describe('timestamps', () => {
  it.each(['2026-11-20T10:12:00+03:00', '2026-11-20T07:12:00Z', '2026-11-20T10:12:00.123+03:00'])(
    'accepts %s',
    (createdAt) => {
      expect(orderSchema.safeParse({ ...orderExample, createdAt }).success).toBe(true);
    },
  );

  it.each([
    ['without an offset', '2026-11-20T10:12:00'],
    ['a date only', '2026-11-20'],
    ['a local format', '20.11.2026 10:12'],
    ['an impossible month', '2026-13-01T00:00:00Z'],
    ['an epoch number', 1795849920000],
    ['an empty string', ''],
  ])('rejects a timestamp %s', (_what, createdAt) => {
    expect(orderSchema.safeParse({ ...orderExample, createdAt }).success).toBe(false);
  });

  it('rejects a bad timestamp deep inside a context', () => {
    const context = {
      ...sellerContextExample,
      inTransit: [{ ...orderExample, tracking: { ...orderExample.tracking, lastScanAt: 'yesterday' } }],
    };
    const parsed = sellerContextSchema.safeParse(context);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'inTransit.0.tracking.lastScanAt',
    ]);
  });
});

describe('text the seller types', () => {
  it.each([
    ['line breaks and tabs', 'Строка один\nстрока два\r\n\tс отступом'],
    ['emoji and Cyrillic', 'Посылка потерялась 📦'],
  ])('accepts %s', (_what, body) => {
    expect(postMessageBodySchema.safeParse({ body, attachmentIds: [] }).success).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['ESC', 'a\u001Bb'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['a right-to-left override', 'invoice\u202Efdp.exe'],
    ['a bidi isolate', 'a\u2066b'],
  ])('rejects %s', (_what, body) => {
    const parsed = postMessageBodySchema.safeParse({ body, attachmentIds: [] });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['body'], message: 'control characters are not allowed' }),
    ]);
  });

  it('rejects a control character in a ticket subject and a reopen reason', () => {
    expect(createTicketBodySchema.safeParse({ ...ordersBody, subject: 'Где\u0000посылка' }).success).toBe(
      false,
    );
    expect(reopenBodySchema.safeParse({ reason: 'Снова\u202Eне работает' }).success).toBe(false);
  });

  it('enforces the length limits', () => {
    const short = 'x'.repeat(limits.subject.min - 1);
    const long = 'x'.repeat(limits.subject.max + 1);
    expect(createTicketBodySchema.safeParse({ ...ordersBody, subject: short }).success).toBe(false);
    expect(createTicketBodySchema.safeParse({ ...ordersBody, subject: long }).success).toBe(false);
    expect(postMessageBodySchema.safeParse({ body: '', attachmentIds: [] }).success).toBe(false);
    expect(
      postMessageBodySchema.safeParse({ body: 'x'.repeat(limits.message.max + 1), attachmentIds: [] })
        .success,
    ).toBe(false);
  });
});

describe('topic rules of a new request', () => {
  function issuePaths(body: unknown): string[] {
    return createTicketBodySchema.safeParse(body).error?.issues.map((issue) => issue.path.join('.')) ?? [];
  }

  it('rejects `orders` without orders', () => {
    expect(issuePaths({ ...ordersBody, orderIds: [] })).toEqual(['orderIds']);
  });

  it('rejects `parcel_location` without orders', () => {
    expect(issuePaths({ ...createTicketBodyExamples.parcel_location, orderIds: [] })).toEqual(['orderIds']);
  });

  it('rejects `warranty` with two orders or none', () => {
    expect(issuePaths({ ...warrantyBody, orderIds: ['87412-0093-1', '87412-0093-2'] })).toEqual(['orderIds']);
    expect(issuePaths({ ...warrantyBody, orderIds: [] })).toEqual(['orderIds']);
  });

  it('rejects `warranty` without the item or the defect', () => {
    expect(issuePaths({ ...warrantyBody, fields: { defect: 'Не включается' } })).toEqual(['fields.itemSku']);
    expect(issuePaths({ ...warrantyBody, fields: { itemSku: 'A-1', defect: '' } })).toEqual([
      'fields.defect',
    ]);
  });

  it('rejects `staff_complaint` without a facility or with a distribution centre', () => {
    const body = createTicketBodyExamples.staff_complaint;
    expect(issuePaths({ ...body, facilityId: null })).toEqual(['facilityId']);
    expect(issuePaths({ ...body, fields: { ...body.fields, facilityType: 'distribution_centre' } })).toEqual([
      'fields.facilityType',
    ]);
  });

  it('rejects a facility on a topic that has none', () => {
    expect(issuePaths({ ...createTicketBodyExamples.account, facilityId: 'pvz-77' })).toEqual(['facilityId']);
  });

  it('rejects an unknown topic and a wrong action', () => {
    expect(createTicketBodySchema.safeParse({ ...ordersBody, topic: 'refunds' }).success).toBe(false);
    expect(issuePaths({ ...ordersBody, fields: { action: 'refund' } })).toEqual(['fields.action']);
  });

  it('rejects more than the allowed number of orders', () => {
    const orderIds = Array.from({ length: limits.orderIds.max + 1 }, (_, index) => `o-${String(index)}`);
    expect(issuePaths({ ...ordersBody, orderIds })).toEqual(['orderIds']);
  });

  it('rejects a body without the context snapshot', () => {
    const withoutContext = Object.fromEntries(
      Object.entries(ordersBody).filter(([key]) => key !== 'context'),
    );
    expect(issuePaths(withoutContext)).toEqual(['context']);
  });
});

describe('ratings and decisions', () => {
  it.each([0, 6, 2.5, '5'])('rejects the score %s', (score) => {
    expect(ratingBodySchema.safeParse({ score }).success).toBe(false);
  });

  it('rejects an unknown decision', () => {
    expect(offerDecisionBodySchema.safeParse({ decision: 'maybe' }).success).toBe(false);
  });
});

describe('responses', () => {
  it('reject a page without `nextCursor` and an unknown event kind', () => {
    expect(orderPageSchema.safeParse({ items: [] }).success).toBe(false);
    expect(
      ticketEventSchema.safeParse({ id: 'e', at: '2026-11-21T09:00:00Z', kind: 'escalated' }).success,
    ).toBe(false);
  });

  it('reject a negative attachment size and an unknown channel kind', () => {
    expect(attachmentSchema.safeParse({ id: 'a', name: 'x.png', size: -1, type: 'image/png' }).success).toBe(
      false,
    );
    const channels = [...policyExample.channels, { kind: 'pigeon', label: 'Голубь' }];
    expect(policySchema.safeParse({ ...policyExample, channels }).success).toBe(false);
  });

  it('default the problem type to about:blank and keep extension members', () => {
    const parsed = problemSchema.parse({ title: 'Not Found', status: 404, traceId: 'abc' });
    expect(parsed).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, traceId: 'abc' });
  });
});

describe('parameters', () => {
  it('accepts a UUID as an idempotency key and refuses empty or non-ASCII ones', () => {
    expect(idempotencyKeySchema.safeParse('4a3c2b1e-8f7d-4c6b-9a5e-1d2c3b4a5f6e').success).toBe(true);
    for (const key of ['', ' ', 'ключ', 'a b', 'x'.repeat(256)]) {
      expect(idempotencyKeySchema.safeParse(key).success, JSON.stringify(key)).toBe(false);
    }
  });

  it('bounds the page size and checks the order filters', () => {
    expect(listOrdersQuerySchema.safeParse({ limit: 100, status: ['in_transit'] }).success).toBe(true);
    expect(listOrdersQuerySchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(listOrdersQuerySchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(listOrdersQuerySchema.safeParse({ status: ['lost'] }).success).toBe(false);
    expect(listOrdersQuerySchema.safeParse({ from: '2026-11-01' }).success).toBe(false);
  });
});
