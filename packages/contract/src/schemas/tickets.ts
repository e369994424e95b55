import * as z from 'zod/mini';
import {
  dateSchema,
  idSchema,
  moneySchema,
  omittedAs,
  pageSchema,
  receivedMoneySchema,
  receivedPageSchema,
  textSchema,
  timestampSchema,
  type ReceivedPage,
} from './common';
import { attachmentSchema, type Attachment } from './attachments';
import {
  facilitySchema,
  facilityTypes,
  facilityTypeSchema,
  receivedFacilitySchema,
  type ReceivedFacility,
} from './facilities';
import { snapshotOrderSchema } from './orders';
import { named } from './registry';
import { inTransitRefSchema, snapshotDealSummarySchema, snapshotSellerSchema } from './seller';
import {
  isOneOf,
  openEnum,
  orFallback,
  siftedList,
  unknownValueOf,
  type Open,
  type Sifted,
  type UnknownValue,
} from './tolerance';

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
/** The status of a ticket as a client reads it: one of {@link TicketStatus}, or one this version does not list. */
export type ReceivedTicketStatus = Open<TicketStatus>;
/** Whether a status read from a server is one this version of the contract lists. */
export function isKnownTicketStatus(status: string): status is TicketStatus {
  return isOneOf(ticketStatuses, status);
}
/** The topic of a ticket as a client reads it: one of {@link Topic}, or one this version does not list. */
export type ReceivedTopic = Open<Topic>;
/** Whether a topic read from a server is one this version of the contract lists. */
export function isKnownTopic(topic: string): topic is Topic {
  return isOneOf(topics, topic);
}

/** The support moderator who holds a request. */
export const moderatorSchema = named(z.object({ id: idSchema, displayName: z.string() }), 'Moderator');
/** The support moderator who holds a request. */
export type Moderator = z.infer<typeof moderatorSchema>;

/** What support may propose. */
export const offerKinds = ['discount', 'compensation', 'alternative'] as const;
/** Where an offer stands. */
export const offerStatuses = ['pending', 'accepted', 'declined'] as const;
/** What the seller may answer to an offer. */
export const offerDecisions = ['accept', 'decline'] as const;

/** What support proposes to settle a request; the seller accepts or declines it. */
export const offerSchema = named(
  z.object({
    id: idSchema,
    kind: z.enum(offerKinds),
    description: z.string(),
    amount: z.nullable(moneySchema),
    status: z.enum(offerStatuses),
  }),
  'Offer',
);
/** What support proposes to settle a request; the seller accepts or declines it. */
export type Offer = z.infer<typeof offerSchema>;

/** Who else a request may wait for. */
export const thirdParties = ['carrier', 'warehouse', 'service_centre', 'other'] as const;
/** Who writes the messages of a request. */
export const messageAuthors = ['seller', 'moderator'] as const;

// The variants are exported for the desk's contract, which adds to each of them (src/desk/schemas.ts).
export const eventBase = { id: idSchema, at: timestampSchema };

export const messageEvent = z.object({
  ...eventBase,
  kind: z.literal('message'),
  author: z.enum(messageAuthors),
  /** Plain text: clients render it as text, never as markup. */
  body: z.string(),
  attachments: z.array(attachmentSchema),
});
export const thirdPartyEvent = z.object({
  ...eventBase,
  kind: z.literal('third_party'),
  party: z.enum(thirdParties),
  note: z.string(),
});
export const offerEvent = z.object({ ...eventBase, kind: z.literal('offer'), offer: offerSchema });
export const offerDecidedEvent = z.object({
  ...eventBase,
  kind: z.literal('offer_decided'),
  offerId: idSchema,
  decision: z.enum(offerDecisions),
  comment: z.optional(z.string()),
});
export const createdEvent = z.object({ ...eventBase, kind: z.literal('created') });
export const assignedEvent = z.object({
  ...eventBase,
  kind: z.literal('assigned'),
  moderator: moderatorSchema,
});
export const stepEvent = z.object({ ...eventBase, kind: z.literal('step'), text: z.string() });
export const resolvedEvent = z.object({
  ...eventBase,
  kind: z.literal('resolved'),
  note: z.optional(z.string()),
});
export const reopenedEvent = z.object({ ...eventBase, kind: z.literal('reopened'), reason: z.string() });
export const ratedEvent = z.object({
  ...eventBase,
  kind: z.literal('rated'),
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string()),
});
export const closedEvent = z.object({ ...eventBase, kind: z.literal('closed') });

