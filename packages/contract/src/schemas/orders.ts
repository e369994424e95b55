import * as z from 'zod/mini';
import { idSchema, moneySchema, pageSchema, timestampSchema } from './common';
import { named } from './registry';

/** Statuses of an order, from creation to delivery, cancellation or return. */
export const orderStatuses = [
  'created',
  'packed',
  'shipped',
  'in_transit',
  'at_pickup_point',
  'delivered',
  'cancelled',
  'returned',
] as const;
/** Statuses of an order, from creation to delivery, cancellation or return. */
export const orderStatusSchema = z.enum(orderStatuses);
/** Statuses of an order, from creation to delivery, cancellation or return. */
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** One line of an order. */
export const orderItemSchema = named(
  z.object({
    sku: z.string().check(z.minLength(1)),
    name: z.string(),
    quantity: z.int().check(z.positive()),
    price: moneySchema,
  }),
  'OrderItem',
);
/** One line of an order. */
export type OrderItem = z.infer<typeof orderItemSchema>;

/** Where the buyer collects the order. */
export const deliveryPointSchema = named(
  z.object({ id: idSchema, name: z.string(), address: z.string() }),
  'DeliveryPoint',
);
/** Where the buyer collects the order. */
export type DeliveryPoint = z.infer<typeof deliveryPointSchema>;

/** The last known whereabouts of a parcel. */
export const trackingSchema = named(
  z.object({
    state: z.string(),
    lastScanAt: z.nullable(timestampSchema),
    lastScanPlace: z.nullable(z.string()),
  }),
  'Tracking',
);
/** The last known whereabouts of a parcel. */
export type Tracking = z.infer<typeof trackingSchema>;

/** An order of the seller: body of `GET /orders/{id}`. */
export const orderSchema = named(
  z.object({
    id: idSchema,
    createdAt: timestampSchema,
    status: orderStatusSchema,
    total: moneySchema,
    items: z.array(orderItemSchema),
    deliveryPoint: z.nullable(deliveryPointSchema),
    tracking: z.nullable(trackingSchema),
  }),
  'Order',
);
/** An order of the seller: body of `GET /orders/{id}`. */
export type Order = z.infer<typeof orderSchema>;

/** Body of `GET /orders`. */
export const orderPageSchema = named(pageSchema(orderSchema), 'OrderPage');
