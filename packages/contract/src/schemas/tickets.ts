import * as z from 'zod/mini';
import { dateSchema, idSchema, moneySchema, pageSchema, textSchema, timestampSchema } from './common';
import { attachmentSchema } from './attachments';
import { facilityTypeSchema } from './facilities';
import { orderSchema } from './orders';
import { named } from './registry';
import { dealSummarySchema, inTransitRefSchema, sellerSchema } from './seller';

/** What a request is about; each topic has its own fields and rules. */
export const topics = [
  'account',
  'orders',
  'staff_complaint',
  'parcel_location',
  'logistics_info',
  'fraud',
  'payments',
  'warranty',
] as const;
/** What a request is about; each topic has its own fields and rules. */
export const topicSchema = z.enum(topics);
/** What a request is about; each topic has its own fields and rules. */
export type Topic = z.infer<typeof topicSchema>;

/** Text limits shared by the form and the server. */
export const limits = {
  subject: { min: 3, max: 120 },
  description: { min: 10, max: 5000 },
  message: { min: 1, max: 5000 },
  comment: { min: 0, max: 1000 },
  reason: { min: 3, max: 1000 },
  stepsToReproduce: { min: 0, max: 2000 },
  defect: { min: 3, max: 2000 },
  orderIds: { max: 50 },
} as const;

/** Where a request stands. */
export const ticketStatuses = [
  'new',
  'in_progress',
  'waiting_seller',
  'waiting_third_party',
  'offer_proposed',
  'resolved',
  'closed',
] as const;
/** Where a request stands. */
export const ticketStatusSchema = z.enum(ticketStatuses);
/** Where a request stands. */
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** The support moderator who holds a request. */
export const moderatorSchema = named(z.object({ id: idSchema, displayName: z.string() }), 'Moderator');
/** The support moderator who holds a request. */
export type Moderator = z.infer<typeof moderatorSchema>;

/** What support proposes to settle a request; the seller accepts or declines it. */
export const offerSchema = named(
  z.object({
    id: idSchema,
    kind: z.enum(['discount', 'compensation', 'alternative']),
    description: z.string(),
    amount: z.nullable(moneySchema),
    status: z.enum(['pending', 'accepted', 'declined']),
  }),
  'Offer',
);
/** What support proposes to settle a request; the seller accepts or declines it. */
export type Offer = z.infer<typeof offerSchema>;

/** Who else a request may wait for. */
export const thirdParties = ['carrier', 'warehouse', 'service_centre', 'other'] as const;

const eventBase = { id: idSchema, at: timestampSchema };

/** One entry of a request's history, tagged by `kind`; body of `POST /tickets/{id}/messages`. */
export const ticketEventSchema = named(
  z.discriminatedUnion('kind', [
    z.object({ ...eventBase, kind: z.literal('created') }),
    z.object({ ...eventBase, kind: z.literal('assigned'), moderator: moderatorSchema }),
    z.object({ ...eventBase, kind: z.literal('step'), text: z.string() }),
    z.object({
      ...eventBase,
      kind: z.literal('message'),
      author: z.enum(['seller', 'moderator']),
      /** Plain text: clients render it as text, never as markup. */
      body: z.string(),
      attachments: z.array(attachmentSchema),
    }),
    z.object({ ...eventBase, kind: z.literal('third_party'), party: z.enum(thirdParties), note: z.string() }),
    z.object({ ...eventBase, kind: z.literal('offer'), offer: offerSchema }),
    z.object({
      ...eventBase,
      kind: z.literal('offer_decided'),
      offerId: idSchema,
      decision: z.enum(['accept', 'decline']),
      comment: z.optional(z.string()),
    }),
    z.object({ ...eventBase, kind: z.literal('resolved'), note: z.optional(z.string()) }),
    z.object({ ...eventBase, kind: z.literal('reopened'), reason: z.string() }),
    z.object({
      ...eventBase,
      kind: z.literal('rated'),
      score: z.int().check(z.gte(1), z.lte(5)),
      comment: z.optional(z.string()),
    }),
    z.object({ ...eventBase, kind: z.literal('closed') }),
  ]),
  'TicketEvent',
);
/** One entry of a request's history, tagged by `kind`. */
export type TicketEvent = z.infer<typeof ticketEventSchema>;
/** The `kind` tag of a {@link TicketEvent}. */
export type TicketEventKind = TicketEvent['kind'];

/** The seller's rating of the help, as a ticket carries it. */
export const ratingSchema = z.object({
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string()),
});

/** A request to support (a ticket); body of `GET /tickets/{id}` and of the ticket actions. */
export const ticketSchema = named(
  z.object({
    id: idSchema,
    number: z.string(),
    topic: topicSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    assignee: z.nullable(moderatorSchema),
    expectedFirstResponseBy: z.nullable(timestampSchema),
    unread: z.int().check(z.nonnegative()),
    /** Present only in `GET /tickets/{id}`. */
    events: z.optional(z.array(ticketEventSchema)),
    rating: z.nullable(ratingSchema),
  }),
  'Ticket',
);
/** A request to support (a ticket). */
export type Ticket = z.infer<typeof ticketSchema>;

