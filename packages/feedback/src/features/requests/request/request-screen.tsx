import { NotFoundError } from '@seller-support/contract';
import { useMemo, useRef, type ReactNode } from 'react';
import { usePolicy } from '../../../shared/api/get-policy';
import { useLocale, useT } from '../../../shared/i18n';
import { useNow } from '../../../shared/lib/use-now';
import { Link, PageHeading } from '../../../shared/routing/router';
import { routePaths } from '../../../shared/routing/routes';
import { ErrorState } from '../../../shared/ui/error-state';
import { NowActions } from '../actions/now-actions';
import { RequestActions } from '../actions/request-actions';
import { ticketPollMs, useTicket, type TicketWithEvents } from '../api/get-ticket';
import { RequestExpectation } from './request-expectation';
import { RequestSent } from './request-sent';
import { RequestSummary } from './request-summary';
import { Timeline } from './timeline';
import { createSellerClock, resolveTimeZone } from './time-zone';
import { useMarkReadWhileVisible } from './use-mark-read';
import { useTimelineTracker } from './use-timeline-tracker';

export interface RequestScreenProps {
  /** The ticket id from the route (`/requests/:id`). */
  id: string;
  /** A fixed moment (tests, stories); by default the current time, updated every minute. */
  now?: Date | undefined;
  /**
   * The seller's IANA time zone for every date and time on the page; by default the browser's
   * (the contract's seller context has none). Tests and stories fix it.
   */
  timeZone?: string | undefined;
  /** How often to ask for news while the page is visible; tests and stories shorten it. */
  pollMs?: number | undefined;
}

/**
 * The page of one request (`/requests/:id`), the whole case: what it is and where it stands, what
 * to expect now with the one action asked of the seller pinned there, what the seller sent, then
 * the history with the conversation and the reply box. Follows the request while it
 * is on screen: new events appear, are marked new, are announced, and are marked read.
 */
export function RequestScreen({ id, now, timeZone, pollMs = ticketPollMs }: RequestScreenProps) {
  const t = useT();
  const query = useTicket(id, { pollMs });
  const ticket = query.data;

  let heading: string;
  let content: ReactNode;
  if (ticket !== undefined) {
    heading = t('request.heading', { number: ticket.number });
    content = (
      <RequestPage
        key={ticket.id}
        ticket={ticket}
        now={now}
        timeZone={timeZone}
        refreshFailed={query.isError}
      />
    );
  } else if (query.error instanceof NotFoundError) {
    heading = t('request.notFound.title');
    content = (
      <div className="request-not-found">
        <p>{t('request.notFound.body')}</p>
        <p>
          <Link to={routePaths.requests()}>{t('request.notFound.toList')}</Link>
        </p>
      </div>
    );
  } else if (query.isError) {
    heading = t('request.headingPending');
    content = (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  } else {
    heading = t('request.headingPending');
    content = <RequestLoading />;
  }

  // The heading stays the same element from loading to loaded, so the focus it took after a
  // navigation inside the module is not lost when the data arrives.
  return (
    <section className="request">
      <p className="request__back">
        <Link to={routePaths.requests()}>{t('request.backToList')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      {content}
    </section>
  );
}

function RequestLoading() {
  const t = useT();
  return (
    <div className="request-loading">
      <p role="status">{t('request.loading')}</p>
      <div className="request-loading__skeleton" aria-hidden="true">
        <span className="ss-skeleton" />
        <span className="ss-skeleton" />
        <span className="ss-skeleton" />
      </div>
    </div>
  );
}

interface RequestPageProps {
  ticket: TicketWithEvents;
  now: Date | undefined;
  timeZone: string | undefined;
  /** The latest poll failed: what is on screen may be out of date. */
  refreshFailed: boolean;
}

function RequestPage({ ticket, now: fixedNow, timeZone, refreshFailed }: RequestPageProps) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(fixedNow);
  const policy = usePolicy();
  const clock = useMemo(() => createSellerClock(locale, resolveTimeZone(timeZone)), [locale, timeZone]);
  const { newIds, announcement } = useTimelineTracker(ticket);
  useMarkReadWhileVisible(ticket);

  const replyRef = useRef<HTMLElement>(null);
  const goToReply = () => {
    const section = replyRef.current;
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector('textarea')?.focus();
  };

  return (
    <>
      <div className="request-overview">
        <RequestSummary ticket={ticket} clock={clock} />
        <RequestExpectation ticket={ticket} policy={policy.data} now={now} clock={clock}>
          <NowActions ticket={ticket} now={fixedNow} onReply={goToReply} />
        </RequestExpectation>
      </div>
      {refreshFailed && (
        <p className="request__refresh-failed ss-muted" role="status">
          {t('request.refreshFailed')}
        </p>
      )}
      <RequestSent ticket={ticket} />
      <Timeline ticket={ticket} newIds={newIds} clock={clock} now={now} />
      <RequestActions ticket={ticket} replyRef={replyRef} />
      {/* Always in the DOM, so that what is put in it later is read out; each message is a new node. */}
      <div className="ss-visually-hidden" role="status" aria-live="polite" data-testid="request-news">
        {announcement !== null && <p key={announcement.id}>{announcement.text}</p>}
      </div>
    </>
  );
}
