import * as z from 'zod/mini';
import {
  idSchema,
  moneySchema,
  omittedAs,
  pageSchema,
  receivedMoneySchema,
  receivedPageSchema,
  timestampSchema,
  type ReceivedPage,
} from './common';
import { named } from './registry';
import { isOneOf, openEnum, orFallback, siftedList, type Open } from './tolerance';

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
/** The status of an order as a client reads it: one of {@link OrderStatus}, or one this version does not list. */
export type ReceivedOrderStatus = Open<OrderStatus>;
/** Whether a status read from a server is one this version of the contract lists. */
export function isKnownOrderStatus(status: string): status is OrderStatus {
  return isOneOf(orderStatuses, status);
}

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

// The client's reading of an order, derived from the contract's (see tolerance.ts). A context
// snapshot echoes the same open values back, so it is built from the same parts.

const receivedOrderItemSchema = z.object({ ...orderItemSchema.shape, price: receivedMoneySchema });

const openOrderParts = { status: openEnum(orderStatuses), total: receivedMoneySchema };

/**
 * An order inside a context snapshot: what the server sent, as the client read it, so that an
 * order whose status this version does not list can still be asked about.
 */
export const snapshotOrderSchema = named(
  z.object({ ...orderSchema.shape, ...openOrderParts, items: z.array(receivedOrderItemSchema) }),
  'SnapshotOrder',
);
/** An order inside a context snapshot. */
export type SnapshotOrder = z.infer<typeof snapshotOrderSchema>;

/** An order as a client reads it: `omittedItems` counts the lines that could not be read (absent when none). */
export interface ReceivedOrder extends SnapshotOrder {
  omittedItems?: number | undefined;
}

/** The client's reading of {@link orderSchema}. */
export const receivedOrderSchema = z.pipe(
  z.object({
    ...orderSchema.shape,
    ...openOrderParts,
    items: siftedList(receivedOrderItemSchema),
    // Where the parcel is helps, but an order is worth showing without it.
    deliveryPoint: orFallback(z.nullable(deliveryPointSchema), null),
    tracking: orFallback(
      z.nullable(
        z.object({ ...trackingSchema.shape, lastScanAt: orFallback(z.nullable(timestampSchema), null) }),
      ),
      null,
    ),
  }),
  z.transform(({ items, ...order }): ReceivedOrder => ({
    ...order,
    items: items.kept,
    ...omittedAs('omittedItems', items),
  })),
);

/** The client's reading of {@link orderPageSchema}. */
export const receivedOrderPageSchema = receivedPageSchema(receivedOrderSchema);
/** A page of orders as a client reads it. */
export type ReceivedOrderPage = ReceivedPage<ReceivedOrder>;
