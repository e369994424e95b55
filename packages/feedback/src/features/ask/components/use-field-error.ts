import { useFormState, type Control } from 'react-hook-form';
import { useT } from '../../../shared/i18n';
import type { FormPath } from '../model/field-paths';
import type { AskFormValues, ValidAskFormValues } from '../model/form-schema';
import { fieldErrorAt, translateFieldError } from './form-errors';

/** A field's translated error; re-renders only when that field's error changes. */
export function useFieldError(
  control: Control<AskFormValues, unknown, ValidAskFormValues>,
  path: FormPath,
): string | undefined {
  const t = useT();
  const { errors } = useFormState({ control, name: path });
  const error = fieldErrorAt(errors, path);
  return error === undefined ? undefined : translateFieldError(t, error);
}
