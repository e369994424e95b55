import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  closeBodyExample,
  deskMessageBodyExample,
  deskMessageEventExample,
  deskNoteEventExample,
  deskOfferEventExample,
  deskStepEventExample,
  deskThirdPartyEventExample,
  deskTicketEventExamples,
  deskTicketExample,
  noteBodyExample,
  proposeOfferBodyExamples,
  queueItemExample,
  queuePageExample,
  resolveBodyExample,
  stepBodyExample,
  takeTicketBodyExample,
  thirdPartyBodyExample,
} from './examples';
import {
  closeBodySchema,
  deskMessageBodySchema,
  deskTicketEventKinds,
  deskTicketEventSchema,
  deskTicketSchema,
  isKnownDeskTicketEvent,
  noteBodySchema,
  proposeOfferBodySchema,
  queuePageSchema,
  queueQuerySchema,
  receivedDeskTicketEventSchema,
  receivedDeskTicketSchema,
  receivedQueuePageSchema,
  resolveBodySchema,
  stepBodySchema,
  takeTicketBodySchema,
  thirdPartyBodySchema,
} from './index';

function issues(schema: z.ZodMiniType, value: unknown): string[] {
  const result = z.safeParse(schema, value);
  // The code says what is wrong; the contract's own messages (patterns, refinements) say it in words.
  return result.success
    ? []
    : result.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}: ${issue.code}` +
          (issue.code === 'invalid_format' || issue.code === 'custom' ? ` (${issue.message})` : ''),
      );
}

describe('the desk examples', () => {
  it('parse with their schemas, requests and responses', () => {
    expect(issues(deskTicketSchema, deskTicketExample)).toEqual([]);
    expect(issues(queuePageSchema, queuePageExample)).toEqual([]);
    expect(issues(takeTicketBodySchema, takeTicketBodyExample)).toEqual([]);
    expect(issues(deskMessageBodySchema, deskMessageBodyExample)).toEqual([]);
    expect(issues(stepBodySchema, stepBodyExample)).toEqual([]);
    expect(issues(thirdPartyBodySchema, thirdPartyBodyExample)).toEqual([]);
    for (const body of Object.values(proposeOfferBodyExamples))
      expect(issues(proposeOfferBodySchema, body)).toEqual([]);
    expect(issues(resolveBodySchema, resolveBodyExample)).toEqual([]);
    expect(issues(closeBodySchema, closeBodyExample)).toEqual([]);
    expect(issues(noteBodySchema, noteBodyExample)).toEqual([]);
    for (const event of [
      deskMessageEventExample,
      deskStepEventExample,
      deskThirdPartyEventExample,
      deskOfferEventExample,
      deskNoteEventExample,
    ])
      expect(issues(deskTicketEventSchema, event)).toEqual([]);
  });

  it('show every event kind, each with its visibility', () => {
    expect(deskTicketEventExamples.map((event) => event.kind)).toEqual([...deskTicketEventKinds]);
    for (const event of deskTicketEventExamples) expect(issues(deskTicketEventSchema, event)).toEqual([]);
  });
});

describe('the desk requests', () => {
  it('refuse a note that is not internal, and a seller event that is', () => {
    expect(issues(deskTicketEventSchema, { ...deskNoteEventExample, visibility: 'seller' })).toEqual([
      'visibility: invalid_value',
    ]);
    expect(issues(deskTicketEventSchema, { ...deskStepEventExample, visibility: 'internal' })).toEqual([
      'visibility: invalid_value',
    ]);
  });

  it('refuse an offer without money for a discount, or with money for an alternative', () => {
    const { discount, alternative } = proposeOfferBodyExamples;
    expect(issues(proposeOfferBodySchema, { ...discount, amount: null })).toEqual(['amount: invalid_type']);
    expect(issues(proposeOfferBodySchema, { ...alternative, amount: discount.amount })).toEqual([
      'amount: invalid_type',
    ]);
    expect(
      issues(proposeOfferBodySchema, { ...discount, amount: { amount: '0.00', currency: 'RUB' } }),
    ).toEqual(['amount.amount: invalid_format (a positive amount)']);
    expect(
      issues(proposeOfferBodySchema, { ...discount, amount: { amount: '-5', currency: 'RUB' } }),
    ).toEqual(['amount.amount: invalid_format (a positive amount)']);
  });

  it('hold their texts to the seller contract’s text rules', () => {
    expect(issues(stepBodySchema, { text: ' \u2060 ' })).toEqual([
      'text: invalid_format (the text holds no visible characters)',
    ]);
    expect(issues(noteBodySchema, { body: '' })).toEqual(['body: too_small']);
    expect(issues(deskMessageBodySchema, { body: 'ok\u202Egnp.exe', attachmentIds: [] })).toEqual([
      'body: invalid_format (control characters are not allowed)',
    ]);
    expect(issues(thirdPartyBodySchema, { party: 'courier', note: '' })).toEqual(['party: invalid_value']);
  });

  it('take a queue query with repeated statuses and refuse an unknown assignee or a limit over 100', () => {
    expect(
      issues(queueQuerySchema, { assignee: 'me', status: ['new', 'in_progress'], overdue: true }),
    ).toEqual([]);
    expect(issues(queueQuerySchema, { assignee: 'someone' })).toEqual(['assignee: invalid_value']);
    expect(issues(queueQuerySchema, { limit: 101 })).toEqual(['limit: too_big']);
  });
});

describe('the desk responses as a client reads them', () => {
  it('keep a ticket whose event is of an unknown kind (as an unknown event) and leave out a malformed one', () => {
    const ticket = z.parse(receivedDeskTicketSchema, {
      ...deskTicketExample,
      status: 'escalated',
      events: [
        ...deskTicketExample.events,
        { id: 'e-99', at: deskTicketExample.createdAt, kind: 'escalated', visibility: 'internal', level: 2 },
        { id: 'e-100', kind: 'step' },
      ],
    });
    expect(ticket.status).toBe('escalated');
    expect(ticket.events).toHaveLength(deskTicketExample.events.length + 1);
    const unknown = ticket.events.at(-1);
    expect(unknown?.kind).toBe('escalated');
    expect(unknown !== undefined && isKnownDeskTicketEvent(unknown)).toBe(false);
    expect(ticket.omittedEvents).toBe(1);
  });

  it('keep unknown enum values of events, offers and sellers', () => {
    const event = z.parse(receivedDeskTicketEventSchema, {
      ...deskThirdPartyEventExample,
      party: 'customs',
      visibility: 'team',
    });
    expect(event).toMatchObject({ party: 'customs', visibility: 'team' });
    const ticket = z.parse(receivedDeskTicketSchema, {
      ...deskTicketExample,
      seller: { ...deskTicketExample.seller, tier: 'diamond' },
      offers: [{ ...deskTicketExample.offers[0], kind: 'voucher' }, { id: 'broken' }],
    });
    expect(ticket.seller.tier).toBe('diamond');
    expect(ticket.offers.map((offer) => offer.kind)).toEqual(['voucher']);
    expect(ticket.omittedOffers).toBe(1);
  });

  it('keep the queue when an item or the counts cannot be read', () => {
    const page = z.parse(receivedQueuePageSchema, {
      ...queuePageExample,
      items: [{ ...queueItemExample, status: 'escalated', unread: -1 }, { id: 'broken' }],
      counts: { open: 'many' },
    });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ status: 'escalated', unread: 0 });
    expect(page.omitted).toBe(1);
    expect(page.counts).toBeNull();
  });
});
