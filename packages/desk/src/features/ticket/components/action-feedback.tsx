import { ApiError, ConflictError } from '@seller-support/contract';
import { useEffect, useRef } from 'react';
import { isRefusal } from '../../../shared/lib/exactly-once';
import type { OnceActionStatus } from '../../../shared/lib/use-once-action';
import { useDeskI18n } from '../../../shared/i18n/i18n';

/**
 * What an action's form says after a send: done (a status, read out), or failed (an alert that
 * takes focus, so a keyboard or screen reader user hears it at once). An answer that did not come
 * says that a retry sends the same and creates no copy.
 */
export function ActionFeedback({ status, done }: { status: OnceActionStatus; done: string }) {
  const { m } = useDeskI18n();
  const alert = useRef<HTMLDivElement>(null);
  const failed = status.kind === 'failed';
  useEffect(() => {
    if (failed) alert.current?.focus();
  }, [failed, status]);
  if (status.kind === 'done') return <p role="status">{done}</p>;
  if (status.kind !== 'failed') return <p role="status" className="ss-visually-hidden" />;
  const { error, unconfirmed } = status;
  // The moderator's words for what the server refused; its own detail is English for developers.
  const refusal = () => {
    if (error instanceof ConflictError) return m.actions.stateConflict;
    if (error instanceof ApiError && (error.status === 400 || error.status === 422)) return m.actions.invalid;
    if (error instanceof ApiError && error.status === 404) return m.actions.notFound;
    return m.actions.refused;
  };
  const text = unconfirmed ? m.actions.unconfirmed : isRefusal(error) ? refusal() : m.actions.failed;
  return (
    <div className="ss-alert" role="alert" tabIndex={-1} ref={alert}>
      <p>{text}</p>
    </div>
  );
}
