import { limits, type ReceivedTicket } from '@seller-support/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { usePolicy } from '../../../shared/api/get-policy';
import { useFormat, useT } from '../../../shared/i18n';
import { checkText, normalizeText } from '../../../shared/lib/text';
import { routePaths } from '../../../shared/routing/routes';
import { Link } from '../../../shared/routing/router';
import { Button } from '../../../shared/ui/button';
import { ErrorState } from '../../../shared/ui/error-state';
import { useReopenTicket } from '../api/ticket-actions';
import { useActionKey } from './action-key';
import { usePublishNotice } from './action-notice';
import { ActionButtons, ActionFailureAlert, useActionSubmission } from './action-submission';
import { LimitedTextarea } from './limited-textarea';
import { reopenWindow } from './reopen-window';
import { textProblemMessage } from './text-rules';

const reasonRules = { min: limits.reason.min, max: limits.reason.max, required: true } as const;

/**
 * Reopening a resolved request: within the policy's days since the resolution, with a reason;
 * past them, why not and the way forward (a new request).
 */
export function ReopenSection({ ticket, now }: { ticket: ReceivedTicket; now: Date }) {
  const t = useT();
  const policy = usePolicy();
  const titleId = useId();
  return (
    <section className="request-actions__section request-choice__reopen" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('requestActions.reopen.title')}</h3>
      {policy.data !== undefined ? (
        <ReopenBody ticket={ticket} now={now} reopenWithinDays={policy.data.reopenWithinDays} />
      ) : policy.isError ? (
        <ErrorState error={policy.error} onRetry={() => void policy.refetch()} retrying={policy.isFetching} />
      ) : (
        <p className="ss-muted">{t('requestActions.reopen.loading')}</p>
      )}
    </section>
  );
}

function ReopenBody({
  ticket,
  now,
  reopenWithinDays,
}: {
  ticket: ReceivedTicket;
  now: Date;
  reopenWithinDays: number;
}) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const period = reopenWindow(ticket, reopenWithinDays, now);

  useEffect(() => {
    // A cancelled form goes back to the button that opened it.
    if (open || !returnFocus.current) return;
    openRef.current?.focus();
    returnFocus.current = false;
  }, [open]);

  if (!period.open) {
    return (
      <>
        <p>
          {reopenWithinDays > 0
            ? t('requestActions.reopen.expired', {
                days: t('requestActions.reopen.days', { count: reopenWithinDays }),
              })
            : t('requestActions.reopen.expiredNever')}
        </p>
        <p>
          <Link to={routePaths.ask()}>{t('requestActions.reopen.newRequest')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="ss-muted">
        {t('requestActions.reopen.within', { date: format.dateTime(period.until.toISOString()) })}
      </p>
      {open ? (
        <ReopenForm
          ticketId={ticket.id}
          onCancel={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      ) : (
        <div className="ss-actions">
          <Button ref={openRef} onClick={() => setOpen(true)}>
            {t('requestActions.reopen.open')}
          </Button>
        </div>
      )}
    </>
  );
}

function ReopenForm({ ticketId, onCancel }: { ticketId: string; onCancel: () => void }) {
  const t = useT();
  const publish = usePublishNotice(ticketId);
  const reopen = useReopenTicket(ticketId);
  const keyFor = useActionKey();
  const reasonId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');

  const { submit, checked, failure, serverError } = useActionSubmission({
    field: 'reason',
    validate: () => {
      if (checkText(reason, reasonRules) === null) return true;
      reasonRef.current?.focus();
      return false;
    },
    send: async () => {
      const body = { reason: normalizeText(reason) };
      await reopen.mutateAsync({ body, idempotencyKey: keyFor(body) });
      // The request is in progress again: this form goes away, the notice says what happened.
      publish({ kind: 'reopened', tone: 'polite' });
    },
    onConflict: () => publish({ kind: 'reopenConflict', tone: 'assertive' }),
  });

  useEffect(() => {
    reasonRef.current?.focus();
  }, []);

  const problem = checked ? checkText(reason, reasonRules) : null;
  const sending = reopen.isPending;
  return (
    <form
      className="request-actions__form"
      noValidate
      aria-label={t('requestActions.reopen.open')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) void submit();
      }}
    >
      <LimitedTextarea
        id={reasonId}
        label={t('requestActions.reopen.reason')}
        hint={t('requestActions.reopen.reasonHint')}
        value={reason}
        onChange={setReason}
        max={limits.reason.max}
        error={problem === null ? serverError : textProblemMessage(t, problem)}
        required
        readOnly={sending}
        rows={3}
        textareaRef={reasonRef}
      />
      <ActionFailureAlert failure={failure} />
      <ActionButtons
        sending={sending}
        submitLabel={sending ? t('requestActions.reopen.sending') : t('requestActions.reopen.submit')}
        cancelLabel={t('requestActions.reopen.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
