import {
  isKnownFacilityType,
  limits,
  topics,
  type FacilityType,
  type ReceivedFacility,
  type SnapshotOrder,
  type Topic,
} from '@seller-support/contract';
import { confidentialByDefault, defaultTopic, emptyAskFormValues, withTopic } from './form-defaults';
import type { AskFormValues } from './form-schema';
import { complaintFacilityTypeOf, mayNotHaveArrived } from './topic-choices';

// What changes with the topic: which orders it takes, what survives a change, what the host may offer.

function facilityOf(values: AskFormValues): ReceivedFacility | null {
  return values.topic === 'staff_complaint' || values.topic === 'logistics_info'
    ? values.fields.facility
    : null;
}

/**
 * The orders a topic takes from `orders`: only in-transit ones for a parcel's location, one for a
 * warranty claim, never more than the contract's limit, each once.
 */
export function ordersForTopic(topic: Topic, orders: readonly SnapshotOrder[]): SnapshotOrder[] {
  const unique = [...new Map(orders.map((order) => [order.id, order])).values()];
  const fitting =
    topic === 'parcel_location' ? unique.filter((order) => mayNotHaveArrived(order.status)) : unique;
  return fitting.slice(0, topic === 'warranty' ? 1 : limits.orderIds.max);
}

/**
 * Switches the topic and keeps what still applies: subject, description and attachments always;
 * orders where the new topic takes them (see {@link ordersForTopic}); the facility between the two
 * topics that have one. Topic-only fields are dropped.
 */
export function changeTopic(values: AskFormValues, topic: Topic): AskFormValues {
  if (values.topic === topic) return values;
  const next = withTopic(
    {
      subject: values.subject,
      description: values.description,
      attachments: values.attachments,
      orders: ordersForTopic(topic, values.orders),
      confidential: confidentialByDefault(topic),
    },
    topic,
  );
  const facility = facilityOf(values);
  if (facility !== null && next.topic === 'logistics_info') {
    // A type this version does not know is not one the seller can choose: they choose it again.
    return {
      ...next,
      fields: { facilityType: isKnownFacilityType(facility.type) ? facility.type : '', facility },
    };
  }
  const complaintType = facility === null ? null : complaintFacilityTypeOf(facility);
  if (facility !== null && complaintType !== null && next.topic === 'staff_complaint') {
    return { ...next, fields: { ...next.fields, facilityType: complaintType, facility } };
  }
  return next;
}

/** The topics a form offers: all but the hidden ones, and never none (hiding them all hides nothing). */
export function offeredTopics(hidden: readonly string[] = []): readonly Topic[] {
  const offered = topics.filter((topic) => !hidden.includes(topic));
  return offered.length === 0 ? topics : offered;
}

/** The values with a topic the form offers: a hidden one falls back to the first offered, keeping the text. */
export function withOfferedTopic(values: AskFormValues, offered: readonly Topic[]): AskFormValues {
  const [first] = offered;
  return first === undefined || offered.includes(values.topic) ? values : changeTopic(values, first);
}

/** A fresh form as the host opens it: its topic (when offered, else the default's fallback) and its orders. */
export function prefilledValues(
  offered: readonly Topic[],
  topic: Topic | undefined,
  orders: readonly SnapshotOrder[],
): AskFormValues {
  const start = withOfferedTopic(emptyAskFormValues(topic ?? defaultTopic), offered);
  return { ...start, orders: ordersForTopic(start.topic, orders) };
}

/** Adds orders to what the seller has chosen, as far as the topic takes them; returns the ids that fit. */
export function withOrdersAdded(
  values: AskFormValues,
  orders: readonly SnapshotOrder[],
): { values: AskFormValues; added: string[] } {
  const before = new Set(values.orders.map((order) => order.id));
  const next = ordersForTopic(values.topic, [...values.orders, ...orders]);
  const added = next.filter((order) => !before.has(order.id)).map((order) => order.id);
  return { values: added.length === 0 ? values : { ...values, orders: next }, added };
}

/** Which facility types a topic's picker offers. */
export function facilityTypesFor(values: AskFormValues): readonly FacilityType[] {
  if (values.topic === 'staff_complaint' || values.topic === 'logistics_info') {
    return values.fields.facilityType === '' ? [] : [values.fields.facilityType];
  }
  return [];
}
