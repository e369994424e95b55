import { ConflictError, ValidationError } from '@seller-support/contract';
import { useRef, useState } from 'react';
import { failureOf, type Failure } from '../../../shared/api/error-kind';
import { failureMessage } from '../../../shared/api/failure-message';
import { useT } from '../../../shared/i18n';
import { buttonClass } from '../../../shared/ui/button';
import { actionWording } from './action-failure';

export interface ActionSubmissionOptions {
  /** The name the server gives the action's text field in a 422. */
  field: 'comment' | 'reason';
  /** True when the input passes the rules; otherwise it has put the focus on the first problem. */
  validate: () => boolean;
  send: () => Promise<void>;
  /**
   * The request changed meanwhile (a 409; the ticket is refreshed by then). `maybeOurs`: an earlier
   * attempt whose answer never came may have reached the server, so the change may be this one.
   */
  onConflict: (maybeOurs: boolean) => void;
}

export interface ActionSubmission {
  submit: () => Promise<void>;
  /** The seller has tried to send: the text's problems show from now on. */
  checked: boolean;
  failure: Failure | null;
  /** The server's message for the text field, when a 422 named it. */
  serverError: string | undefined;
}

/**
 * Sending one of a request's actions (an offer decision, a reopening, a rating) once at a time:
 * the rules first, then the call; a failure becomes what the seller is told, a conflict goes to
 * the action, which knows what the refreshed request now says.
 */
export function useActionSubmission({
  field,
  validate,
  send,
  onConflict,
}: ActionSubmissionOptions): ActionSubmission {
  const [checked, setChecked] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [serverError, setServerError] = useState<string | undefined>(undefined);
  // Read at the moment of a click: a second click before the re-render must not send again.
  const inFlight = useRef(false);
  const maybeApplied = useRef(false);

  const submit = async () => {
    if (inFlight.current) return;
    setChecked(true);
    if (!validate()) return;
    inFlight.current = true;
    setFailure(null);
    setServerError(undefined);
    try {
      await send();
    } catch (error) {
      if (error instanceof ConflictError) {
        onConflict(maybeApplied.current);
        return;
      }
      const next = failureOf(error);
      if (next.kind === 'network' || next.kind === 'server') maybeApplied.current = true;
      if (error instanceof ValidationError) {
        setServerError(error.fieldErrors.find(({ path }) => path === field)?.message);
      }
      setFailure(next);
    } finally {
      inFlight.current = false;
    }
  };

  return { submit, checked, failure, serverError };
}

/** Why the last attempt failed, announced as it appears. */
export function ActionFailureAlert({ failure }: { failure: Failure | null }) {
  const t = useT();
  if (failure === null) return null;
  return (
    <div className="ss-alert" role="alert">
      <p>{failureMessage(t, failure, actionWording)}</p>
    </div>
  );
}

export interface ActionButtonsProps {
  sending: boolean;
  /** Already switched to the "sending" wording by the caller while `sending`. */
  submitLabel: string;
  /** Absent: the button submits its form. */
  onSubmit?: (() => void) | undefined;
  cancelLabel?: string | undefined;
  onCancel?: (() => void) | undefined;
}

/** The action's own button and, for a step that can be left, the way back. */
export function ActionButtons({ sending, submitLabel, onSubmit, cancelLabel, onCancel }: ActionButtonsProps) {
  return (
    <div className="ss-actions">
      <button
        type={onSubmit === undefined ? 'submit' : 'button'}
        className={buttonClass('primary')}
        disabled={sending}
        aria-disabled={sending}
        onClick={onSubmit}
      >
        {submitLabel}
      </button>
      {onCancel !== undefined && (
        <button type="button" className={buttonClass('quiet')} disabled={sending} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
