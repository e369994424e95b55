import type { ReactNode } from 'react';
import {
  useController,
  type Control,
  type FieldPathValue,
  type UseFormRegister,
  type UseFormReturn,
} from 'react-hook-form';
import { Field, Fieldset, type FieldControlProps } from '../../../shared/ui/form/field';
import { fieldIds, type FormPath } from '../model/field-paths';
import type { AskFormValues, ValidAskFormValues } from '../model/form-schema';
import { useFieldError } from './use-field-error';

export type FormControl = Control<AskFormValues, unknown, ValidAskFormValues>;
export type FormRegister = UseFormRegister<AskFormValues>;
/** The whole form, for a section that resets or watches more than one value. */
export type AskFormApi = UseFormReturn<AskFormValues, unknown, ValidAskFormValues>;

export interface AskFieldProps {
  control: FormControl;
  path: FormPath;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  counter?: string | undefined;
  counterOver?: boolean | undefined;
  children: (props: FieldControlProps) => ReactNode;
}

/** A {@link Field} for one form value: its id for the error summary, and its error as it changes. */
export function AskField({ control, path, children, ...rest }: AskFieldProps) {
  const error = useFieldError(control, path);
  return (
    <Field id={fieldIds[path]} error={error} {...rest}>
      {children}
    </Field>
  );
}

type PickerPath = 'orders' | 'attachments' | 'fields.facility';

/**
 * A value a picker holds (orders, files, a facility): the picker's id, the value, its setter and
 * its error; re-renders only when this value or its error changes.
 */
export function usePickerValue<P extends PickerPath>(control: FormControl, path: P) {
  const { field } = useController({ control, name: path });
  const error = useFieldError(control, path);
  const value: FieldPathValue<AskFormValues, P> = field.value;
  const onChange = (next: FieldPathValue<AskFormValues, P>) => field.onChange(next);
  return { id: fieldIds[path], value, onChange, error };
}

type DatePath = 'fields.incidentDate' | 'fields.periodFrom' | 'fields.periodTo';

/** A date picked with the browser's own calendar, as `YYYY-MM-DD`. */
export function DateField({
  control,
  register,
  path,
  label,
  required,
  max,
  className,
}: {
  control: FormControl;
  register: FormRegister;
  path: DatePath;
  label: string;
  required?: boolean | undefined;
  /** The latest date allowed, `YYYY-MM-DD`. */
  max?: string | undefined;
  className?: string | undefined;
}) {
  return (
    <AskField control={control} path={path} label={label} required={required}>
      {(props) => (
        <input
          className={className === undefined ? 'ss-input' : `ss-input ${className}`}
          type="date"
          max={max}
          {...props}
          {...register(path)}
        />
      )}
    </AskField>
  );
}

type ChoicePath = 'fields.area' | 'fields.action' | 'fields.facilityType';

/** Radio buttons for one choice; the first carries the group's id, so the error summary can focus the group. */
export function RadioGroup<const T extends string>({
  control,
  register,
  path,
  legend,
  options,
  label,
}: {
  control: FormControl;
  register: FormRegister;
  path: ChoicePath;
  legend: string;
  options: readonly T[];
  label: (option: T) => string;
}) {
  const error = useFieldError(control, path);
  return (
    <Fieldset legend={legend} error={error} required radios>
      <div className="ask-form__choices">
        {options.map((option, index) => (
          <label key={option} className="ss-choice">
            <input
              type="radio"
              value={option}
              id={index === 0 ? fieldIds[path] : undefined}
              {...register(path)}
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
