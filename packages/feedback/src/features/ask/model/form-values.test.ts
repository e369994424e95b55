import {
  createTicketBodySchema,
  limits,
  topics,
  type Facility,
  type Order,
  type Topic,
} from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { buildTicketBody, type Environment } from './build-ticket-body';
import {
  askFormSchema,
  changeTopic,
  emptyAskFormValues,
  isBlank,
  offeredTopics,
  ordersForTopic,
  parseAmount,
  prefilledValues,
  withOfferedTopic,
  withOrdersAdded,
  type AskFormValues,
  type ValidAskFormValues,
} from './form-values';

const environment: Environment = {
  moduleVersion: '0.1.0',
  hostRoute: '/support',
  locale: 'ru',
  timeZone: 'Europe/Moscow',
  userAgent: 'unit test',
};

function setup() {
  const { store } = createMockApi();
  const context = store.getContext();
  const history = store.listOrders({ limit: 50 }).items;
  const delivered = history.find((order) => order.status === 'delivered');
  const inTransit = context.inTransit[0];
  const warehouse = store.listFacilities({ type: 'warehouse' }).items[0];
  const pickupPoint = store.listFacilities({ type: 'pickup_point' }).items[0];
  if (!delivered || !inTransit || !warehouse || !pickupPoint) throw new Error('dataset lacks fixtures');
  return { store, context, delivered, inTransit, warehouse, pickupPoint };
}

const text = { subject: 'Где моя посылка', description: 'Трек не обновляется уже три дня.' };

/** A complete, valid form for every topic. */
function validValues(
  topic: Topic,
  f: { delivered: Order; inTransit: Order; warehouse: Facility; pickupPoint: Facility },
): AskFormValues {
  const base = { ...emptyAskFormValues(topic), ...text };
  switch (base.topic) {
    case 'account':
      return { ...base, fields: { area: 'cabinet', stepsToReproduce: 'Открыть раздел «Финансы»' } };
    case 'orders':
      return { ...base, orders: [f.delivered], fields: { action: 'return' } };
    case 'staff_complaint':
      return {
        ...base,
        fields: { facilityType: 'warehouse', facility: f.warehouse, incidentDate: '2026-11-20' },
      };
    case 'parcel_location':
      return { ...base, orders: [f.inTransit] };
    case 'logistics_info':
      return { ...base, fields: { facilityType: 'pickup_point', facility: f.pickupPoint } };
    case 'fraud':
      return base;
    case 'payments':
      return {
        ...base,
        orders: [f.delivered],
        fields: { periodFrom: '2026-10-01', periodTo: '2026-10-31', amount: '1 234,5' },
      };
    case 'warranty': {
      const sku = f.delivered.items[0]?.sku ?? '';
      return { ...base, orders: [f.delivered], fields: { itemSku: sku, defect: 'Не включается' } };
    }
  }
}

function parse(values: AskFormValues): ValidAskFormValues {
  return z.parse(askFormSchema, values);
}

