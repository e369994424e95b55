import {
  facilityTypes,
  isKnownFacilityType,
  isKnownOrderStatus,
  isOneOf,
  limits,
  receivedFacilitySchema,
  snapshotOrderSchema,
  topics,
  type FacilityType,
  type OrderStatus,
  type ReceivedFacility,
  type ReceivedOrderStatus,
  type SnapshotOrder,
  type Topic,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import { checkText } from '../../../shared/lib/text';

/**
 * The form's own values, one variant per topic (a discriminated union on `topic`). They hold what
 * the pickers need to show (whole orders and facilities, uploaded attachments), and the text as
 * typed; `buildTicketBody` turns valid values into the contract's body.
 *
 * Error messages are codes (`required`, `tooShort:3`, …): the UI translates them, so the schema
 * stays free of language.
 */

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

/** The error codes the form produces; the UI has a message for each. */
export type FormErrorCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'controlCharacters'
  | 'invisibleOnly'
  | 'ordersRequired'
  | 'tooManyOrders'
  | 'oneOrder'
  | 'notInTransit'
  | 'facilityRequired'
  | 'facilityType'
  | 'invalidDate'
  | 'dateInFuture'
  | 'invalidAmount'
  | 'periodIncomplete'
  | 'periodOrder'
  | 'itemRequired';

/** `tooShort:3` → `{ code: 'tooShort', limit: 3 }`. */
export function parseErrorCode(message: string): { code: string; limit: number | null } {
  const [code = '', limit] = message.split(':');
  return { code, limit: limit === undefined ? null : Number(limit) };
}

function text(min: number, max: number, { required }: { required: boolean }) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const problem = checkText(value, { min, max, required });
      if (problem === null) return;
      const message = 'limit' in problem ? `${problem.code}:${problem.limit}` : problem.code;
      ctx.addIssue({ code: 'custom', message, input: value });
    }),
  );
}

/** A choice not made yet is `''` in the form and a `required` error on submit. */
function choice<const T extends readonly [string, ...string[]]>(options: T, { strict }: { strict: boolean }) {
  const schema = z.union([z.literal(''), z.enum(options)]);
  return strict ? schema.check(z.refine((value) => value !== '', { message: 'required' })) : schema;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today as `YYYY-MM-DD` in the seller's own time zone. */
export function localToday(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Accepts "1 234,50" and "1234.5"; returns the contract's decimal string or null. */
export function parseAmount(input: string): string | null {
  const compact = input.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(compact)) return null;
  const [whole = '0', fraction = ''] = compact.split('.');
  if (Number(compact) <= 0) return null;
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** An uploaded file as the draft keeps it; the attachment field reports these. */
export const draftAttachmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  size: z.number(),
  type: z.string(),
  thumbnail: z.exactOptional(z.string()),
});
export type FormAttachment = z.infer<typeof draftAttachmentSchema>;

/**
 * The variants of the form, strict (every rule, for validation) or as a bare shape (for reading a
 * stored draft back: an unfinished draft is still a draft).
 */
function variants(strict: boolean) {
  const textOf = (min: number, max: number, options: { required: boolean }) =>
    strict ? text(min, max, options) : z.string();
  const choiceOf = <const T extends readonly [string, ...string[]]>(options: T) =>
    choice(options, { strict });
  const checked = (check: z.core.$ZodCheck<string>) => (strict ? z.string().check(check) : z.string());

  const common = {
    subject: textOf(limits.subject.min, limits.subject.max, { required: true }),
    description: textOf(limits.description.min, limits.description.max, { required: true }),
    attachments: z.array(draftAttachmentSchema),
    // As the client read them: an order whose status this version does not know can still be asked about.
    orders: z.array(snapshotOrderSchema),
    confidential: z.boolean(),
  };
  const optionalDate = () =>
    checked(z.refine((value: string) => value === '' || isRealDate(value), { message: 'invalidDate' }));

  return [
    z.object({
      ...common,
      topic: z.literal('account'),
      fields: z.object({
        area: choiceOf(accountAreas),
        stepsToReproduce: textOf(limits.stepsToReproduce.min, limits.stepsToReproduce.max, {
          required: false,
        }),
      }),
    }),
    z.object({ ...common, topic: z.literal('orders'), fields: z.object({ action: choiceOf(orderActions) }) }),
    z.object({
      ...common,
      topic: z.literal('staff_complaint'),
      fields: z.object({
        // Follows the chosen facility; the facility's own rule reports a missing one.
        facilityType: choice(complaintFacilityTypes, { strict: false }),
        facility: z.nullable(receivedFacilitySchema),
        incidentDate: checked(
          z.superRefine((value: string, ctx) => {
            let message: string | null = null;
            if (value === '') message = 'required';
            else if (!isRealDate(value)) message = 'invalidDate';
            else if (value > localToday()) message = 'dateInFuture';
            if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
          }),
        ),
      }),
    }),
    z.object({ ...common, topic: z.literal('parcel_location'), fields: z.object({}) }),
    z.object({
      ...common,
      topic: z.literal('logistics_info'),
      fields: z.object({
        facilityType: choiceOf(facilityTypes),
        facility: z.nullable(receivedFacilitySchema),
      }),
    }),
    z.object({ ...common, topic: z.literal('fraud'), fields: z.object({}) }),
    z.object({
      ...common,
      topic: z.literal('payments'),
      fields: z.object({
        periodFrom: optionalDate(),
        periodTo: optionalDate(),
        amount: checked(
          z.refine((value: string) => value.trim() === '' || parseAmount(value) !== null, {
            message: 'invalidAmount',
          }),
        ),
      }),
    }),
    z.object({
      ...common,
      topic: z.literal('warranty'),
      fields: z.object({
        itemSku: z.string(),
        defect: textOf(limits.defect.min, limits.defect.max, { required: true }),
      }),
    }),
  ] as const;
}

