import * as z from 'zod/mini';
import { idSchema, pageSchema, receivedPageSchema, type ReceivedPage } from './common';
import { named } from './registry';
import { isOneOf, openEnum, type Open } from './tolerance';

/** Kinds of marketplace facility. */
export const facilityTypes = ['warehouse', 'pickup_point', 'distribution_centre'] as const;
/** Kinds of marketplace facility. */
export const facilityTypeSchema = z.enum(facilityTypes);
/** Kinds of marketplace facility. */
export type FacilityType = z.infer<typeof facilityTypeSchema>;
/** The type of a facility as a client reads it: one of {@link FacilityType}, or one this version does not list. */
export type ReceivedFacilityType = Open<FacilityType>;
/** Whether a facility type read from a server is one this version of the contract lists. */
export function isKnownFacilityType(type: string): type is FacilityType {
  return isOneOf(facilityTypes, type);
}

/** A warehouse, pickup point or distribution centre. */
export const facilitySchema = named(
  z.object({ id: idSchema, type: facilityTypeSchema, name: z.string(), address: z.string() }),
  'Facility',
);
/** A warehouse, pickup point or distribution centre. */
export type Facility = z.infer<typeof facilitySchema>;

/** Body of `GET /facilities`. */
export const facilityPageSchema = named(pageSchema(facilitySchema), 'FacilityPage');

/** The client's reading of {@link facilitySchema}: a type this version does not list is kept. */
export const receivedFacilitySchema = z.object({ ...facilitySchema.shape, type: openEnum(facilityTypes) });
/** A facility as a client reads it. */
export type ReceivedFacility = z.infer<typeof receivedFacilitySchema>;

/** The client's reading of {@link facilityPageSchema}. */
export const receivedFacilityPageSchema = receivedPageSchema(receivedFacilitySchema);
/** A page of facilities as a client reads it. */
export type ReceivedFacilityPage = ReceivedPage<ReceivedFacility>;
