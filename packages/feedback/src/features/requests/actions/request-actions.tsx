import type { ReceivedTicket } from '@seller-support/contract';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useT, type Translate } from '../../../shared/i18n';
import { routePaths } from '../../../shared/routing/routes';
import { Link } from '../../../shared/routing/router';
import { useActionNotice, type ActionNotice } from './action-notice';
import { ReplyForm } from './reply-form';

export interface RequestActionsProps {
  /** The request as `getTicket` returns it, with its events. */
  ticket: ReceivedTicket;
  /** Given the reply section, so "Reply" at the top of the page can take the seller there. */
  replyRef?: Ref<HTMLElement> | undefined;
}

/**
 * The reply box below the conversation, where a reply makes sense: not in a resolved request
 * (reopening it is the way to say it is not solved; see {@link NowActions}) nor in a closed one,
 * which says how to go on instead.
 */
export function RequestActions({ ticket, replyRef }: RequestActionsProps) {
  if (ticket.status === 'resolved') return null;
  return (
    <div className="request-actions">
      {ticket.status === 'closed' ? (
        <ClosedNote />
      ) : (
        <ReplyForm key={ticket.id} ticket={ticket} sectionRef={replyRef} />
      )}
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
export function ActionNoticeArea({ ticketId }: { ticketId: string }) {
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