/** One entry of a request's history, tagged by `kind`; body of `POST /tickets/{id}/messages`. */
export const ticketEventSchema = named(
  z.discriminatedUnion('kind', [
    createdEvent,
    assignedEvent,
    stepEvent,
    messageEvent,
    thirdPartyEvent,
    offerEvent,
    offerDecidedEvent,
    resolvedEvent,
    reopenedEvent,
    ratedEvent,
    closedEvent,
  ]),
  'TicketEvent',
);
/** One entry of a request's history, tagged by `kind`. */
export type TicketEvent = z.infer<typeof ticketEventSchema>;
/** The `kind` tag of a {@link TicketEvent}. */
export type TicketEventKind = TicketEvent['kind'];
/** The kind of an event as a client reads it: one of {@link TicketEventKind}, or one this version does not list. */
export type ReceivedTicketEventKind = Open<TicketEventKind>;

/** Kinds of event this version of the contract lists. */
export const ticketEventKinds = [
  'created',
  'assigned',
  'step',
  'message',
  'third_party',
  'offer',
  'offer_decided',
  'resolved',
  'reopened',
  'rated',
  'closed',
] as const satisfies readonly TicketEventKind[];
/** Whether an event kind read from a server is one this version of the contract lists. */
export function isKnownTicketEventKind(kind: string): kind is TicketEventKind {
  return isOneOf(ticketEventKinds, kind);
}

/** Where the request was written: module version, host route, locale, time zone, browser. */
export const environmentSchema = z.object({
  moduleVersion: z.string(),
  hostRoute: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  userAgent: z.string(),
});

/**
 * What support sees beside the request: the seller's case as it was at submit time. It echoes
 * what the server sent, read as a client reads it, so it takes values this version does not list
 * (an order status, a tier) rather than refusing the seller's request over them.
 */
export const contextSnapshotSchema = named(
  z.object({
    seller: snapshotSellerSchema,
    orders: z.array(snapshotOrderSchema),
    dealSummary: snapshotDealSummarySchema,
    inTransit: z.array(inTransitRefSchema),
    environment: environmentSchema,
  }),
  'ContextSnapshot',
);
/** What support sees beside the request: the seller's case as it was at submit time. */
export type ContextSnapshot = z.infer<typeof contextSnapshotSchema>;

// The topics' own fields, named once: `POST /tickets` takes them, `GET /tickets/{id}` echoes them.

/** Where an `account` problem is. */
export const accountAreas = ['registration', 'cabinet', 'mobile_app', 'other'] as const;
const accountAreaSchema = z.enum(accountAreas);
/** What an `orders` request asks to do with the orders. */
export const orderActions = ['change', 'cancel', 'return'] as const;
const orderActionSchema = z.enum(orderActions);
/** Where the staff of a `staff_complaint` work. */
export const complaintFacilityTypes = ['warehouse', 'pickup_point'] as const;
const complaintFacilityTypeSchema = z.enum(complaintFacilityTypes);
const stepsToReproduceSchema = textSchema(limits.stepsToReproduce.min, limits.stepsToReproduce.max);
const payoutPeriodSchema = z.object({ from: dateSchema, to: dateSchema });
const itemSkuSchema = z.string().check(z.minLength(1));
const defectSchema = textSchema(limits.defect.min, limits.defect.max);

/**
 * The fields of a ticket's topic as the seller sent them in `POST /tickets` (`fields` of its
 * variant of {@link createTicketBodySchema}): each one belongs to some topic, and a ticket carries
 * those of its own topic only.
 */
export const ticketRequestFieldsSchema = named(
  z.object({
    area: z.optional(accountAreaSchema),
    stepsToReproduce: z.optional(z.string()),
    action: z.optional(orderActionSchema),
    facilityType: z.optional(facilityTypeSchema),
    incidentDate: z.optional(dateSchema),
    payoutPeriod: z.optional(payoutPeriodSchema),
    amount: z.optional(moneySchema),
    itemSku: z.optional(z.string()),
    defect: z.optional(z.string()),
  }),
  'TicketRequestFields',
);
/** The fields of a ticket's topic as the seller sent them. */
export type TicketRequestFields = z.infer<typeof ticketRequestFieldsSchema>;

