import * as z from 'zod/mini';
import { idSchema, pageSchema } from './common';
import { named } from './registry';

export const facilityTypes = ['warehouse', 'pickup_point', 'distribution_centre'] as const;
export const facilityTypeSchema = z.enum(facilityTypes);
export type FacilityType = z.infer<typeof facilityTypeSchema>;

export const facilitySchema = named(
  z.object({ id: idSchema, type: facilityTypeSchema, name: z.string(), address: z.string() }),
  'Facility',
);
export type Facility = z.infer<typeof facilitySchema>;

export const facilityPageSchema = named(pageSchema(facilitySchema), 'FacilityPage');
