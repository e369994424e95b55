import * as z from 'zod/mini';
import {
  cursorSchema,
  idSchema,
  moneySchema,
  omittedAs,
  openEnum,
  orFallback,
  pageLimitSchema,
  searchQuerySchema,
  sellerTiers,
  sellerTierSchema,
  siftedList,
  textSchema,
  timestampSchema,
  topicSchema,
  topics,
  unknownValueOf,
  named,
  type Open,
  type Sifted,
  type UnknownValue,
} from '../schemas';
import {
  assignedEvent,
  closedEvent,
  createdEvent,
  eventBase,
  eventsCursorSchema,
  limits,
  messageAuthors,
  messageEvent,
  moderatorSchema,
  offerDecidedEvent,
  offerDecisions,
  offerEvent,
  offerSchema,
  ratedEvent,
  ratingSchema,
  receivedOfferSchema,
  receivedTicketRequestSchema,
  reopenedEvent,
  resolvedEvent,
  stepEvent,
  thirdParties,
  thirdPartyEvent,
  ticketLastMessageSchema,
  ticketRequestSchema,
  ticketSchema,
  ticketStatuses,
  ticketStatusSchema,
  type ReceivedOffer,
} from '../schemas/tickets';
import { liveTicketChangeSchema, receivedLiveTicketChangeSchema } from '../schemas/live';

// The moderator's side of a ticket. Everything that is the same thing as on the seller's side
// (a moderator, an offer, money, the request with its context snapshot, statuses, topics, event
// shapes) is the seller contract's schema, so the two documents cannot drift apart: what the
// seller's timeline shows is built from the very events the desk records.

/** Text limits of the desk's actions, in the seller contract's text rules (`textSchema`). */
export const deskLimits = {
  message: limits.message,
  step: { min: 3, max: 2000 },
  thirdPartyNote: { min: 0, max: 1000 },
  offerDescription: { min: 3, max: 1000 },
  resolveNote: { min: 0, max: 1000 },
  note: { min: 1, max: 5000 },
} as const;

/** Who a desk event is shown to: `internal` ones (notes) never leave the desk's API. */
export const eventVisibilities = ['seller', 'internal'] as const;
/** Who a desk event is shown to. */
export type EventVisibility = (typeof eventVisibilities)[number];

/** The seller a ticket belongs to, as the desk lists it. */
export const deskSellerSchema = named(
  z.object({ id: idSchema, legalName: z.string(), tier: sellerTierSchema }),
  'DeskSeller',
);
/** The seller a ticket belongs to, as the desk lists it. */
export type DeskSeller = z.infer<typeof deskSellerSchema>;

// Every seller event kind as the desk sees it: shown to the seller, and with the moderator who did
// it where a moderator did it (the `assigned` event names its moderator already).
const sellerVisible = { visibility: z.literal('seller'), moderator: z.optional(moderatorSchema) };
const deskCreatedEvent = z.object({ ...createdEvent.shape, ...sellerVisible });
const deskAssignedEvent = z.object({ ...assignedEvent.shape, visibility: z.literal('seller') });
const deskStepEvent = z.object({ ...stepEvent.shape, ...sellerVisible });
const deskMessageEvent = z.object({ ...messageEvent.shape, ...sellerVisible });
const deskThirdPartyEvent = z.object({ ...thirdPartyEvent.shape, ...sellerVisible });
const deskOfferEvent = z.object({ ...offerEvent.shape, ...sellerVisible });
const deskOfferDecidedEvent = z.object({ ...offerDecidedEvent.shape, ...sellerVisible });
const deskResolvedEvent = z.object({ ...resolvedEvent.shape, ...sellerVisible });
const deskReopenedEvent = z.object({ ...reopenedEvent.shape, ...sellerVisible });
const deskRatedEvent = z.object({ ...ratedEvent.shape, ...sellerVisible });
const deskClosedEvent = z.object({ ...closedEvent.shape, ...sellerVisible });
/** A moderator's internal note: the seller's API never returns it. */
const noteEvent = z.object({
  ...eventBase,
  kind: z.literal('note'),
  /** Plain text: clients render it as text, never as markup. */
  body: z.string(),
  moderator: moderatorSchema,
  visibility: z.literal('internal'),
});