/**
 * What the seller sent with `POST /tickets`, as the server keeps it: the body without `topic` and
 * `subject` (the ticket has them), the attachments as stored rather than their ids. Part of
 * `GET /tickets/{id}`, so the request page shows the whole case; lists leave it out.
 */
export const ticketRequestSchema = named(
  z.object({
    description: z.string(),
    fields: ticketRequestFieldsSchema,
    orderIds: z.array(idSchema),
    facilityId: z.nullable(idSchema),
    /** The facility `facilityId` names, so a client can show it by name. */
    facility: z.nullable(facilitySchema),
    confidential: z.boolean(),
    attachments: z.array(attachmentSchema),
    /** The context snapshot as it was at submit time; its `orders` are the chosen orders then. */
    context: contextSnapshotSchema,
  }),
  'TicketRequest',
);
/** What the seller sent with `POST /tickets`, as the server keeps it. */
export type TicketRequest = z.infer<typeof ticketRequestSchema>;

/** The seller's rating of the help, as a ticket carries it. */
export const ratingSchema = z.object({
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string()),
});

/** How long {@link ticketLastMessageSchema}'s `body` may be: a snippet, not the message. */
export const lastMessageSnippetMax = 200;

/**
 * The latest message of a request, so a list can show who wrote last and what without loading the
 * whole timeline: `body` is the start of the message's plain text, at most 200 characters.
 */
export const ticketLastMessageSchema = named(
  z.object({
    author: z.enum(messageAuthors),
    /** Plain text: clients render it as text, never as markup. */
    body: z.string().check(z.maxLength(lastMessageSnippetMax)),
    at: timestampSchema,
  }),
  'TicketLastMessage',
);
/** The latest message of a request, as `GET /tickets` carries it. */
export type TicketLastMessage = z.infer<typeof ticketLastMessageSchema>;

/**
 * A position in a ticket's history, as the server hands it out: opaque to a client, which only
 * sends it back (`GET /tickets/{id}/events?after=`). It names the point after one event, so it
 * can also serve as the id of that event in a stream that resumes where it left off.
 */
export const eventsCursorSchema = z.string().check(z.minLength(1), z.maxLength(1024));

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
    /** In `GET /tickets`, when the request has a message; a server may leave it out. */
    lastMessage: z.optional(ticketLastMessageSchema),
    /** What the seller sent; present only in `GET /tickets/{id}` (and the answers that carry `events`). */
    request: z.optional(ticketRequestSchema),
    /**
     * Beside `events`, from a server that offers `GET /tickets/{id}/events`: the position after the
     * last of them, to ask for what came since. Its absence says the server does not offer it.
     */
    eventsCursor: z.optional(eventsCursorSchema),
  }),
  'Ticket',
);
/** A request to support (a ticket). */
export type Ticket = z.infer<typeof ticketSchema>;

/** Body of `GET /tickets`. */
export const ticketPageSchema = named(pageSchema(ticketSchema), 'TicketPage');

/**
 * Body of `GET /tickets/{id}/events?after=`: what changed on a ticket since a position in its
 * history, so an open request page learns it without loading the whole ticket again.
 */
export const ticketChangesSchema = named(
  z.object({
    /** The ticket as it stands now (status, assignee, due time, unread, rating…), without `events` and `request`. */
    ticket: ticketSchema,
    /** The events after the position asked for, oldest first; empty when nothing happened. */
    events: z.array(ticketEventSchema),
    /**
     * Every offer of the ticket as it stands now: an offer's status changes after its event
     * (accepted, declined), and an event already seen is not sent again.
     */
    offers: z.array(offerSchema),
    /** The position after the last of `events` (the one asked for when there are none): the next call's `after`. */
    eventsCursor: eventsCursorSchema,
  }),
  'TicketChanges',
);
/** Body of `GET /tickets/{id}/events?after=`. */
export type TicketChanges = z.infer<typeof ticketChangesSchema>;

// The client's reading of offers, events and tickets, derived from the contract's (see tolerance.ts).

/** The client's reading of {@link offerSchema}: a kind or a status this version does not list is kept. */
export const receivedOfferSchema = z.object({
  ...offerSchema.shape,
  kind: openEnum(offerKinds),
  amount: orFallback(z.nullable(receivedMoneySchema), null),
  status: openEnum(offerStatuses),
});
/** An offer as a client reads it. */
export type ReceivedOffer = z.infer<typeof receivedOfferSchema>;

