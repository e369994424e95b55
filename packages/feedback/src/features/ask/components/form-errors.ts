import { get, type FieldErrors } from 'react-hook-form';
import type { Translate } from '../../../shared/i18n';
import { parseErrorCode } from '../model/form-schema';
import { formPathOrder, type FormPath } from '../model/field-paths';
import type { AskFormValues } from '../model/form-schema';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** The raw error of one field: a code from the schema, or a server's own text (type `server`). */
export function fieldErrorAt(
  errors: FieldErrors<AskFormValues>,
  path: FormPath,
): { message: string; type: string } | undefined {
  const error: unknown = get(errors, path);
  if (!isRecord(error)) return undefined;
  const { message, type } = error;
  if (typeof message !== 'string' || message === '') return undefined;
  return { message, type: typeof type === 'string' ? type : '' };
}

/** A field's error in the seller's language; a server's message is shown as the text it is. */
export function translateFieldError(t: Translate, error: { message: string; type: string }): string {
  if (error.type === 'server') return error.message;
  const { code, limit } = parseErrorCode(error.message);
  const n = limit ?? 0;
  switch (code) {
    case 'tooShort':
      return t('askForm.errors.tooShort', { limit: n });
    case 'tooLong':
      return t('askForm.errors.tooLong', { limit: n });
    case 'tooManyOrders':
      return t('askForm.errors.tooManyOrders', { limit: n });
    case 'controlCharacters':
    case 'invisibleOnly':
    case 'ordersRequired':
    case 'oneOrder':
    case 'notInTransit':
    case 'facilityRequired':
    case 'facilityType':
    case 'invalidDate':
    case 'dateInFuture':
    case 'invalidAmount':
    case 'periodIncomplete':
    case 'periodOrder':
    case 'itemRequired':
    case 'attachmentsBusy':
      return t(`askForm.errors.${code}`);
    default:
      return t('askForm.errors.required');
  }
}

export interface FormProblem {
  path: FormPath;
  message: string;
}

/** Every field error, in the order of the fields on screen. */
export function collectProblems(t: Translate, errors: FieldErrors<AskFormValues>): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const path of formPathOrder) {
    const error = fieldErrorAt(errors, path);
    if (error !== undefined) problems.push({ path, message: translateFieldError(t, error) });
  }
  return problems;
}
