import {
  isKnownOrderStatus,
  isOneOf,
  type OrderStatus,
  type ReceivedFacility,
  type ReceivedOrderStatus,
} from '@seller-support/contract';

// The choices a topic's fields offer, and which orders and facilities a topic can be about.

/** Statuses of an order that has not reached the pickup point yet: the only ones a "where is my parcel" request may name. */
export const notYetArrivedStatuses: readonly OrderStatus[] = ['shipped', 'in_transit'];
const notYetArrived: ReadonlySet<OrderStatus> = new Set(notYetArrivedStatuses);

/**
 * Whether an order may not have reached the pickup point yet: its status says so, or it is one this
 * version does not know. The in-transit list is the server's (`GET /orders?status=in_transit`), and a
 * newer server may list a parcel there under a status of its own (`lost_in_transit`): refusing it
 * would refuse the very order the picker offered, over a word the module cannot read. The server
 * checks the order against its own data anyway.
 */
export function mayNotHaveArrived(status: ReceivedOrderStatus): boolean {
  return !isKnownOrderStatus(status) || notYetArrived.has(status);
}

export const accountAreas = ['registration', 'cabinet', 'mobile_app', 'other'] as const;
export type AccountArea = (typeof accountAreas)[number];
export const orderActions = ['change', 'cancel', 'return'] as const;
export type OrderAction = (typeof orderActions)[number];
export const complaintFacilityTypes = ['warehouse', 'pickup_point'] as const;
export type ComplaintFacilityType = (typeof complaintFacilityTypes)[number];

/** The complaint's facility type a facility stands for; null for one a complaint cannot be about. */
export function complaintFacilityTypeOf(facility: ReceivedFacility): ComplaintFacilityType | null {
  return isOneOf(complaintFacilityTypes, facility.type) ? facility.type : null;
}
