import { isKnownFieldErrorCode, limits, type FieldErrorCode } from '@seller-support/contract';
import { get, type FieldErrors } from 'react-hook-form';
import type { Translate } from '../../../shared/i18n';
import { parseErrorCode } from '../model/form-schema';
import { formPathOrder, type FormPath } from '../model/field-paths';
import type { AskFormValues } from '../model/form-schema';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * The error type of a field the server refused: `server:<code>`, the message being the server's
 * own words. The code is the contract's (`in_future`…), or empty when it sent none.
 */
export const serverErrorType = (code: string | undefined) => `server:${code ?? ''}`;
/** The error type of a message already in the seller's language (files the server no longer has). */
export const translatedErrorType = 'translated';

/** The raw error of one field: a code from the schema, a server's refusal, or a message already translated. */
export function fieldErrorAt(
  errors: FieldErrors<AskFormValues>,
  path: FormPath,
): { message: string; type: string } | undefined {
  const error: unknown = get(errors, path);
  if (!isRecord(error)) return undefined;
  const { message } = error;
  const type = typeof error.type === 'string' ? error.type : '';
  if (typeof message !== 'string') return undefined;
  // A server may refuse a field without a word: the code (or none) still marks it.
  if (message === '' && !type.startsWith('server:')) return undefined;
  return { message, type };
}

/** Each form value's name in the keys of its messages (`fields.incidentDate` → `incidentDate`). */
const fieldKeys = {
  topic: 'topic',
  subject: 'subject',
  description: 'description',
  orders: 'orders',
  attachments: 'attachments',
  confidential: 'confidential',
  'fields.area': 'area',
  'fields.stepsToReproduce': 'stepsToReproduce',
  'fields.action': 'action',
  'fields.facilityType': 'facilityType',
  'fields.facility': 'facility',
  'fields.incidentDate': 'incidentDate',
  'fields.periodFrom': 'periodFrom',
  'fields.periodTo': 'periodTo',
  'fields.amount': 'amount',
  'fields.itemSku': 'itemSku',
  'fields.defect': 'defect',
} as const satisfies Record<FormPath, string>;
type FieldKey = (typeof fieldKeys)[FormPath];
const keyOf = (path: FormPath): FieldKey => fieldKeys[path];

/** Fields that say what their missing value is in their own words; the rest say "fill in X". */
const requiredWording = [
  'topic',
  'subject',
  'description',
  'orders',
  'area',
  'action',
  'facilityType',
  'facility',
  'incidentDate',
  'itemSku',
  'defect',
] as const satisfies readonly FieldKey[];
type RequiredWording = (typeof requiredWording)[number];
const hasRequiredWording = (key: FieldKey): key is RequiredWording =>
  requiredWording.some((candidate) => candidate === key);

/** The texts' limits, as the server counts them: a `too_short` or `too_long` names the number. */
const textLimits: Partial<Record<FormPath, { min: number; max: number }>> = {
  subject: limits.subject,
  description: limits.description,
  'fields.stepsToReproduce': limits.stepsToReproduce,
  'fields.defect': limits.defect,
};

/**
 * The form's own error code for a server's refusal of `path`: the module words it as if it had
 * found the problem itself. Null when the code says nothing this field could be told (none, an
 * unknown one, or one that does not fit the field): the field then gets a general message.
 */
export function localCodeOf(path: FormPath, code: FieldErrorCode): string | null {
  const text = textLimits[path];
  switch (code) {
    case 'required':
      return path === 'orders'
        ? 'ordersRequired'
        : path === 'fields.facility'
          ? 'facilityRequired'
          : 'required';
    case 'too_short':
      return text === undefined ? null : `tooShort:${text.min}`;
    case 'too_long':
      return text === undefined ? null : `tooLong:${text.max}`;
    case 'too_many':
      if (path === 'orders') return `tooManyOrders:${limits.orderIds.max}`;
      return path === 'attachments' ? 'tooManyFiles' : null;
    case 'too_large':
      return path === 'attachments' ? 'filesTooLarge' : null;
    case 'not_found':
      if (path === 'orders') return 'orderNotFound';
      if (path === 'fields.facility') return 'facilityNotFound';
      if (path === 'fields.itemSku') return 'itemRequired';
      return path === 'attachments' ? 'fileNotFound' : null;
    case 'not_in_transit':
      return path === 'orders' ? 'notInTransit' : null;
    case 'in_future':
      return path === 'fields.incidentDate' ? 'dateInFuture' : null;
    case 'out_of_order':
      return path === 'fields.periodTo' || path === 'fields.periodFrom' ? 'periodOrder' : null;
    case 'invalid':
      if (path === 'fields.facility') return 'facilityType';
      if (path === 'fields.amount') return 'invalidAmount';
      if (path === 'fields.incidentDate' || path === 'fields.periodFrom' || path === 'fields.periodTo')
        return 'invalidDate';
      return null;
  }
}