/**
 * One entry of a ticket's history as the desk sees it: every event the seller sees, with
 * `visibility: 'seller'`, and the moderators' internal notes, with `visibility: 'internal'`.
 */
export const deskTicketEventSchema = named(
  z.discriminatedUnion('kind', [
    deskCreatedEvent,
    deskAssignedEvent,
    deskStepEvent,
    deskMessageEvent,
    deskThirdPartyEvent,
    deskOfferEvent,
    deskOfferDecidedEvent,
    deskResolvedEvent,
    deskReopenedEvent,
    deskRatedEvent,
    deskClosedEvent,
    noteEvent,
  ]),
  'DeskTicketEvent',
);
/** One entry of a ticket's history as the desk sees it. */
export type DeskTicketEvent = z.infer<typeof deskTicketEventSchema>;
/** The `kind` tag of a {@link DeskTicketEvent}. */
export type DeskTicketEventKind = DeskTicketEvent['kind'];

/** Kinds of desk event this version of the contract lists: the seller's and `note`. */
export const deskTicketEventKinds = [
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
  'note',
] as const satisfies readonly DeskTicketEventKind[];

/**
 * A ticket as the moderator's desk sees it: the seller's ticket (status, assignee, rating…), the
 * seller it belongs to, what the seller sent with its context snapshot, every offer as it stands
 * now, and every event, internal notes included.
 */
export const deskTicketSchema = named(
  z.object({
    id: ticketSchema.shape.id,
    number: ticketSchema.shape.number,
    topic: ticketSchema.shape.topic,
    subject: ticketSchema.shape.subject,
    status: ticketSchema.shape.status,
    createdAt: ticketSchema.shape.createdAt,
    updatedAt: ticketSchema.shape.updatedAt,
    assignee: ticketSchema.shape.assignee,
    /**
     * When the first answer is due; null once a moderator has answered. The same instant the
     * seller is told (`expectedFirstResponseBy`) and the queue sorts by.
     */
    firstResponseDueAt: z.nullable(timestampSchema),
    /** Seller events since this moderator last read the ticket (`POST /tickets/{id}/read`). */
    unread: z.int().check(z.nonnegative()),
    rating: ticketSchema.shape.rating,
    seller: deskSellerSchema,
    request: ticketRequestSchema,
    /** Every offer of the ticket as it stands now (an offer's status changes after its event). */
    offers: z.array(offerSchema),
    /** Oldest first. */
    events: z.array(deskTicketEventSchema),
    /** The position after the last of `events`, where a server offers incremental updates. */
    eventsCursor: z.optional(eventsCursorSchema),
  }),
  'DeskTicket',
);
/** A ticket as the moderator's desk sees it. */
export type DeskTicket = z.infer<typeof deskTicketSchema>;

/** A ticket in the moderator's queue. */
export const queueItemSchema = named(
  z.object({
    id: idSchema,
    number: z.string(),
    topic: topicSchema,
    subject: z.string(),
    status: ticketStatusSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    assignee: z.nullable(moderatorSchema),
    seller: deskSellerSchema,
    orderIds: z.array(idSchema),
    /** When the first answer is due; null once a moderator has answered. */
    firstResponseDueAt: z.nullable(timestampSchema),
    /** Whether the first answer was due before the server answered and has not been given. */
    overdue: z.boolean(),
    /** Seller events since this moderator last read the ticket. */
    unread: z.int().check(z.nonnegative()),
    /** The latest message (seller's or moderator's, never a note); null when there is none. */
    lastMessage: z.nullable(ticketLastMessageSchema),
  }),
  'QueueItem',
);
/** A ticket in the moderator's queue. */
export type QueueItem = z.infer<typeof queueItemSchema>;

const countSchema = z.int().check(z.nonnegative());

/** The queue's counters, over the open tickets whatever the filters. */
export const queueCountsSchema = named(
  z.object({ open: countSchema, mine: countSchema, unassigned: countSchema, overdue: countSchema }),
  'QueueCounts',
);
/** The queue's counters. */
export type QueueCounts = z.infer<typeof queueCountsSchema>;

/**
 * Body of `GET /queue`: sorted by `firstResponseDueAt` ascending, the tickets already answered
 * (due null) after the others by `updatedAt` descending, then by `id`.
 */
