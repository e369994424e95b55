import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  attachmentExample,
  facilityExample,
  orderExample,
  policyExample,
  sellerContextExample,
  ticketEventExamples,
  ticketExample,
  ticketListItemExample,
} from '../testing/examples';
import {
  accountAreas,
  articleListSchema,
  articleSchema,
  attachmentSchema,
  channelKinds,
  facilityPageSchema,
  facilityTypes,
  messageAuthors,
  offerDecisions,
  offerKinds,
  offerStatuses,
  orderPageSchema,
  orderSchema,
  orderStatuses,
  policySchema,
  receivedArticleListSchema,
  receivedFacilityPageSchema,
  receivedOrderPageSchema,
  receivedOrderSchema,
  receivedPolicySchema,
  receivedSellerContextSchema,
  receivedTicketEventSchema,
  receivedTicketPageSchema,
  receivedTicketSchema,
  sellerContextSchema,
  sellerTiers,
  thirdParties,
  ticketEventKinds,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
  ticketStatuses,
  topics,
} from './index';

// The contract's reading of a server's answers (schemas/tolerance.ts), checked against arbitrary
// input: whatever a newer or a foreign server sends in the places the policy names, the answer is
// still read, and the contract's own schemas (the mocks' and the OpenAPI document's) still refuse it.

type Path = readonly (string | number)[];

const timestampPattern = /^\d{4}-\d{2}-\d{2}T/;

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined. */
function get(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

/** A copy of `value` with `replacement` at `path`. */
function set(value: unknown, path: Path, replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === key ? set(item, rest, replacement) : item));
  if (isRecord(value)) return { ...value, [key]: set(value[key], rest, replacement) };
  throw new Error(`nothing at ${String(key)}`);
}

/** Every plain object inside `value`, with fields a newer server might add. */
function withExtraFields(value: unknown, extra: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => withExtraFields(item, extra));
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = { ...extra };
  for (const [key, item] of Object.entries(value)) copy[key] = withExtraFields(item, extra);
  return copy;
}

/** A string this version of the contract does not list among `known`. */
function unknownValue(known: readonly string[]) {
  return fc.string({ maxLength: 40 }).filter((value) => !known.includes(value));
}

const ticketPage = { items: [ticketListItemExample], nextCursor: null, total: 1 };
const orderPage = { items: [orderExample], nextCursor: 'c2', total: 1834 };
const facilityPage = { items: [facilityExample], nextCursor: null };
const articleList = {
  items: [{ id: 'a-1', title: 'Как отменить заказ', excerpt: '…', url: 'https://example.ru/help/1' }],
};
const eventIndex = (kind: string) => ticketEventExamples.findIndex((event) => event.kind === kind);

interface Reading {
  name: string;
  contract: z.ZodMiniType;
  received: z.ZodMiniType;
  body: unknown;
}

/** Every response the client parses: the contract's schema, the client's reading, a valid body. */
const readings: Reading[] = [
  {
    name: 'GET /context',
    contract: sellerContextSchema,
    received: receivedSellerContextSchema,
    body: sellerContextExample,
  },
  { name: 'GET /orders', contract: orderPageSchema, received: receivedOrderPageSchema, body: orderPage },
  { name: 'GET /orders/{id}', contract: orderSchema, received: receivedOrderSchema, body: orderExample },
  {
    name: 'GET /facilities',
    contract: facilityPageSchema,
    received: receivedFacilityPageSchema,
    body: facilityPage,
  },
  { name: 'GET /policy', contract: policySchema, received: receivedPolicySchema, body: policyExample },
  {
    name: 'GET /articles',
    contract: articleListSchema,
    received: receivedArticleListSchema,
    body: articleList,
  },
  {
    name: 'POST /attachments',
    contract: attachmentSchema,
    received: attachmentSchema,
    body: attachmentExample,
  },
  { name: 'GET /tickets/{id}', contract: ticketSchema, received: receivedTicketSchema, body: ticketExample },
  { name: 'GET /tickets', contract: ticketPageSchema, received: receivedTicketPageSchema, body: ticketPage },
  {
    name: 'POST /tickets/{id}/messages',
    contract: ticketEventSchema,
    received: receivedTicketEventSchema,
    body: ticketEventExamples[eventIndex('message')],
  },
];