/** A field's problem in the seller's language: short next to the field, named in the summary. */
export interface FieldErrorText {
  /** Next to the field, whose label names it already. */
  inline: string;
  /** In the error summary, away from the field: names the field and the fix. */
  summary: string;
  /** The server's own words, when it refused the field: a secondary detail. */
  serverText: string | undefined;
}

/** What a code from the schema (or mapped from a server's) says, inline and in the summary. */
function textsOfCode(t: Translate, path: FormPath, message: string): { inline: string; summary: string } {
  const key = keyOf(path);
  const field = t(`askForm.errors.fieldNames.${key}`);
  const { code, limit } = parseErrorCode(message);
  const n = limit ?? 0;
  const same = (text: string) => ({ inline: text, summary: text });
  switch (code) {
    case 'tooShort':
      return {
        inline: t('askForm.errors.tooShort', { limit: n }),
        summary: t('askForm.errors.named.tooShort', { field, limit: n }),
      };
    case 'tooLong':
      return {
        inline: t('askForm.errors.tooLong', { limit: n }),
        summary: t('askForm.errors.named.tooLong', { field, limit: n }),
      };
    case 'tooManyOrders':
      return same(t('askForm.errors.tooManyOrders', { limit: n }));
    case 'controlCharacters':
    case 'invisibleOnly':
    case 'invalidDate':
    case 'dateInFuture':
      return { inline: t(`askForm.errors.${code}`), summary: t(`askForm.errors.named.${code}`, { field }) };
    case 'ordersRequired':
    case 'oneOrder':
    case 'notInTransit':
    case 'facilityRequired':
    case 'facilityType':
    case 'invalidAmount':
    case 'periodIncomplete':
    case 'periodOrder':
    case 'itemRequired':
    case 'attachmentsBusy':
    case 'tooManyFiles':
    case 'filesTooLarge':
    case 'orderNotFound':
    case 'facilityNotFound':
    case 'fileNotFound':
      return same(t(`askForm.errors.${code}`));
    default:
      // `required`, and anything else the schema may say one day: the field's own "what is missing".
      return same(
        hasRequiredWording(key)
          ? t(`askForm.errors.requiredOf.${key}`)
          : t('askForm.errors.requiredField', { field }),
      );
  }
}

/**
 * A field's error in the seller's language. A server's refusal is worded by its code as the module
 * words its own checks (the server's words follow as a detail); one without a code the module
 * knows gets a general message that still names the field.
 */
export function fieldErrorText(
  t: Translate,
  path: FormPath,
  error: { message: string; type: string },
): FieldErrorText {
  if (error.type === translatedErrorType) {
    return { inline: error.message, summary: error.message, serverText: undefined };
  }
  if (error.type.startsWith('server:')) {
    const code = error.type.slice('server:'.length);
    const local = isKnownFieldErrorCode(code) ? localCodeOf(path, code) : null;
    const serverText = error.message.trim() === '' ? undefined : error.message.trim();
    if (local !== null) return { ...textsOfCode(t, path, local), serverText };
    const field = t(`askForm.errors.fieldNames.${keyOf(path)}`);
    const text = t('askForm.errors.serverRefusedField', { field });
    return { inline: text, summary: text, serverText };
  }
  return { ...textsOfCode(t, path, error.message), serverText: undefined };
}

export interface FormProblem {
  path: FormPath;
  /** Names the field and the fix. */
  message: string;
  /** The server's own words, for a field it refused. */
  serverText?: string | undefined;
}

/** Every field error, in the order of the fields on screen. */
export function collectProblems(t: Translate, errors: FieldErrors<AskFormValues>): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const path of formPathOrder) {
    const error = fieldErrorAt(errors, path);
    if (error === undefined) continue;
    const { summary, serverText } = fieldErrorText(t, path, error);
    problems.push({ path, message: summary, serverText });
  }
  return problems;
}
