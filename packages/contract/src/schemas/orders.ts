import * as z from 'zod/mini';
import { idSchema, moneySchema, pageSchema, timestampSchema } from './common';
import { named } from './registry';

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
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderItemSchema = named(
  z.object({
    sku: z.string().check(z.minLength(1)),
    name: z.string(),
    quantity: z.int().check(z.positive()),
    price: moneySchema,
  }),
  'OrderItem',
);
export type OrderItem = z.infer<typeof orderItemSchema>;

export const deliveryPointSchema = named(
  z.object({ id: idSchema, name: z.string(), address: z.string() }),
  'DeliveryPoint',
);
export type DeliveryPoint = z.infer<typeof deliveryPointSchema>;

export const trackingSchema = named(
  z.object({
    state: z.string(),
    lastScanAt: z.nullable(timestampSchema),
    lastScanPlace: z.nullable(z.string()),
  }),
  'Tracking',
);
export type Tracking = z.infer<typeof trackingSchema>;

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
export type Order = z.infer<typeof orderSchema>;

export const orderPageSchema = named(pageSchema(orderSchema), 'OrderPage');
