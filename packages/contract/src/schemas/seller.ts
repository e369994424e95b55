import * as z from 'zod/mini';
import { idSchema, moneySchema, omittedAs, receivedMoneySchema } from './common';
import { orderSchema, orderStatuses, receivedOrderSchema, type ReceivedOrder } from './orders';
import { named } from './registry';
import { isOneOf, openEnum, orFallback, siftedList, type Open } from './tolerance';

/** Account tiers of a seller. */
export const sellerTiers = ['standard', 'silver', 'gold', 'platinum'] as const;
/** Account tiers of a seller. */
export const sellerTierSchema = z.enum(sellerTiers);
/** Account tiers of a seller. */
export type SellerTier = z.infer<typeof sellerTierSchema>;
/** The tier of a seller as a client reads it: one of {@link SellerTier}, or one this version does not list. */
export type ReceivedSellerTier = Open<SellerTier>;
/** Whether a tier read from a server is one this version of the contract lists. */
export function isKnownSellerTier(tier: string): tier is SellerTier {
  return isOneOf(sellerTiers, tier);
}

/** Who the seller is. */
export const sellerSchema = named(
  z.object({
    id: idSchema,
    legalName: z.string().check(z.minLength(1)),
    taxId: z.string().check(z.regex(/^\d{10}(\d{2})?$/, 'a 10 or 12 digit tax id')),
    contactName: z.string(),
    email: z.string(),
    phone: z.string(),
    tier: sellerTierSchema,
  }),
  'Seller',
);
/** Who the seller is. */
export type Seller = z.infer<typeof sellerSchema>;

/** Orders and turnover over a recent period, and open returns. */
export const dealSummarySchema = named(
  z.object({
    periodDays: z.int().check(z.positive()),
    orders: z.int().check(z.nonnegative()),
    turnover: moneySchema,
    openReturns: z.int().check(z.nonnegative()),
  }),
  'DealSummary',
);
/** Orders and turnover over a recent period, and open returns. */
export type DealSummary = z.infer<typeof dealSummarySchema>;

/** Body of `GET /context`. */
export const sellerContextSchema = named(
  z.object({
    seller: sellerSchema,
    dealSummary: dealSummarySchema,
    /** Orders not yet at the pickup point; at most 200, the rest via `GET /orders?status=in_transit`. */
    inTransit: z.array(orderSchema).check(z.maxLength(200)),
  }),
  'SellerContext',
);
/** Body of `GET /context`. */
export type SellerContext = z.infer<typeof sellerContextSchema>;

// The client's reading of the context, derived from the contract's (see tolerance.ts). A context
// snapshot echoes the seller and the deal summary back as read, so it uses the same schemas.

/** A seller as a client reads it and a context snapshot echoes it: a tier this version does not list is kept. */
export const snapshotSellerSchema = named(
  z.object({ ...sellerSchema.shape, tier: openEnum(sellerTiers) }),
  'SnapshotSeller',
);
/** A seller as a client reads it. */
export type ReceivedSeller = z.infer<typeof snapshotSellerSchema>;

/**
 * A deal summary as a client reads it and a context snapshot echoes it; null when the server's
 * could not be read (a negative count, say): none of it is worth showing then.
 */
export const snapshotDealSummarySchema = named(
  z.nullable(z.object({ ...dealSummarySchema.shape, turnover: receivedMoneySchema })),
  'SnapshotDealSummary',
);
/** A deal summary as a client reads it; null when the server's could not be read. */
export type ReceivedDealSummary = z.infer<typeof snapshotDealSummarySchema>;

/** `GET /context` as a client reads it: `omittedInTransit` counts the orders that could not be read (absent when none). */
export interface ReceivedSellerContext {
  seller: ReceivedSeller;
  dealSummary: ReceivedDealSummary;
  inTransit: ReceivedOrder[];
  omittedInTransit?: number | undefined;
}

/** The client's reading of {@link sellerContextSchema}. */
export const receivedSellerContextSchema = z.pipe(
  z.object({
    ...sellerContextSchema.shape,
    seller: snapshotSellerSchema,
    dealSummary: orFallback(snapshotDealSummarySchema, null),
    // No limit here: more than the contract allows is the server's business, not a reason to show nothing.
    inTransit: siftedList(receivedOrderSchema),
  }),
  z.transform(({ seller, dealSummary, inTransit }): ReceivedSellerContext => ({
    seller,
    dealSummary,
    inTransit: inTransit.kept,
    ...omittedAs('omittedInTransit', inTransit),
  })),
);

/** An in-transit order inside a context snapshot: its id and its status as the server sent it. */
export const inTransitRefSchema = z.object({ id: idSchema, status: openEnum(orderStatuses) });
