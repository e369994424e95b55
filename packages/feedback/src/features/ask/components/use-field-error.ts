import { useFormState, type Control } from 'react-hook-form';
import { useT } from '../../../shared/i18n';
import type { FormPath } from '../model/field-paths';
import type { AskFormValues, ValidAskFormValues } from '../model/form-schema';
import { fieldErrorAt, fieldErrorText } from './form-errors';

/**
 * A field's error as shown next to it, and the server's own words when the server refused it;
 * re-renders only when that field's error changes.
 */
export function useFieldProblem(
  control: Control<AskFormValues, unknown, ValidAskFormValues>,
  path: FormPath,
): { message: string; serverText: string | undefined } | undefined {
  const t = useT();
  const { errors } = useFormState({ control, name: path });
  const error = fieldErrorAt(errors, path);
  if (error === undefined) return undefined;
  const { inline, serverText } = fieldErrorText(t, path, error);
  return { message: inline, serverText };
}

/** A field's translated error; re-renders only when that field's error changes. */
export function useFieldError(
  control: Control<AskFormValues, unknown, ValidAskFormValues>,
  path: FormPath,
): string | undefined {
  return useFieldProblem(control, path)?.message;
}
