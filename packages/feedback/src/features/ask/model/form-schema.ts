import { facilityTypes, limits, receivedFacilitySchema, snapshotOrderSchema } from '@seller-support/contract';
import * as z from 'zod/mini';
import { checkText } from '../../../shared/lib/text';
import { isRealDate, localToday, parseAmount } from './conversions';
import { accountAreas, complaintFacilityTypes, mayNotHaveArrived, orderActions } from './topic-choices';

/**
 * The form's own values, one variant per topic (a discriminated union on `topic`). They hold what
 * the pickers need to show (whole orders and facilities, uploaded attachments), and the text as
 * typed; `buildTicketBody` turns valid values into the contract's body.
 *
 * Error messages are codes (`required`, `tooShort:3`, …): the UI translates them, so the schema
 * stays free of language.
 */

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
      // A date that is none yet has its own error; the order of two real ones is this rule's.
      else if (isRealDate(periodFrom) && isRealDate(periodTo) && periodFrom > periodTo)
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