export const queuePageSchema = named(
  z.object({
    items: z.array(queueItemSchema),
    nextCursor: z.nullable(z.string()),
    counts: queueCountsSchema,
  }),
  'QueuePage',
);
/** Body of `GET /queue`. */
export type QueuePage = z.infer<typeof queuePageSchema>;

/** Whose tickets `GET /queue` lists. */
export const queueAssignees = ['me', 'unassigned', 'any'] as const;

/** Query of `GET /queue`; every field optional. */
export const queueQuerySchema = z.object({
  /** `me`, `unassigned` or `any` (the default). */
  assignee: z.optional(z.enum(queueAssignees)),
  /** Any of these statuses; repeated. Without it, the open ones (neither `resolved` nor `closed`). */
  status: z.optional(z.array(ticketStatusSchema)),
  topic: z.optional(topicSchema),
  /** The request number, the seller's id or legal name, or an order id. */
  q: z.optional(searchQuerySchema),
  /** `true`: only the overdue ones; `false` is the same as leaving it out. */
  overdue: z.optional(z.boolean()),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});
/** Query of `GET /queue`; every field optional. */
export type QueueQuery = z.input<typeof queueQuerySchema>;

// Request bodies: strict, in the seller contract's text rules.

/** Body of `POST /tickets/{id}/take`. */
export const takeTicketBodySchema = named(
  z.object({
    /** Take it from the moderator who holds it; without it that is a 409. */
    force: z.optional(z.boolean()),
  }),
  'TakeTicketBody',
);
/** Body of `POST /tickets/{id}/take`. */
export type TakeTicketBody = z.infer<typeof takeTicketBodySchema>;

/** Body of `POST /tickets/{id}/messages` on the desk: the seller's message body. */
export const deskMessageBodySchema = named(
  z.object({
    body: textSchema(deskLimits.message.min, deskLimits.message.max),
    attachmentIds: z.array(idSchema),
    /**
     * `true`: the message asks the seller something, and the ticket waits for the answer
     * (`waiting_seller`; the seller's reply hands it back, `in_progress`). Without it the status stays.
     */
    awaitSeller: z.optional(z.boolean()),
  }),
  'DeskMessageBody',
);
/** Body of `POST /tickets/{id}/messages` on the desk. */
export type DeskMessageBody = z.infer<typeof deskMessageBodySchema>;

/** Body of `POST /tickets/{id}/steps`. */
export const stepBodySchema = named(
  z.object({ text: textSchema(deskLimits.step.min, deskLimits.step.max) }),
  'StepBody',
);
/** Body of `POST /tickets/{id}/steps`. */
export type StepBody = z.infer<typeof stepBodySchema>;

/** Body of `POST /tickets/{id}/third-party`. */
export const thirdPartyBodySchema = named(
  z.object({
    party: z.enum(thirdParties),
    note: textSchema(deskLimits.thirdPartyNote.min, deskLimits.thirdPartyNote.max),
  }),
  'ThirdPartyBody',
);
/** Body of `POST /tickets/{id}/third-party`. */
export type ThirdPartyBody = z.infer<typeof thirdPartyBodySchema>;

const offerDescriptionSchema = textSchema(deskLimits.offerDescription.min, deskLimits.offerDescription.max);
// An amount of money offered is more than nothing.
const positiveMoneySchema = z.object({
  ...moneySchema.shape,
  amount: moneySchema.shape.amount.check(z.regex(/^(?!-)(?![0.]+$)/, 'a positive amount')),
});

/** Body of `POST /tickets/{id}/offers`: money for a discount or a compensation, none for an alternative. */
export const proposeOfferBodySchema = named(
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('discount'),
      description: offerDescriptionSchema,
      amount: positiveMoneySchema,
    }),
    z.object({
      kind: z.literal('compensation'),
      description: offerDescriptionSchema,
      amount: positiveMoneySchema,
    }),
    z.object({ kind: z.literal('alternative'), description: offerDescriptionSchema, amount: z.null() }),
  ]),
  'ProposeOfferBody',
);
/** Body of `POST /tickets/{id}/offers`. */
export type ProposeOfferBody = z.infer<typeof proposeOfferBodySchema>;

/** Body of `POST /tickets/{id}/resolve`. */
export const resolveBodySchema = named(
  z.object({ note: z.optional(textSchema(deskLimits.resolveNote.min, deskLimits.resolveNote.max)) }),
  'ResolveBody',
);
/** Body of `POST /tickets/{id}/resolve`. */
export type ResolveBody = z.infer<typeof resolveBodySchema>;

