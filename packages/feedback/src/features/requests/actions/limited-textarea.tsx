import type { ReactNode, Ref } from 'react';
import { useT } from '../../../shared/i18n';
import { normalizedLength } from '../../../shared/lib/text';
import { Field } from '../../../shared/ui/form/field';

export interface LimitedTextareaProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** Already translated. */
  error?: string | undefined;
  required?: boolean;
  readOnly?: boolean;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement> | undefined;
}

/**
 * A text area with a length limit, in the form kit's field: the counter counts the text as it
 * will be sent (trimmed and normalised), so "12 of 5000" is what the server will count.
 */
export function LimitedTextarea({
  id,
  label,
  hint,
  value,
  onChange,
  max,
  error,
  required = false,
  readOnly = false,
  rows = 4,
  textareaRef,
}: LimitedTextareaProps) {
  const t = useT();
  const length = normalizedLength(value);
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      counter={t('requestActions.text.counter', { length, max })}
      counterOver={length > max}
    >
      {(control) => (
        <textarea
          ref={textareaRef}
          className="ss-input"
          rows={rows}
          value={value}
          readOnly={readOnly}
          onChange={(event) => onChange(event.currentTarget.value)}
          {...control}
        />
      )}
    </Field>
  );
}
