import type { Topic } from '@seller-support/contract';
import type { AskFormValues } from './form-schema';

// What a form holds before the seller writes anything: per topic, and the default topic.

type FieldsOf<T extends Topic> = Extract<AskFormValues, { topic: T }>['fields'];

/** Empty topic-specific fields for each topic. */
export function emptyFields<T extends Topic>(topic: T): FieldsOf<T>;
export function emptyFields(topic: Topic): AskFormValues['fields'] {
  switch (topic) {
    case 'account':
      return { area: '', stepsToReproduce: '' };
    case 'orders':
      return { action: '' };
    case 'staff_complaint':
      return { facilityType: '', facility: null, incidentDate: '' };
    case 'logistics_info':
      return { facilityType: '', facility: null };
    case 'payments':
      return { periodFrom: '', periodTo: '', amount: '' };
    case 'warranty':
      return { itemSku: '', defect: '' };
    case 'parcel_location':
    case 'fraud':
      return {};
  }
}

/** Fraud reports are confidential unless the seller says otherwise. */
export const confidentialByDefault = (topic: Topic): boolean => topic === 'fraud';

export const defaultTopic: Topic = 'orders';

/** An empty form for a topic. */
export function emptyAskFormValues(topic: Topic = defaultTopic): AskFormValues {
  return withTopic(
    { subject: '', description: '', attachments: [], orders: [], confidential: confidentialByDefault(topic) },
    topic,
  );
}

type CommonValues = Pick<
  AskFormValues,
  'subject' | 'description' | 'attachments' | 'orders' | 'confidential'
>;

/** `common` with `topic` and that topic's empty fields. */
export function withTopic(common: CommonValues, topic: Topic): AskFormValues {
  switch (topic) {
    case 'account':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'orders':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'staff_complaint':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'parcel_location':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'logistics_info':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'fraud':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'payments':
      return { ...common, topic, fields: emptyFields(topic) };
    case 'warranty':
      return { ...common, topic, fields: emptyFields(topic) };
  }
}

/** Nothing the seller wrote or chose beyond a topic: such a draft is not worth keeping over the host's prefill. */
export function isBlank(values: AskFormValues): boolean {
  const empty = emptyAskFormValues(values.topic);
  return (
    values.subject.trim() === '' &&
    values.description.trim() === '' &&
    values.orders.length === 0 &&
    values.attachments.length === 0 &&
    JSON.stringify(values.fields) === JSON.stringify(empty.fields)
  );
}
