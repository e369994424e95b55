import * as z from 'zod/mini';
import { timestampSchema } from './common';
import { facilityTypeSchema } from './facilities';
import { orderStatusSchema } from './orders';
import { maxPageLimit } from './request-limits';
import { eventsCursorSchema, ticketStatusSchema, topicSchema } from './tickets';

// What travels in URLs and headers rather than in bodies. These schemas are not components of the
// OpenAPI document: they become its query and header parameters.

export { defaultArticleLimit, defaultPageLimit, idempotencyKeySchema, maxPageLimit } from './request-limits';

/** `limit` of a cursor-paginated list. */
export const pageLimitSchema = z.int().check(z.gte(1), z.lte(maxPageLimit));

/** The opaque `nextCursor` of a previous page. */
export const cursorSchema = z.string().check(z.minLength(1), z.maxLength(1024));

/** Free-text search as the seller typed it. */
export const searchQuerySchema = z.string().check(z.maxLength(200));

/** Query of `GET /orders`. `from` is inclusive, `to` exclusive, both compared with `createdAt`. */
export const listOrdersQuerySchema = z.object({
  /** Matches the order id, an item name or a SKU. */
  query: z.optional(searchQuerySchema),
  /** Any of these statuses; repeated as `status=a&status=b`. */
  status: z.optional(z.array(orderStatusSchema)),
  from: z.optional(timestampSchema),
  to: z.optional(timestampSchema),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});
/** Query of `GET /orders`; every field optional. */
export type ListOrdersQuery = z.input<typeof listOrdersQuerySchema>;

/** Query of `GET /facilities`. */
export const listFacilitiesQuerySchema = z.object({
  type: z.optional(facilityTypeSchema),
  query: z.optional(searchQuerySchema),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});
/** Query of `GET /facilities`; every field optional. */
export type ListFacilitiesQuery = z.input<typeof listFacilitiesQuerySchema>;

/** Query of `GET /articles` (not paginated: the best `limit` matches). */
export const listArticlesQuerySchema = z.object({
  topic: z.optional(topicSchema),
  query: z.optional(searchQuerySchema),
  limit: z.optional(pageLimitSchema),
});
/** Query of `GET /articles`; every field optional. */
export type ListArticlesQuery = z.input<typeof listArticlesQuerySchema>;

/** Query of `GET /tickets`. */
export const listTicketsQuerySchema = z.object({
  /** Any of these statuses; repeated as `status=a&status=b`. */
  status: z.optional(z.array(ticketStatusSchema)),
  /** Any of these topics; repeated as `topic=a&topic=b`. */
  topic: z.optional(z.array(topicSchema)),
  /**
   * `true`: only tickets with unread events (`unread > 0`), for the unread count a host shows;
   * `false` is the same as leaving it out. Sent as `unread=true`.
   */
  unread: z.optional(z.boolean()),
  query: z.optional(searchQuerySchema),
  cursor: z.optional(cursorSchema),
  limit: z.optional(pageLimitSchema),
});
/** Query of `GET /tickets`; every field optional. */
export type ListTicketsQuery = z.input<typeof listTicketsQuerySchema>;

/** Query of `GET /tickets/{id}/events`. */
export const ticketEventsQuerySchema = z.object({
  /** The `eventsCursor` of the ticket or of the previous answer: the events after it are sent. */
  after: eventsCursorSchema,
});
/** Query of `GET /tickets/{id}/events`. */
export type TicketEventsQuery = z.input<typeof ticketEventsQuerySchema>;
