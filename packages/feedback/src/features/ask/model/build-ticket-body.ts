import type {
  ContextSnapshot,
  CreateTicketBody,
  ReceivedSellerContext,
  SnapshotOrder,
} from '@seller-support/contract';
import { normalizeText } from '../../../shared/lib/text';
import { parseAmount } from './conversions';
import type { ValidAskFormValues } from './form-schema';

/** A choice the schema has already required; an empty one here is a bug, not the seller's mistake. */
function chosen<T extends string>(value: T | ''): T {
  if (value === '') throw new TypeError('buildTicketBody needs values that passed askFormSchema');
  return value;
}

export type Environment = ContextSnapshot['environment'];

/** The contract's currency for amounts the seller types; the cabinet's money is in roubles. */
const amountCurrency = 'RUB';

/**
 * An order as the snapshot carries it: what the server sent, field by field, without what the
 * client added in reading it (such as how many of its lines it could not read).
 */
function asSnapshotOrder(order: SnapshotOrder): SnapshotOrder {
  const { id, createdAt, status, total, items, deliveryPoint, tracking } = order;
  return { id, createdAt, status, total, items, deliveryPoint, tracking };
}

/** What support sees beside the request: the seller's case as it is now, with the chosen orders. */
export function buildContextSnapshot(
  values: Pick<ValidAskFormValues, 'orders'>,
  context: ReceivedSellerContext,
  environment: Environment,
): ContextSnapshot {
  return {
    seller: context.seller,
    orders: values.orders.map(asSnapshotOrder),
    dealSummary: context.dealSummary,
    inTransit: context.inTransit.map(({ id, status }) => ({ id, status })),
    environment,
  };
}

/**
 * The body of `POST /tickets` from valid form values: text normalised, whole orders and
 * facilities reduced to ids, and the context snapshot as it is at submit time.
 */
export function buildTicketBody(
  values: ValidAskFormValues,
  context: ReceivedSellerContext,
  environment: Environment,
): CreateTicketBody {
  const common = {
    subject: normalizeText(values.subject),
    description: normalizeText(values.description),
    attachmentIds: values.attachments.map((attachment) => attachment.id),
    orderIds: values.orders.map((order) => order.id),
    confidential: values.confidential,
    context: buildContextSnapshot(values, context, environment),
  };
  switch (values.topic) {
    case 'account': {
      const steps = normalizeText(values.fields.stepsToReproduce);
      return {
        ...common,
        topic: values.topic,
        fields: { area: chosen(values.fields.area), ...(steps === '' ? {} : { stepsToReproduce: steps }) },
        facilityId: null,
      };
    }
    case 'orders':
      return {
        ...common,
        topic: values.topic,
        fields: { action: chosen(values.fields.action) },
        facilityId: null,
      };
    case 'staff_complaint':
      return {
        ...common,
        topic: values.topic,
        fields: {
          facilityType: chosen(values.fields.facilityType),
          incidentDate: values.fields.incidentDate,
        },
        // The schema refuses a complaint without a facility; '' would be refused by the contract too.
        facilityId: values.fields.facility?.id ?? '',
      };
    case 'parcel_location':
      return { ...common, topic: values.topic, fields: {}, facilityId: null };
    case 'logistics_info':
      return {
        ...common,
        topic: values.topic,
        fields: { facilityType: chosen(values.fields.facilityType) },
        facilityId: values.fields.facility?.id ?? null,
      };
    case 'fraud':
      return { ...common, topic: values.topic, fields: {}, facilityId: null };
    case 'payments': {
      const { periodFrom, periodTo } = values.fields;
      const amount = parseAmount(values.fields.amount);
      return {
        ...common,
        topic: values.topic,
        fields: {
          ...(periodFrom !== '' && periodTo !== ''
            ? { payoutPeriod: { from: periodFrom, to: periodTo } }
            : {}),
          ...(amount === null ? {} : { amount: { amount, currency: amountCurrency } }),
        },
        facilityId: null,
      };
    }
    case 'warranty':
      return {
        ...common,
        topic: values.topic,
        fields: { itemSku: values.fields.itemSku, defect: normalizeText(values.fields.defect) },
        facilityId: null,
      };
  }
}

/** Where the request is written from; no personal data beyond what the browser tells every site. */
export function currentEnvironment(moduleVersion: string, locale: string): Environment {
  return {
    moduleVersion,
    hostRoute: globalThis.location.pathname,
    locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    userAgent: globalThis.navigator.userAgent,
  };
}
