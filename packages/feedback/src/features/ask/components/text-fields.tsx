import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { normalizedLength } from '../../../shared/lib/text';
import { useT } from '../../../shared/i18n';
import { Field } from '../../../shared/ui/form/field';
import { fieldIds, type FormPath } from '../model/field-paths';
import type { AskFormValues, ValidAskFormValues } from '../model/form-values';
import { useFieldError } from './use-field-error';

type TextPath = Extract<FormPath, 'subject' | 'description' | 'fields.stepsToReproduce' | 'fields.defect'>;

export interface LimitedTextFieldProps {
  control: Control<AskFormValues, unknown, ValidAskFormValues>;
  register: UseFormRegister<AskFormValues>;
  path: TextPath;
  label: string;
  hint?: string | undefined;
  max: number;
  required?: boolean;
  multiline?: boolean;
}

/**
 * A text field with a length limit: the counter counts the text as it will be sent (trimmed and
 * normalised). Only this field re-renders as the seller types in it.
 */
export function LimitedTextField({
  control,
  register,
  path,
  label,
  hint,
  max,
  required = false,
  multiline = false,
}: LimitedTextFieldProps) {
  const t = useT();
  const value = useWatch({ control, name: path });
  const error = useFieldError(control, path);
  const length = normalizedLength(typeof value === 'string' ? value : '');
  return (
    <Field
      id={fieldIds[path]}
      label={label}
      hint={hint}
      error={error}
      required={required}
      counter={t('askForm.fields.counter', { length, max })}
      counterOver={length > max}
    >
      {(control) =>
        multiline ? (
          <textarea className="ss-input" rows={6} {...control} {...register(path)} />
        ) : (
          <input className="ss-input" type="text" autoComplete="off" {...control} {...register(path)} />
        )
      }
    </Field>
  );
}
