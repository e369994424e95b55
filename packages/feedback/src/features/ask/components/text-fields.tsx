import { useWatch } from 'react-hook-form';
import { useT } from '../../../shared/i18n';
import { normalizedLength } from '../../../shared/lib/text';
import type { FormPath } from '../model/field-paths';
import { AskField, type FormControl, type FormRegister } from './form-controls';

type TextPath = Extract<FormPath, 'subject' | 'description' | 'fields.stepsToReproduce' | 'fields.defect'>;

export interface LimitedTextFieldProps {
  control: FormControl;
  register: FormRegister;
  path: TextPath;
  label: string;
  hint?: string | undefined;
  max: number;
  required?: boolean;
  multiline?: boolean;
}

/**
 * A text field with a length limit: the counter counts the text as it will be sent (trimmed and
 * normalised), and past the limit says by how much. Only this field re-renders as the seller types in it.
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
  const length = normalizedLength(typeof value === 'string' ? value : '');
  const over = length > max;
  return (
    <AskField
      control={control}
      path={path}
      label={label}
      hint={hint}
      required={required}
      counter={
        over
          ? t('askForm.fields.counterOver', { count: length - max })
          : t('askForm.fields.counter', { length, max })
      }
      counterOver={over}
    >
      {(props) =>
        multiline ? (
          <textarea className="ss-input" rows={6} {...props} {...register(path)} />
        ) : (
          <input className="ss-input" type="text" autoComplete="off" {...props} {...register(path)} />
        )
      }
    </AskField>
  );
}
