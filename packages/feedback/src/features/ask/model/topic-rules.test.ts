import { limits, topics } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { setup, text, validValues } from '../testing/form-fixtures';
import { emptyAskFormValues, isBlank } from './form-defaults';
import {
  changeTopic,
  offeredTopics,
  ordersForTopic,
  prefilledValues,
  withOfferedTopic,
  withOrdersAdded,
} from './topic-rules';

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