const strictVariants = variants(true);

type AnyVariant = z.output<(typeof strictVariants)[number]>;

/** Rules that span fields: which topics need orders, which orders, which facility. */
function crossFieldIssues(values: AnyVariant): { path: PropertyKey[]; message: FormErrorCode }[] {
  const issues: { path: PropertyKey[]; message: FormErrorCode }[] = [];
  const { orders } = values;
  if (orders.length > limits.orderIds.max) issues.push({ path: ['orders'], message: 'tooManyOrders' });
  switch (values.topic) {
    case 'orders':
      if (orders.length === 0) issues.push({ path: ['orders'], message: 'ordersRequired' });
      break;
    case 'parcel_location':
      if (orders.length === 0) issues.push({ path: ['orders'], message: 'ordersRequired' });
      else if (orders.some((order) => !mayNotHaveArrived(order.status)))
        issues.push({ path: ['orders'], message: 'notInTransit' });
      break;
    case 'warranty': {
      if (orders.length !== 1) {
        issues.push({ path: ['orders'], message: orders.length === 0 ? 'ordersRequired' : 'oneOrder' });
      }
      const order = orders[0];
      if (
        orders.length === 1 &&
        order !== undefined &&
        !order.items.some((item) => item.sku === values.fields.itemSku)
      ) {
        issues.push({ path: ['fields', 'itemSku'], message: 'itemRequired' });
      }
      break;
    }
    case 'staff_complaint': {
      const { facility, facilityType } = values.fields;
      if (facility === null) issues.push({ path: ['fields', 'facility'], message: 'facilityRequired' });
      else if (facility.type !== facilityType)
        issues.push({ path: ['fields', 'facility'], message: 'facilityType' });
      break;
    }
    case 'logistics_info': {
      const { facility, facilityType } = values.fields;
      if (facility !== null && facility.type !== facilityType)
        issues.push({ path: ['fields', 'facility'], message: 'facilityType' });
      break;
    }
    case 'payments': {
      const { periodFrom, periodTo } = values.fields;
      if ((periodFrom === '') !== (periodTo === ''))
        issues.push({
          path: ['fields', periodFrom === '' ? 'periodFrom' : 'periodTo'],
          message: 'periodIncomplete',
        });
      else if (periodFrom !== '' && periodFrom > periodTo)
        issues.push({ path: ['fields', 'periodTo'], message: 'periodOrder' });
      break;
    }
    case 'account':
    case 'fraud':
      break;
  }
  return issues;
}

/** The form's schema: one variant per topic, then the rules that span fields. */
export const askFormSchema = z.discriminatedUnion('topic', strictVariants).check(
  z.superRefine((values, ctx) => {
    for (const issue of crossFieldIssues(values)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: values });
    }
  }),
);

/** The bare shape of the form's values, without the rules: reads a stored draft back. */
export const askFormShapeSchema = z.discriminatedUnion('topic', variants(false));

/** What the form holds while the seller writes (choices may still be empty). */
export type AskFormValues = z.input<typeof askFormSchema>;
/** Values that passed every rule: what `buildTicketBody` takes. */
export type ValidAskFormValues = z.output<typeof askFormSchema>;
export type AskFormTopic = AskFormValues['topic'];

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

function withTopic(common: CommonValues, topic: Topic): AskFormValues {
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

/** Which facility types a topic's picker offers. */
export function facilityTypesFor(values: AskFormValues): readonly FacilityType[] {
  if (values.topic === 'staff_complaint' || values.topic === 'logistics_info') {
    return values.fields.facilityType === '' ? [] : [values.fields.facilityType];
  }
  return [];
}

export { topics };
