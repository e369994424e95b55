import type { ReceivedTicket } from '@seller-support/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useT, type Translate } from '../../../shared/i18n';
import { useNow } from '../../../shared/lib/use-now';
import { routePaths } from '../../../shared/routing/routes';
import { Link } from '../../../shared/routing/router';
import { useActionNotice, type ActionNotice } from './action-notice';
import { RatingSection } from './rating-section';
import { ReopenSection } from './reopen-section';
import { ReplyForm } from './reply-form';

export interface RequestActionsProps {
  /** The request as `getTicket` returns it, with its events. */
  ticket: ReceivedTicket;
  /** The current time, fixed in tests and stories; by default the clock, re-read every minute. */
  now?: Date | undefined;
}

/**
 * What the seller can do in a request below its timeline: rate a finished request, reopen a
 * resolved one while the policy allows, reply in any request that is not closed. Offers are
 * decided in {@link OfferDecision} cards; what every action ends in is said here.
 */
export function RequestActions({ ticket, now: fixedNow }: RequestActionsProps) {
  const now = useNow(fixedNow);
  const finished = ticket.status === 'resolved' || ticket.status === 'closed';
  return (
    <div className="request-actions">
      <ActionNoticeArea ticketId={ticket.id} />
      {finished && <RatingSection ticket={ticket} />}
      {ticket.status === 'resolved' && <ReopenSection ticket={ticket} now={now} />}
      {ticket.status === 'closed' ? <ClosedNote /> : <ReplyForm key={ticket.id} ticket={ticket} />}
    </div>
  );
}

function ClosedNote() {
  const t = useT();
  const titleId = useId();
  return (
    <section className="request-actions__section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('requestActions.closed.title')}</h2>
      <p>{t('requestActions.closed.body')}</p>
      <p>
        <Link to={routePaths.ask()}>{t('requestActions.closed.newRequest')}</Link>
      </p>
    </section>
  );
}

/** A notice published just before this area mounted (the page re-rendered around the action) still shows. */
const noticeGraceMs = 10_000;

function noticeText(t: Translate, notice: ActionNotice): string {
  return t(`requestActions.notice.${notice.kind}`);
}

/**
 * The outcome of the latest action, in live regions that exist before it arrives (so it is read
 * out), and focused: the button that acted is usually gone with the state it belonged to.
 */
function ActionNoticeArea({ ticketId }: { ticketId: string }) {
  const t = useT();
  const notice = useActionNotice(ticketId);
  const ref = useRef<HTMLDivElement>(null);
  const [mountedAt] = useState(() => Date.now());
  const [seenSeq] = useState(() => notice?.seq ?? 0);
  const current = notice !== null && notice.at >= mountedAt - noticeGraceMs ? notice : null;

  useEffect(() => {
    // Only a notice published while the seller is here takes the focus, not one found on arrival.
    if (current !== null && current.seq !== seenSeq) ref.current?.focus();
  }, [current, seenSeq]);

  const content =
    current === null ? null : (
      <>
        <p>{noticeText(t, current)}</p>
        {current.unsentText !== undefined && current.unsentText !== '' && (
          <p className="request-actions__unsent">
            {t('requestActions.notice.unsentText', { text: current.unsentText })}
          </p>
        )}
      </>
    );
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={
        current === null
          ? 'request-actions__notice'
          : `request-actions__notice request-actions__notice--${current.tone}`
      }
    >
      <div role="status">{current?.tone === 'polite' ? content : null}</div>
      <div role="alert">{current?.tone === 'assertive' ? content : null}</div>
    </div>
  );
}