/** Body of `GET /tickets`. */
export const ticketPageSchema = named(pageSchema(ticketSchema), 'TicketPage');

/** Where the request was written: module version, host route, locale, time zone, browser. */
export const environmentSchema = z.object({
  moduleVersion: z.string(),
  hostRoute: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  userAgent: z.string(),
});

/** What support sees beside the request: the seller's case as it was at submit time. */
export const contextSnapshotSchema = named(
  z.object({
    seller: sellerSchema,
    orders: z.array(orderSchema),
    dealSummary: dealSummarySchema,
    inTransit: z.array(inTransitRefSchema),
    environment: environmentSchema,
  }),
  'ContextSnapshot',
);
/** What support sees beside the request: the seller's case as it was at submit time. */
export type ContextSnapshot = z.infer<typeof contextSnapshotSchema>;

const orderIdsSchema = z.array(idSchema).check(z.maxLength(limits.orderIds.max));
const someOrderIdsSchema = z.array(idSchema).check(z.minLength(1), z.maxLength(limits.orderIds.max));

const common = {
  subject: textSchema(limits.subject.min, limits.subject.max),
  description: textSchema(limits.description.min, limits.description.max),
  attachmentIds: z.array(idSchema),
  context: contextSnapshotSchema,
};

/**
 * The body of `POST /tickets`: one variant per topic, each with its own `fields` and rules
 * (which topics need orders, a facility, confidentiality).
 */
export const createTicketBodySchema = named(
  z.discriminatedUnion('topic', [
    z.object({
      ...common,
      topic: z.literal('account'),
      fields: z.object({
        area: z.enum(['registration', 'cabinet', 'mobile_app', 'other']),
        stepsToReproduce: z.optional(textSchema(limits.stepsToReproduce.min, limits.stepsToReproduce.max)),
      }),
      orderIds: orderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('orders'),
      fields: z.object({ action: z.enum(['change', 'cancel', 'return']) }),
      orderIds: someOrderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('staff_complaint'),
      fields: z.object({ facilityType: z.enum(['warehouse', 'pickup_point']), incidentDate: dateSchema }),
      orderIds: orderIdsSchema,
      facilityId: idSchema,
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('parcel_location'),
      fields: z.object({}),
      orderIds: someOrderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('logistics_info'),
      fields: z.object({ facilityType: facilityTypeSchema }),
      orderIds: orderIdsSchema,
      facilityId: z.nullable(idSchema),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('fraud'),
      fields: z.object({}),
      orderIds: orderIdsSchema,
      facilityId: z.nullable(idSchema),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('payments'),
      fields: z.object({
        payoutPeriod: z.optional(z.object({ from: dateSchema, to: dateSchema })),
        amount: z.optional(moneySchema),
      }),
      orderIds: orderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('warranty'),
      fields: z.object({
        itemSku: z.string().check(z.minLength(1)),
        defect: textSchema(limits.defect.min, limits.defect.max),
      }),
      orderIds: z.array(idSchema).check(z.length(1)),
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
  ]),
  'CreateTicketBody',
);
/** The body of `POST /tickets`, one variant per topic. */
export type CreateTicketBody = z.infer<typeof createTicketBodySchema>;

/** Body of `POST /tickets/{id}/messages`. */
export const postMessageBodySchema = named(
  z.object({
    body: textSchema(limits.message.min, limits.message.max),
    attachmentIds: z.array(idSchema),
  }),
  'PostMessageBody',
);
/** Body of `POST /tickets/{id}/messages`. */
export type PostMessageBody = z.infer<typeof postMessageBodySchema>;

/** Body of `POST /tickets/{id}/offers/{offerId}/decision`. */
export const offerDecisionBodySchema = named(
  z.object({
    decision: z.enum(['accept', 'decline']),
    comment: z.optional(textSchema(limits.comment.min, limits.comment.max)),
  }),
  'OfferDecisionBody',
);
/** Body of `POST /tickets/{id}/offers/{offerId}/decision`. */
export type OfferDecisionBody = z.infer<typeof offerDecisionBodySchema>;

/** Body of `POST /tickets/{id}/reopen`. */
export const reopenBodySchema = named(
  z.object({ reason: textSchema(limits.reason.min, limits.reason.max) }),
  'ReopenBody',
);
/** Body of `POST /tickets/{id}/reopen`. */
export type ReopenBody = z.infer<typeof reopenBodySchema>;

/** Body of `POST /tickets/{id}/rating`. */
export const ratingBodySchema = named(
  z.object({
    score: z.int().check(z.gte(1), z.lte(5)),
    comment: z.optional(textSchema(limits.comment.min, limits.comment.max)),
  }),
  'RatingBody',
);
/** Body of `POST /tickets/{id}/rating`. */
export type RatingBody = z.infer<typeof ratingBodySchema>;
