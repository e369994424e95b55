import { createTicketBodySchema, limits, topics } from '@seller-support/contract';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { environment, setup, text, validValues } from '../testing/form-fixtures';
import { buildTicketBody } from './build-ticket-body';
import { emptyAskFormValues } from './form-defaults';
import { askFormSchema, type AskFormValues, type ValidAskFormValues } from './form-schema';

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
