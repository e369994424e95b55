import { useState, type ReactNode } from 'react';
import {
  useController,
  type Control,
  type FieldPathValue,
  type UseFormRegister,
  type UseFormReturn,
} from 'react-hook-form';
import { useLocale, useT } from '../../../shared/i18n';
import { Field, Fieldset, type FieldControlProps } from '../../../shared/ui/form/field';
import { formatDateInput, parseDateInput } from '../model/date-input';
import { fieldIds, type FormPath } from '../model/field-paths';
import type { AskFormValues, ValidAskFormValues } from '../model/form-schema';
import { useFieldError, useFieldProblem } from './use-field-error';

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
  const problem = useFieldProblem(control, path);
  const t = useT();
  return (
    <Field
      id={fieldIds[path]}
      error={problem?.message}
      errorDetail={
        problem?.serverText === undefined
          ? undefined
          : t('askForm.errors.serverSaid', { text: problem.serverText })
      }
      {...rest}
    >
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

/**
 * A date typed into one text field (one Tab stop, where the browser's own date input takes one per
 * part and one for its calendar): day first in the seller's way (`28.11.2026`, `28/11/2026`) or
 * eight digits from a phone's number pad. The form holds the contract's `YYYY-MM-DD` once the text
 * is a real date, the text as typed until then (the schema words what is wrong with it).
 */
export function DateField({
  control,
  path,
  label,
  required,
  className,
}: {
  control: FormControl;
  path: DatePath;
  label: string;
  required?: boolean | undefined;
  className?: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const { field } = useController({ control, name: path });
  const value = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState(() => formatDateInput(value, locale));
  // The value changed from outside (a reset, another topic, a restored draft): show it.
  if (valueOfDateText(text) !== value) setText(formatDateInput(value, locale));
  return (
    <AskField
      control={control}
      path={path}
      label={label}
      hint={t('askForm.fields.dateHint')}
      required={required}
    >
      {(props) => (
        <input
          className={className === undefined ? 'ss-input' : `ss-input ${className}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...props}
          ref={field.ref}
          name={field.name}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.onChange(valueOfDateText(event.target.value));
          }}
          onBlur={() => {
            // Eight digits read back as the date they are, so the seller sees what was understood.
            const date = parseDateInput(text);
            if (date !== null) setText(formatDateInput(date, locale));
            field.onBlur();
          }}
        />
      )}
    </AskField>
  );
}

/** What the form holds for a date field's text: the date when it is one, else the text as typed. */
function valueOfDateText(text: string): string {
  if (text.trim() === '') return '';
  return parseDateInput(text) ?? text;
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
