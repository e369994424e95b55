import * as z from 'zod/mini';
import { idSchema, pageSchema } from './common';
import { named } from './registry';

/** Kinds of marketplace facility. */
export const facilityTypes = ['warehouse', 'pickup_point', 'distribution_centre'] as const;
/** Kinds of marketplace facility. */
export const facilityTypeSchema = z.enum(facilityTypes);
/** Kinds of marketplace facility. */
export type FacilityType = z.infer<typeof facilityTypeSchema>;

/** A warehouse, pickup point or distribution centre. */
export const facilitySchema = named(
  z.object({ id: idSchema, type: facilityTypeSchema, name: z.string(), address: z.string() }),
  'Facility',
);
/** A warehouse, pickup point or distribution centre. */
export type Facility = z.infer<typeof facilitySchema>;

/** Body of `GET /facilities`. */
export const facilityPageSchema = named(pageSchema(facilitySchema), 'FacilityPage');