function errorPaths(values: AskFormValues): Record<string, string> {
  const result = z.safeParse(askFormSchema, values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('askFormSchema and buildTicketBody', () => {
  it.each(topics)('%s: a complete form becomes a body the contract and the mock server accept', (topic) => {
    const fixtures = setup();
    const body = buildTicketBody(parse(validValues(topic, fixtures)), fixtures.context, environment);
    expect(z.safeParse(createTicketBodySchema, body).success).toBe(true);
    const { value: ticket } = fixtures.store.createTicket(body, `key-${topic}`);
    expect(fixtures.store.getSubmission(ticket.id)).toEqual(body);
  });

  it('sends normalised text, ids for orders and facilities, and the context snapshot', () => {
    const fixtures = setup();
    const values = validValues('staff_complaint', fixtures);
    const body = buildTicketBody(
      parse({ ...values, subject: '  Грубость на складе  ', orders: [fixtures.delivered] }),
      fixtures.context,
      environment,
    );
    expect(body).toMatchObject({
      topic: 'staff_complaint',
      subject: 'Грубость на складе',
      facilityId: fixtures.warehouse.id,
      orderIds: [fixtures.delivered.id],
      fields: { facilityType: 'warehouse', incidentDate: '2026-11-20' },
      context: {
        seller: fixtures.context.seller,
        orders: [fixtures.delivered],
        environment,
      },
    });
    expect(body.context.inTransit).toEqual(
      fixtures.context.inTransit.map(({ id, status }) => ({ id, status })),
    );
  });

  it('requires a subject and a description of sensible length, without control characters', () => {
    const fixtures = setup();
    const values = validValues('fraud', fixtures);
    expect(errorPaths({ ...values, subject: '   ', description: 'коротко' })).toEqual({
      subject: 'required',
      description: `tooShort:${limits.description.min}`,
    });
    expect(errorPaths({ ...values, subject: 'x'.repeat(limits.subject.max + 1) })).toEqual({
      subject: `tooLong:${limits.subject.max}`,
    });
    expect(errorPaths({ ...values, description: 'Скрытый\u202Eтекст в описании' })).toEqual({
      description: 'controlCharacters',
    });
  });

  it('knows which topics need orders, and which orders', () => {
    const fixtures = setup();
    expect(errorPaths({ ...validValues('orders', fixtures), orders: [] })).toEqual({
      orders: 'ordersRequired',
    });
    expect(errorPaths({ ...validValues('parcel_location', fixtures), orders: [fixtures.delivered] })).toEqual(
      {
        orders: 'notInTransit',
      },
    );
    expect(
      errorPaths({ ...validValues('warranty', fixtures), orders: [fixtures.delivered, fixtures.inTransit] }),
    ).toMatchObject({ orders: 'oneOrder' });
    expect(
      errorPaths({
        ...validValues('orders', fixtures),
        orders: Array.from({ length: limits.orderIds.max + 1 }, () => fixtures.delivered),
      }),
    ).toEqual({ orders: 'tooManyOrders' });
  });

  it('asks for the choices, facility and dates a topic needs', () => {
    const fixtures = setup();
    expect(errorPaths({ ...emptyAskFormValues('account'), ...text })).toEqual({ 'fields.area': 'required' });
    expect(errorPaths({ ...emptyAskFormValues('staff_complaint'), ...text })).toEqual({
      'fields.facility': 'facilityRequired',
      'fields.incidentDate': 'required',
    });
    const complaint = validValues('staff_complaint', fixtures);
    if (complaint.topic !== 'staff_complaint') throw new Error('unreachable');
    expect(errorPaths({ ...complaint, fields: { ...complaint.fields, facility: null } })).toEqual({
      'fields.facility': 'facilityRequired',
    });
    expect(
      errorPaths({ ...complaint, fields: { ...complaint.fields, facility: fixtures.pickupPoint } }),
    ).toEqual({
      'fields.facility': 'facilityType',
    });
    expect(errorPaths({ ...complaint, fields: { ...complaint.fields, incidentDate: '2999-01-01' } })).toEqual(
      {
        'fields.incidentDate': 'dateInFuture',
      },
    );
    const payments = validValues('payments', fixtures);
    if (payments.topic !== 'payments') throw new Error('unreachable');
    expect(
      errorPaths({
        ...payments,
        fields: { periodFrom: '2026-10-31', periodTo: '2026-10-01', amount: 'много' },
      }),
    ).toEqual({ 'fields.periodTo': 'periodOrder', 'fields.amount': 'invalidAmount' });
  });

  it('never accepts text the contract would refuse', () => {
    const fixtures = setup();
    const base = validValues('fraud', fixtures);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), (description, subject) => {
        const result = z.safeParse(askFormSchema, { ...base, subject, description });
        if (!result.success) return;
        const body = buildTicketBody(result.data, fixtures.context, environment);
        expect(z.safeParse(createTicketBodySchema, body).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('changeTopic', () => {
  it('keeps subject, description and attachments, and drops topic-only fields', () => {
    const fixtures = setup();
    const attachment = { id: 'att-1', name: 'photo.jpg', size: 1200, type: 'image/jpeg' };
    const from = { ...validValues('account', fixtures), attachments: [attachment] };
    const to = changeTopic(from, 'orders');
    expect(to).toEqual({
      ...emptyAskFormValues('orders'),
      ...text,
      attachments: [attachment],
    });
  });

  it('keeps only in-transit orders for a parcel, one order for a warranty claim', () => {
    const fixtures = setup();
    const from = { ...validValues('orders', fixtures), orders: [fixtures.delivered, fixtures.inTransit] };
    expect(changeTopic(from, 'parcel_location').orders).toEqual([fixtures.inTransit]);
    expect(changeTopic(from, 'warranty').orders).toEqual([fixtures.delivered]);
    expect(changeTopic(from, 'payments').orders).toEqual(from.orders);
  });

  it('turns confidentiality on for fraud and off again when leaving it', () => {
    const fraud = changeTopic(emptyAskFormValues('orders'), 'fraud');
    expect(fraud.confidential).toBe(true);
    expect(changeTopic(fraud, 'payments').confidential).toBe(false);
  });

  it('keeps a chosen facility between a complaint and a logistics question', () => {
    const fixtures = setup();
    const complaint = validValues('staff_complaint', fixtures);
    const logistics = changeTopic(complaint, 'logistics_info');
    expect(logistics.fields).toEqual({ facilityType: 'warehouse', facility: fixtures.warehouse });
  });
});

describe('parseAmount', () => {
  it('reads what a Russian or English seller types', () => {
    expect(parseAmount('1 234,5')).toBe('1234.50');
    expect(parseAmount('1234.56')).toBe('1234.56');
    expect(parseAmount('0012')).toBe('12.00');
    expect(parseAmount('0')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1,234.5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('what the host passes in', () => {
  it('offers every topic but the hidden ones, and all of them when all are hidden', () => {
    expect(offeredTopics(['fraud', 'account'])).toEqual(
      topics.filter((t) => t !== 'fraud' && t !== 'account'),
    );
    expect(offeredTopics([...topics])).toEqual(topics);
    expect(offeredTopics()).toEqual(topics);
  });

  it('moves a hidden topic to the first offered one, keeping the text', () => {
    const fraud = { ...emptyAskFormValues('fraud'), ...text };
    const moved = withOfferedTopic(fraud, offeredTopics(['fraud', 'account']));
    expect(moved.topic).toBe('orders');
    expect(moved.subject).toBe(text.subject);
    expect(withOfferedTopic(fraud, topics)).toBe(fraud);
  });

  it('takes orders as the topic does: in transit only, one for warranty, each once, within the limit', () => {
    const { delivered, inTransit, store } = setup();
    expect(ordersForTopic('parcel_location', [delivered, inTransit])).toEqual([inTransit]);
    expect(ordersForTopic('warranty', [delivered, inTransit])).toEqual([delivered]);
    expect(ordersForTopic('orders', [delivered, delivered, inTransit])).toEqual([delivered, inTransit]);
    const many = store.listOrders({ limit: limits.orderIds.max + 5 }).items;
    expect(ordersForTopic('payments', many)).toHaveLength(limits.orderIds.max);
  });

  it('starts a fresh form on the host’s topic and orders, or the default topic', () => {
    const { delivered, inTransit } = setup();
    const parcel = prefilledValues(topics, 'parcel_location', [delivered, inTransit]);
    expect(parcel.topic).toBe('parcel_location');
    expect(parcel.orders).toEqual([inTransit]);
    expect(prefilledValues(topics, undefined, []).topic).toBe('orders');
    expect(prefilledValues(offeredTopics(['orders']), undefined, []).topic).toBe('account');
    expect(prefilledValues(topics, 'fraud', []).confidential).toBe(true);
  });

  it('adds the host’s orders to a draft as far as its topic takes them', () => {
    const { delivered, inTransit } = setup();
    const draft = { ...emptyAskFormValues('warranty'), orders: [delivered] };
    expect(withOrdersAdded(draft, [inTransit])).toEqual({ values: draft, added: [] });
    const payments = { ...emptyAskFormValues('payments'), orders: [delivered] };
    const { values, added } = withOrdersAdded(payments, [inTransit, delivered]);
    expect(values.orders).toEqual([delivered, inTransit]);
    expect(added).toEqual([inTransit.id]);
  });

  it('tells a draft that says nothing from one with the seller’s work in it', () => {
    const { delivered } = setup();
    expect(isBlank(emptyAskFormValues('account'))).toBe(true);
    expect(isBlank({ ...emptyAskFormValues('account'), subject: 'Вопрос' })).toBe(false);
    expect(isBlank({ ...emptyAskFormValues('orders'), orders: [delivered] })).toBe(false);
    const orders = emptyAskFormValues('orders');
    if (orders.topic !== 'orders') throw new Error('not an orders form');
    expect(isBlank({ ...orders, fields: { action: 'cancel' } })).toBe(false);
  });
});