/** An event of a kind this version does not list: when it happened is all a client can show. */
const unknownEvent = z.object({ ...eventBase, kind: unknownValueOf(ticketEventKinds) });

/** The client's reading of {@link ticketEventSchema}: an event of a kind this version does not list is kept with its time. */
export const receivedTicketEventSchema = z.union([
  // The events without an enum inside read the same as the contract states them.
  z.discriminatedUnion('kind', [
    createdEvent,
    assignedEvent,
    stepEvent,
    z.object({ ...messageEvent.shape, author: openEnum(messageAuthors) }),
    z.object({ ...thirdPartyEvent.shape, party: openEnum(thirdParties) }),
    z.object({ ...offerEvent.shape, offer: receivedOfferSchema }),
    z.object({ ...offerDecidedEvent.shape, decision: openEnum(offerDecisions) }),
    resolvedEvent,
    reopenedEvent,
    ratedEvent,
    closedEvent,
  ]),
  unknownEvent,
]);
/** An event of a kind this version lists, as a client reads it. */
export type ReceivedKnownTicketEvent = Exclude<z.infer<typeof receivedTicketEventSchema>, UnknownTicketEvent>;
/** An event of a kind this version of the contract does not list. */
export interface UnknownTicketEvent {
  id: string;
  at: string;
  kind: UnknownValue;
}
/**
 * An event as a client reads it: one of a known kind, or one whose `kind` this version does not
 * list. `kind` does not narrow it until {@link isKnownTicketEvent} has ruled the unknown one out.
 */
export type ReceivedTicketEvent = ReceivedKnownTicketEvent | UnknownTicketEvent;
/** Whether an event read from a server is of a kind this version lists. */
export function isKnownTicketEvent(event: ReceivedTicketEvent): event is ReceivedKnownTicketEvent {
  return isKnownTicketEventKind(event.kind);
}

/** The client's reading of {@link ticketRequestFieldsSchema}: each field is read on its own, one it cannot read is absent. */
const receivedTicketRequestFieldsSchema = z.object({
  area: z.optional(orFallback(openEnum(accountAreas), undefined)),
  stepsToReproduce: z.optional(orFallback(z.string(), undefined)),
  action: z.optional(orFallback(openEnum(orderActions), undefined)),
  facilityType: z.optional(orFallback(openEnum(facilityTypes), undefined)),
  incidentDate: z.optional(orFallback(dateSchema, undefined)),
  payoutPeriod: z.optional(orFallback(payoutPeriodSchema, undefined)),
  amount: z.optional(orFallback(receivedMoneySchema, undefined)),
  itemSku: z.optional(orFallback(z.string(), undefined)),
  defect: z.optional(orFallback(z.string(), undefined)),
});
/** The topic's fields of a request as a client reads them: any of them may be absent. */
export type ReceivedTicketRequestFields = z.output<typeof receivedTicketRequestFieldsSchema>;

/**
 * What the seller sent as a client reads it: `omittedAttachments` counts the files that could not
 * be read (absent when none); `context` is null when the snapshot could not be read.
 */
export interface ReceivedTicketRequest {
  description: string;
  fields: ReceivedTicketRequestFields;
  orderIds: readonly string[];
  facilityId: string | null;
  facility: ReceivedFacility | null;
  confidential: boolean;
  attachments: Attachment[];
  omittedAttachments?: number | undefined;
  context: ContextSnapshot | null;
}

const noAttachments: Sifted<Attachment> = { kept: [], omitted: 0 };

/** The client's reading of {@link ticketRequestSchema}: each part falls back on its own. */
export const receivedTicketRequestSchema = z.pipe(
  z.object({
    description: orFallback(z.string(), ''),
    fields: orFallback(receivedTicketRequestFieldsSchema, undefined),
    orderIds: orFallback(z.array(idSchema), []),
    facilityId: orFallback(z.nullable(idSchema), null),
    facility: orFallback(z.nullable(receivedFacilitySchema), null),
    confidential: orFallback(z.boolean(), false),
    attachments: orFallback(siftedList(attachmentSchema), noAttachments),
    context: orFallback(contextSnapshotSchema, null),
  }),
  z.transform(({ fields, attachments, ...request }): ReceivedTicketRequest => ({
    ...request,
    fields: fields ?? z.parse(receivedTicketRequestFieldsSchema, {}),
    attachments: attachments.kept,
    ...omittedAs('omittedAttachments', attachments),
  })),
);