/** Body of `POST /tickets/{id}/close`. */
export const closeBodySchema = named(z.object({}), 'CloseBody');
/** Body of `POST /tickets/{id}/close`. */
export type CloseBody = z.infer<typeof closeBodySchema>;

/** Body of `POST /tickets/{id}/notes`. */
export const noteBodySchema = named(
  z.object({ body: textSchema(deskLimits.note.min, deskLimits.note.max) }),
  'NoteBody',
);
/** Body of `POST /tickets/{id}/notes`. */
export type NoteBody = z.infer<typeof noteBodySchema>;

// The client's reading (see ../schemas/tolerance.ts): open enums, an event of a kind this version
// does not list costs that event, a malformed item of a list costs that item.

const receivedModerator = orFallback(z.nullable(moderatorSchema), null);
const receivedVisibility = openEnum(eventVisibilities);
const receivedSellerVisible = {
  visibility: receivedVisibility,
  moderator: z.optional(orFallback(moderatorSchema, undefined)),
};

/** The client's reading of {@link deskSellerSchema}: a tier this version does not list is kept. */
export const receivedDeskSellerSchema = z.object({ ...deskSellerSchema.shape, tier: openEnum(sellerTiers) });
/** The seller of a ticket as a client reads it. */
export type ReceivedDeskSeller = z.infer<typeof receivedDeskSellerSchema>;

/** An event of a kind this version does not list: when it happened and who sees it is all a client can show. */
const unknownDeskEvent = z.object({
  ...eventBase,
  kind: unknownValueOf(deskTicketEventKinds),
  visibility: orFallback(receivedVisibility, 'internal'),
});

/** The client's reading of {@link deskTicketEventSchema}. */
export const receivedDeskTicketEventSchema = z.union([
  z.discriminatedUnion('kind', [
    z.object({ ...deskCreatedEvent.shape, ...receivedSellerVisible }),
    z.object({ ...deskAssignedEvent.shape, visibility: receivedVisibility }),
    z.object({ ...deskStepEvent.shape, ...receivedSellerVisible }),
    z.object({ ...deskMessageEvent.shape, ...receivedSellerVisible, author: openEnum(messageAuthors) }),
    z.object({ ...deskThirdPartyEvent.shape, ...receivedSellerVisible, party: openEnum(thirdParties) }),
    z.object({ ...deskOfferEvent.shape, ...receivedSellerVisible, offer: receivedOfferSchema }),
    z.object({
      ...deskOfferDecidedEvent.shape,
      ...receivedSellerVisible,
      decision: openEnum(offerDecisions),
    }),
    z.object({ ...deskResolvedEvent.shape, ...receivedSellerVisible }),
    z.object({ ...deskReopenedEvent.shape, ...receivedSellerVisible }),
    z.object({ ...deskRatedEvent.shape, ...receivedSellerVisible }),
    z.object({ ...deskClosedEvent.shape, ...receivedSellerVisible }),
    z.object({ ...noteEvent.shape, visibility: receivedVisibility }),
  ]),
  unknownDeskEvent,
]);
/** A desk event of a kind this version lists, as a client reads it. */
export type ReceivedKnownDeskTicketEvent = Exclude<
  z.infer<typeof receivedDeskTicketEventSchema>,
  UnknownDeskTicketEvent
>;
/** A desk event of a kind this version does not list. */
export interface UnknownDeskTicketEvent {
  id: string;
  at: string;
  kind: UnknownValue;
  visibility: Open<EventVisibility>;
}
/** A desk event as a client reads it; {@link isKnownDeskTicketEvent} narrows it by `kind`. */
export type ReceivedDeskTicketEvent = ReceivedKnownDeskTicketEvent | UnknownDeskTicketEvent;
/** Whether a desk event read from a server is of a kind this version lists. */
export function isKnownDeskTicketEvent(
  event: ReceivedDeskTicketEvent,
): event is ReceivedKnownDeskTicketEvent {
  return deskTicketEventKinds.some((kind) => kind === event.kind);
}

