import { useId, type ReactNode } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value';

/** How long typing must pause before a counter over its limit is read out. */
export const counterAnnounceDelayMs = 1000;

/** What a control inside a {@link Field} spreads on itself: its id, and how its hint and error are announced. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  'aria-required': boolean | undefined;
}

export interface FieldProps {
  /** The control's id: the label points at it and the error summary focuses it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  /** Already translated; also marks the control invalid. */
  error?: string | undefined;
  /** A secondary detail of the error (the server's own words), quieter than it. */
  errorDetail?: string | undefined;
  required?: boolean | undefined;
  /**
   * Shown as "12 of 120" for controls with a length limit; past the limit, say by how much
   * ("12 characters over the limit"): it describes the control and is read out once typing pauses.
   */
  counter?: string | undefined;
  /** True when the counter is past the limit: it is then shown as an error and announced. */
  counterOver?: boolean | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One labelled control of a form: label, hint, length counter and error text, all tied to the
 * control through `aria-describedby`, and `aria-invalid` while it has an error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  errorDetail,
  required,
  counter,
  counterOver,
  children,
}: FieldProps) {
  const baseId = useId();
  const hintId = hint === undefined ? undefined : `${baseId}-hint`;
  const counterId = counter === undefined ? undefined : `${baseId}-counter`;
  const errorId = error === undefined ? undefined : `${baseId}-error`;
  const describedBy =
    [errorId, hintId, counterId].filter((part) => part !== undefined).join(' ') || undefined;
  // Colour alone tells a screen reader nothing: the text over the limit is read out, politely,
  // once typing pauses (each keystroke would interrupt the seller).
  const announcement = useDebouncedValue(counterOver ? (counter ?? '') : '', counterAnnounceDelayMs);
  return (
    <div className={error === undefined ? 'ss-field' : 'ss-field ss-field--invalid'}>
      <label className="ss-field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="ss-field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error === undefined ? undefined : true,
        'aria-required': required ? true : undefined,
      })}
      <div className="ss-field__footer">
        {error !== undefined ? (
          <p id={errorId} className="ss-field__error">
            {error}
            {errorDetail !== undefined && <span className="ss-field__error-detail"> {errorDetail}</span>}
          </p>
        ) : (
          <span />
        )}
        {counter !== undefined && (
          <p
            id={counterId}
            className={counterOver ? 'ss-field__counter ss-field__counter--over' : 'ss-field__counter'}
          >
            {counter}
          </p>
        )}
        {counter !== undefined && (
          <span className="ss-visually-hidden" aria-live="polite">
            {counterOver ? announcement : ''}
          </span>
        )}
      </div>
    </div>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  hint?: ReactNode | undefined;
  /** Already translated; also marks the group invalid. */
  error?: string | undefined;
  /**
   * Radio buttons for one choice: the group is a `radiogroup`, which carries "required" and
   * "invalid" to screen readers (a plain group has no required state in ARIA).
   */
  radios?: boolean | undefined;
  /** Announced on a group of {@link radios}; a plain group's controls mark themselves required. */
  required?: boolean | undefined;
  children: ReactNode;
}

/** A group of controls under one legend (radio buttons, a date range), with a shared hint and error. */
export function Fieldset({ legend, hint, error, radios = false, required = false, children }: FieldsetProps) {
  const baseId = useId();
  const hintId = hint === undefined ? undefined : `${baseId}-hint`;
  const errorId = error === undefined ? undefined : `${baseId}-error`;
  const describedBy = [errorId, hintId].filter((part) => part !== undefined).join(' ') || undefined;
  return (
    <fieldset
      className={error === undefined ? 'ss-fieldset' : 'ss-fieldset ss-field--invalid'}
      role={radios ? 'radiogroup' : undefined}
      aria-required={radios && required ? true : undefined}
      aria-invalid={error === undefined ? undefined : true}
      aria-describedby={describedBy}
    >
      <legend className="ss-field__label">{legend}</legend>
      {hint !== undefined && (
        <p id={hintId} className="ss-field__hint">
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <p id={errorId} className="ss-field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
