import * as z from 'zod/mini';
import { idSchema, moneySchema } from './common';
import { orderSchema, orderStatusSchema } from './orders';
import { named } from './registry';

/** Account tiers of a seller. */
export const sellerTiers = ['standard', 'silver', 'gold', 'platinum'] as const;
/** Account tiers of a seller. */
export const sellerTierSchema = z.enum(sellerTiers);
/** Account tiers of a seller. */
export type SellerTier = z.infer<typeof sellerTierSchema>;

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

/** What an in-transit order looks like inside a submitted context snapshot. */
export const inTransitRefSchema = z.object({ id: idSchema, status: orderStatusSchema });