/** A ticket as a client reads it: `omittedEvents` counts the events that could not be read (absent when none). */
export type ReceivedTicket = Omit<z.output<typeof receivedTicketObject>, 'events' | 'request'> & {
  /** Present only in `GET /tickets/{id}`. */
  request?: ReceivedTicketRequest | undefined;
  /** Present only in `GET /tickets/{id}`. */
  events?: ReceivedTicketEvent[] | undefined;
  omittedEvents?: number | undefined;
};

const receivedTicketObject = z.object({
  ...ticketSchema.shape,
  topic: openEnum(topics),
  status: openEnum(ticketStatuses),
  // Nothing else on a ticket depends on these: one the client cannot read is treated as absent.
  assignee: orFallback(z.nullable(moderatorSchema), null),
  expectedFirstResponseBy: orFallback(z.nullable(timestampSchema), null),
  unread: orFallback(z.int().check(z.nonnegative()), 0),
  events: z.optional(siftedList(receivedTicketEventSchema)),
  rating: orFallback(z.nullable(ratingSchema), null),
  // Only the list's snippet reads it: one that cannot be read is no snippet, not a lost request.
  lastMessage: z.optional(
    orFallback(
      // A longer body than the contract allows is still a snippet: the client shortens it anyway.
      z.object({ ...ticketLastMessageSchema.shape, author: openEnum(messageAuthors), body: z.string() }),
      undefined,
    ),
  ),
  // What the seller sent is worth showing in parts; a request the client cannot read at all is left out.
  request: z.optional(orFallback(receivedTicketRequestSchema, undefined)),
  // A cursor the client cannot read is no cursor: it asks for the whole ticket, as of an older server.
  eventsCursor: z.optional(orFallback(eventsCursorSchema, undefined)),
});

/** The client's reading of {@link ticketSchema}. */
export const receivedTicketSchema = z.pipe(
  receivedTicketObject,
  z.transform(({ events, ...ticket }): ReceivedTicket => ({
    ...ticket,
    ...(events === undefined ? {} : { events: events.kept }),
    ...omittedAs('omittedEvents', events),
  })),
);

/**
 * What changed on a ticket as a client reads it: `omittedEvents` counts the new events that could
 * not be read (absent when none); an offer that cannot be read is left out.
 */
export interface ReceivedTicketChanges {
  ticket: ReceivedTicket;
  events: ReceivedTicketEvent[];
  omittedEvents?: number | undefined;
  offers: ReceivedOffer[];
  eventsCursor: string;
}

const noOffers: Sifted<ReceivedOffer> = { kept: [], omitted: 0 };

/**
 * The client's reading of {@link ticketChangesSchema}. Without a cursor to go on from, the answer
 * is of no use and is refused; the client then asks for the whole ticket.
 */
export const receivedTicketChangesSchema = z.pipe(
  z.object({
    ticket: receivedTicketSchema,
    events: siftedList(receivedTicketEventSchema),
    offers: orFallback(siftedList(receivedOfferSchema), noOffers),
    eventsCursor: eventsCursorSchema,
  }),
  z.transform(({ ticket, events, offers, eventsCursor }): ReceivedTicketChanges => ({
    ticket,
    events: events.kept,
    ...omittedAs('omittedEvents', events),
    offers: offers.kept,
    eventsCursor,
  })),
);

/** The client's reading of {@link ticketPageSchema}. */
export const receivedTicketPageSchema = receivedPageSchema(receivedTicketSchema);
/** A page of tickets as a client reads it. */
export type ReceivedTicketPage = ReceivedPage<ReceivedTicket>;

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
      fields: z.object({ area: accountAreaSchema, stepsToReproduce: z.optional(stepsToReproduceSchema) }),
      orderIds: orderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('orders'),
      fields: z.object({ action: orderActionSchema }),
      orderIds: someOrderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('staff_complaint'),
      fields: z.object({ facilityType: complaintFacilityTypeSchema, incidentDate: dateSchema }),
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
      fields: z.object({ payoutPeriod: z.optional(payoutPeriodSchema), amount: z.optional(moneySchema) }),
      orderIds: orderIdsSchema,
      facilityId: z.null(),
      confidential: z.boolean(),
    }),
    z.object({
      ...common,
      topic: z.literal('warranty'),
      fields: z.object({ itemSku: itemSkuSchema, defect: defectSchema }),
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
    decision: z.enum(offerDecisions),
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