function reading(name: string): Reading {
  const found = readings.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no reading ${name}`);
  return found;
}

interface OpenPlace {
  reading: string;
  path: Path;
  known: readonly string[];
}

/** Every enum of every response, where it sits in the body. */
const openPlaces: OpenPlace[] = [
  { reading: 'GET /context', path: ['seller', 'tier'], known: sellerTiers },
  { reading: 'GET /context', path: ['inTransit', 0, 'status'], known: orderStatuses },
  { reading: 'GET /orders', path: ['items', 0, 'status'], known: orderStatuses },
  { reading: 'GET /orders/{id}', path: ['status'], known: orderStatuses },
  { reading: 'GET /facilities', path: ['items', 0, 'type'], known: facilityTypes },
  { reading: 'GET /policy', path: ['channels', 1, 'kind'], known: channelKinds },
  { reading: 'GET /tickets/{id}', path: ['topic'], known: topics },
  { reading: 'GET /tickets', path: ['items', 0, 'lastMessage', 'author'], known: messageAuthors },
  { reading: 'GET /tickets/{id}', path: ['status'], known: ticketStatuses },
  { reading: 'GET /tickets/{id}', path: ['events', eventIndex('created'), 'kind'], known: ticketEventKinds },
  { reading: 'GET /tickets/{id}', path: ['events', eventIndex('message'), 'author'], known: messageAuthors },
  { reading: 'GET /tickets/{id}', path: ['events', eventIndex('third_party'), 'party'], known: thirdParties },
  { reading: 'GET /tickets/{id}', path: ['events', eventIndex('offer'), 'offer', 'kind'], known: offerKinds },
  {
    reading: 'GET /tickets/{id}',
    path: ['events', eventIndex('offer'), 'offer', 'status'],
    known: offerStatuses,
  },
  {
    reading: 'GET /tickets/{id}',
    path: ['events', eventIndex('offer_decided'), 'decision'],
    known: offerDecisions,
  },
  { reading: 'GET /tickets/{id}', path: ['request', 'fields', 'area'], known: accountAreas },
  { reading: 'GET /tickets/{id}', path: ['request', 'facility', 'type'], known: facilityTypes },
  { reading: 'GET /tickets', path: ['items', 0, 'status'], known: ticketStatuses },
  { reading: 'GET /tickets', path: ['items', 0, 'topic'], known: topics },
  { reading: 'POST /tickets/{id}/messages', path: ['kind'], known: ticketEventKinds },
];

interface ListPlace {
  reading: string;
  path: Path;
  /** Where the reading says how many items it left out. */
  omittedAt: Path;
}

/** Every list of every response. */
const listPlaces: ListPlace[] = [
  { reading: 'GET /context', path: ['inTransit'], omittedAt: ['omittedInTransit'] },
  { reading: 'GET /orders', path: ['items'], omittedAt: ['omitted'] },
  { reading: 'GET /orders', path: ['items', 0, 'items'], omittedAt: ['items', 0, 'omittedItems'] },
  { reading: 'GET /orders/{id}', path: ['items'], omittedAt: ['omittedItems'] },
  { reading: 'GET /facilities', path: ['items'], omittedAt: ['omitted'] },
  { reading: 'GET /policy', path: ['channels'], omittedAt: ['omittedChannels'] },
  { reading: 'GET /articles', path: ['items'], omittedAt: ['omitted'] },
  { reading: 'GET /tickets/{id}', path: ['events'], omittedAt: ['omittedEvents'] },
  {
    reading: 'GET /tickets/{id}',
    path: ['request', 'attachments'],
    omittedAt: ['request', 'omittedAttachments'],
  },
  { reading: 'GET /tickets', path: ['items'], omittedAt: ['omitted'] },
];

describe('a well-formed answer', () => {
  it.each(readings)('reads the same as the contract states it: $name', ({ contract, received, body }) => {
    expect(z.parse(received, body)).toEqual(z.parse(contract, body));
  });
});

describe('an enum value this version does not list', () => {
  it.each(openPlaces)('is kept as it came: $reading at $path', ({ reading: name, path, known }) => {
    const { contract, received, body } = reading(name);
    fc.assert(
      fc.property(unknownValue(known), (value) => {
        const answer = set(body, path, value);
        const parsed = z.safeParse(received, answer);
        expect(parsed.success).toBe(true);
        expect(get(parsed.data, path)).toBe(value);
        // The contract itself (what the mocks are held to) still refuses it.
        expect(z.safeParse(contract, answer).success).toBe(false);
      }),
    );
  });

  it('keeps a channel of an unknown kind with its label, value and address', () => {
    fc.assert(
      fc.property(
        unknownValue(channelKinds),
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (kind, label, url) => {
          const channel = { kind, label, value: '8 800 000-00-00', ...(url === undefined ? {} : { url }) };
          const parsed = z.parse(receivedPolicySchema, { ...policyExample, channels: [channel] });
          expect(parsed.channels).toEqual([channel]);
        },
      ),
    );
  });

  it('keeps an event of an unknown kind with its id and time', () => {
    fc.assert(
      fc.property(unknownValue(ticketEventKinds), (kind) => {
        const event = { id: 'e-99', at: '2026-11-21T09:00:00+03:00', kind, escalatedTo: 'level 2' };
        const parsed = z.parse(receivedTicketSchema, { ...ticketExample, events: [event] });
        expect(parsed.events).toEqual([{ id: 'e-99', at: '2026-11-21T09:00:00+03:00', kind }]);
      }),
    );
  });
});

describe('fields this version does not know', () => {
  const extraFields = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).map((key) => `future_${key}`),
    fc.jsonValue(),
    { minKeys: 1, maxKeys: 4 },
  );

  it.each(readings)('are ignored everywhere in the answer: $name', ({ received, body }) => {
    const expected = z.parse(received, body);
    fc.assert(
      fc.property(extraFields, (extra) => {
        expect(z.parse(received, withExtraFields(body, extra))).toEqual(expected);
      }),
    );
  });
});

describe('one malformed item of a list', () => {
  it.each(listPlaces)(
    'is left out and counted, the rest kept: $reading at $path',
    ({ reading: name, path, omittedAt }) => {
      const { received, body } = reading(name);
      const [valid] = z.array(z.unknown()).parse(get(body, path));
      const items = [valid, valid, valid];
      const full = set(body, path, items);
      const itemPath = [...path];
      fc.assert(
        fc.property(fc.nat({ max: items.length - 1 }), fc.anything(), (index, junk) => {
          const answer = set(full, [...itemPath, index], junk);
          // Junk that happens to be a valid item is no junk.
          fc.pre(!isReadable(received, full, answer, path));
          const parsed = z.safeParse(received, answer);
          expect(parsed.success).toBe(true);
          const kept = get(parsed.data, path);
          expect(Array.isArray(kept) ? kept.length : -1).toBe(items.length - 1);
          expect(get(parsed.data, omittedAt)).toBe(1);
        }),
      );
    },
  );

  it('reports nothing left out when nothing was', () => {
    const parsed = z.parse(receivedTicketSchema, ticketExample);
    expect(parsed).not.toHaveProperty('omittedEvents');
  });
});

/** Whether the reading keeps every item of `answer`'s list, as it does for `full`. */
function isReadable(schema: z.ZodMiniType, full: unknown, answer: unknown, path: Path): boolean {
  const all = get(z.parse(schema, full), path);
  const parsed = z.safeParse(schema, answer);
  const kept = parsed.success ? get(parsed.data, path) : undefined;
  return Array.isArray(all) && Array.isArray(kept) && kept.length === all.length;
}

describe('values a formatter cannot show', () => {
  it('leave a fragile field absent instead of failing the ticket', () => {
    const notACount = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double().filter((value) => !Number.isSafeInteger(value)),
      fc.string(),
    );
    const notATimestamp = fc.oneof(
      fc.string().filter((value) => !timestampPattern.test(value)),
      fc.integer(),
    );
    fc.assert(
      fc.property(notACount, notATimestamp, (unread, expectedFirstResponseBy) => {
        const parsed = z.parse(receivedTicketSchema, { ...ticketExample, unread, expectedFirstResponseBy });
        expect(parsed.unread).toBe(0);
        expect(parsed.expectedFirstResponseBy).toBeNull();
        expect(parsed.events).toHaveLength(ticketExample.events.length);
      }),
    );
  });

  it('leave a last message that cannot be read absent, and keep one longer than the contract allows', () => {
    const notAMessage = fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.record({ author: fc.constant('moderator'), body: fc.integer(), at: fc.string() }),
    );
    fc.assert(
      fc.property(notAMessage, (lastMessage) => {
        const parsed = z.parse(receivedTicketSchema, { ...ticketListItemExample, lastMessage });
        expect(parsed.lastMessage).toBeUndefined();
        expect(parsed.subject).toBe(ticketListItemExample.subject);
      }),
    );
    const long = { ...ticketListItemExample.lastMessage, body: 'а'.repeat(500) };
    expect(
      z.parse(receivedTicketSchema, { ...ticketListItemExample, lastMessage: long }).lastMessage,
    ).toEqual(long);
    expect(z.safeParse(ticketSchema, { ...ticketListItemExample, lastMessage: long }).success).toBe(false);
  });

  it('keep an amount as spelled, for the formatter to refuse', () => {
    const order = z.parse(receivedOrderSchema, {
      ...orderExample,
      total: { amount: '1e309', currency: 'RUB' },
    });
    expect(order.total).toEqual({ amount: '1e309', currency: 'RUB' });
    expect(z.safeParse(orderSchema, { ...orderExample, total: order.total }).success).toBe(false);
  });

  it('drop a deal summary with a negative count and a page total that is no count', () => {
    const context = z.parse(receivedSellerContextSchema, {
      ...sellerContextExample,
      dealSummary: { ...sellerContextExample.dealSummary, orders: -3 },
    });
    expect(context.dealSummary).toBeNull();
    const page = z.parse(receivedOrderPageSchema, { ...orderPage, total: -1 });
    expect(page).not.toHaveProperty('total');
    expect(page.items).toHaveLength(1);
  });
});

describe("a channel's texts per language", () => {
  const hotline = {
    kind: 'phone',
    label: 'Горячая линия',
    value: '8 800 000-00-00',
    free: true,
    region: null,
    hours: 'круглосуточно',
  };

  it('are read where the server sent them', () => {
    const channel = {
      ...hotline,
      labels: { ru: 'Горячая линия', en: 'Hotline' },
      hoursLabels: { en: '24/7' },
    };
    expect(policySchema.safeParse({ ...policyExample, channels: [channel] }).success).toBe(true);
    const parsed = z.parse(receivedPolicySchema, { ...policyExample, channels: [channel] });
    expect(parsed.channels).toEqual([channel]);
  });

  it('that cannot be read are dropped, and the channel kept with its default texts', () => {
    const channel = { ...hotline, labels: { ru: 7, en: 'Hotline' }, hoursLabels: 'всегда', regionLabels: [] };
    const parsed = z.parse(receivedPolicySchema, { ...policyExample, channels: [channel] });
    expect(parsed.omittedChannels).toBeUndefined();
    expect(parsed.channels).toEqual([{ ...hotline, labels: { en: 'Hotline' } }]);
  });
});

describe('what the seller sent, read in parts', () => {
  it('keeps what it can read when a part is broken, and leaves out a request it cannot read at all', () => {
    const brokenParts = z.parse(receivedTicketSchema, {
      ...ticketExample,
      request: {
        ...ticketExample.request,
        description: 42,
        fields: { ...ticketExample.request.fields, incidentDate: 'yesterday', stepsToReproduce: ['1'] },
        context: { ...ticketExample.request.context, seller: null },
      },
    });
    expect(brokenParts.request).toEqual({
      ...ticketExample.request,
      description: '',
      fields: { area: 'cabinet' },
      context: null,
    });
    expect(brokenParts.events).toHaveLength(ticketExample.events.length);
    for (const request of ['not a request', null, 7]) {
      const parsed = z.parse(receivedTicketSchema, { ...ticketExample, request });
      expect(parsed.request).toBeUndefined();
      expect(parsed.events).toHaveLength(ticketExample.events.length);
    }
    expect(z.safeParse(ticketSchema, { ...ticketExample, request: 'not a request' }).success).toBe(false);
  });
});

describe('an answer no reading can save', () => {
  it('still fails: a list that is no list, a missing cursor', () => {
    expect(z.safeParse(receivedOrderPageSchema, { items: 'not-a-list', nextCursor: null }).success).toBe(
      false,
    );
    expect(z.safeParse(receivedTicketPageSchema, { items: [] }).success).toBe(false);
    expect(z.safeParse(articleSchema, { id: 'a' }).success).toBe(false);
  });
});
