import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { useOnceAction } from '../../../shared/lib/use-once-action';
import { Button } from '../../../shared/ui/button';
import { ActionFeedback } from './action-feedback';

export interface TextActionFormProps {
  title: string;
  label: string;
  hint: string;
  submit: string;
  done: string;
  limits: { readonly min: number; readonly max: number };
  /** Internal: framed as a note, which the seller never sees. */
  internal?: boolean | undefined;
  /** The view's one primary action. */
  primary?: boolean | undefined;
  /** Sends the text under the key; resolves once the server confirmed. */
  send: (text: string, idempotencyKey: string) => Promise<unknown>;
}

/**
 * A form of one text (a reply, a note, a step), sent exactly once: while its answer is unknown the
 * text cannot be edited and a retry sends it again under the same key; once confirmed the field
 * empties and keeps the focus for the next one.
 */
export function TextActionForm({
  title,
  label,
  hint,
  submit,
  done,
  limits,
  internal,
  primary,
  send,
}: TextActionFormProps) {
  const { m, fill } = useDeskI18n();
  const ids = { field: useId(), hint: useId(), error: useId(), title: useId() };
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const action = useOnceAction(send);
  const waiting = action.waiting;
  const sending = action.status.kind === 'sending';

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const body = waiting ?? text.trim();
    if (body.length < limits.min) {
      setInvalid(fill(m.actions.tooShort, { min: limits.min }));
      field.current?.focus();
      return;
    }
    if (body.length > limits.max) {
      setInvalid(fill(m.actions.tooLong, { max: limits.max }));
      field.current?.focus();
      return;
    }
    setInvalid(null);
    const result = await action.run(body);
    if (result !== undefined) {
      setText('');
      field.current?.focus();
    }
  };

  return (
    <form
      className={`desk-action-form${internal === true ? ' desk-action-form--internal' : ''}`}
      aria-labelledby={ids.title}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={ids.title}>{title}</h3>
      <div className="ss-field">
        <label htmlFor={ids.field}>{label}</label>
        <textarea
          id={ids.field}
          ref={field}
          className="ss-input"
          value={waiting ?? text}
          readOnly={waiting !== undefined}
          aria-invalid={invalid !== null}
          aria-describedby={invalid === null ? ids.hint : `${ids.error} ${ids.hint}`}
          onChange={(event) => setText(event.target.value)}
        />
        {invalid !== null && (
          <span id={ids.error} className="ss-field__error">
            {invalid}
          </span>
        )}
        <span id={ids.hint} className="ss-field__hint">
          {hint}
        </span>
      </div>
      <div className="ss-actions">
        <Button type="submit" variant={primary === true ? 'primary' : 'secondary'} disabled={sending}>
          {sending ? m.actions.sending : waiting !== undefined ? m.common.retry : submit}
        </Button>
      </div>
      <ActionFeedback status={action.status} done={done} />
    </form>
  );
}