/** A desk ticket as a client reads it: `omittedEvents` and `omittedOffers` count what could not be read. */
export type ReceivedDeskTicket = Omit<z.output<typeof receivedDeskTicketObject>, 'events' | 'offers'> & {
  events: ReceivedDeskTicketEvent[];
  omittedEvents?: number | undefined;
  offers: ReceivedOffer[];
  omittedOffers?: number | undefined;
};

const noOffers: Sifted<ReceivedOffer> = { kept: [], omitted: 0 };

const receivedDeskTicketObject = z.object({
  ...deskTicketSchema.shape,
  topic: openEnum(topics),
  status: openEnum(ticketStatuses),
  assignee: receivedModerator,
  firstResponseDueAt: orFallback(z.nullable(timestampSchema), null),
  unread: orFallback(z.int().check(z.nonnegative()), 0),
  rating: orFallback(z.nullable(ratingSchema), null),
  seller: receivedDeskSellerSchema,
  // The request is the point of the desk's page; its parts fall back on their own.
  request: receivedTicketRequestSchema,
  offers: orFallback(siftedList(receivedOfferSchema), noOffers),
  events: siftedList(receivedDeskTicketEventSchema),
  eventsCursor: z.optional(orFallback(eventsCursorSchema, undefined)),
});

/** The client's reading of {@link deskTicketSchema}. */
export const receivedDeskTicketSchema = z.pipe(
  receivedDeskTicketObject,
  z.transform(({ events, offers, ...ticket }): ReceivedDeskTicket => ({
    ...ticket,
    events: events.kept,
    ...omittedAs('omittedEvents', events),
    offers: offers.kept,
    ...omittedAs('omittedOffers', offers),
  })),
);

/** A queue item as a client reads it. */
export type ReceivedQueueItem = z.output<typeof receivedQueueItemSchema>;

/** The client's reading of {@link queueItemSchema}. */
export const receivedQueueItemSchema = z.object({
  ...queueItemSchema.shape,
  topic: openEnum(topics),
  status: openEnum(ticketStatuses),
  assignee: receivedModerator,
  seller: receivedDeskSellerSchema,
  firstResponseDueAt: orFallback(z.nullable(timestampSchema), null),
  overdue: orFallback(z.boolean(), false),
  unread: orFallback(z.int().check(z.nonnegative()), 0),
  // A longer body than the contract allows is still a snippet; one that cannot be read is none.
  lastMessage: orFallback(
    z.nullable(
      z.object({
        ...ticketLastMessageSchema.shape,
        author: openEnum(messageAuthors),
        body: z.string(),
      }),
    ),
    null,
  ),
});

/** The queue as a client reads it: `omitted` counts the items that could not be read (absent when none). */
export interface ReceivedQueuePage {
  items: ReceivedQueueItem[];
  omitted?: number | undefined;
  nextCursor: string | null;
  counts: QueueCounts | null;
}

/** The client's reading of {@link queuePageSchema}: unreadable counts are null, not a lost queue. */
export const receivedQueuePageSchema = z.pipe(
  z.object({
    items: siftedList(receivedQueueItemSchema),
    nextCursor: z.nullable(z.string()),
    counts: orFallback(queueCountsSchema, null),
  }),
  z.transform(({ items, nextCursor, counts }): ReceivedQueuePage => ({
    items: items.kept,
    ...omittedAs('omitted', items),
    nextCursor,
    counts,
  })),
);

/**
 * Data of `event: ticket` on the desk's stream (`GET /events` of the desk's API, the protocol of
 * the seller's stream): something happened on any ticket, an internal note included. The queue
 * and an open ticket refetch from the desk's REST resources.
 */
export const deskLiveTicketChangeSchema = named(
  z.object({ ...liveTicketChangeSchema.shape, visibility: z.enum(eventVisibilities) }),
  'DeskLiveTicketChange',
);
/** Data of `event: ticket` on the desk's stream. */
export type DeskLiveTicketChange = z.infer<typeof deskLiveTicketChangeSchema>;

/** The desk's reading of {@link deskLiveTicketChangeSchema}: the seller's reading, visibility as an open value. */
export const receivedDeskLiveTicketChangeSchema = z.object({
  ...receivedLiveTicketChangeSchema.shape,
  visibility: orFallback(z.nullable(receivedVisibility), null),
});
/** A ticket change on the desk's stream as the desk reads it. */
export type ReceivedDeskLiveTicketChange = z.infer<typeof receivedDeskLiveTicketChangeSchema>;
