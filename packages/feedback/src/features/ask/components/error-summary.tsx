import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { fieldIds } from '../model/field-paths';
import type { FormProblem } from './form-errors';

/** Moves focus to a control inside the module's shadow root (or the document, outside one). */
export function focusField(from: Node, id: string): void {
  const root = from.getRootNode();
  const target = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(id) : null;
  if (target === null) return;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export interface ErrorSummaryProps {
  problems: readonly FormProblem[];
  /** Problems that belong to no field (a server's refusal of the context, say). */
  formProblems?: readonly { message: string; serverText?: string | undefined }[];
  /** Instead of "Fix N problems": the server refused the request (a 422). */
  title?: string | undefined;
  /** Changes on every failed submit, so focus moves to the summary again. */
  attempt: number;
}

/**
 * Every problem of the last submit, at the top of the form: focus moves here, and each entry
 * links to its field, so a keyboard or screen-reader user reaches every problem in one place.
 */
export function ErrorSummary({ problems, formProblems = [], title, attempt }: ErrorSummaryProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const count = problems.length + formProblems.length;

  useEffect(() => {
    if (count > 0) ref.current?.focus();
    // Focus again on each failed attempt, not on each change of the list while the seller fixes it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  if (count === 0) return null;
  return (
    <div
      ref={ref}
      className="ss-alert ask-error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId} className="ss-alert__title">
        {title ?? t('askForm.errors.summaryTitle', { count })}
      </h2>
      <ul className="ask-error-summary__list">
        {problems.map((problem) => (
          <li key={problem.path}>
            <a
              href={`#${fieldIds[problem.path]}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(event.currentTarget, fieldIds[problem.path]);
              }}
            >
              {problem.message}
            </a>
            {problem.serverText !== undefined && (
              <span className="ss-field__error-detail">
                {t('askForm.errors.serverSaid', { text: problem.serverText })}
              </span>
            )}
          </li>
        ))}
        {formProblems.map(({ message, serverText }) => (
          <li key={message}>
            {message}
            {serverText !== undefined && (
              <span className="ss-field__error-detail">
                {t('askForm.errors.serverSaid', { text: serverText })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface SubmitAlertProps {
  message: string;
  action?: ReactNode;
  attempt: number;
}

/** A submit that failed for a reason outside the fields: what happened, and the way forward. */
export function SubmitAlert({ message, action, attempt }: SubmitAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} className="ss-alert ask-submit-alert" role="alert" tabIndex={-1}>
      <p>{message}</p>
      {action}
    </div>
  );
}
