import { isKnownTicketStatus, type ReceivedPolicy } from '@seller-support/contract';
import { useId, type ReactNode } from 'react';
import { useT, type Translate } from '../../../shared/i18n';
import { expectedFirstResponse } from '../../../shared/lib/response-time';
import type { TicketWithEvents } from '../api/get-ticket';
import { statusTone } from '../status-badge';
import { latestThirdParty, partyName } from './timeline-model';
import type { SellerClock } from './time-zone';

export interface RequestExpectationProps {
  ticket: TicketWithEvents;
  /** Undefined while it loads (or if it failed): the lines that need it are left out. */
  policy: ReceivedPolicy | undefined;
  now: Date;
  clock: SellerClock;
  /** The action the seller is asked to take now, pinned under the words. */
  children?: ReactNode;
}

/**
 * When the first answer of a new request is due: the server's promise if it made one, else the
 * policy's target for the moment the request was created (day or night in support's time zone).
 */
function firstResponseDue(ticket: TicketWithEvents, policy: ReceivedPolicy | undefined): Date | null {
  if (ticket.expectedFirstResponseBy !== null) return new Date(ticket.expectedFirstResponseBy);
  if (policy === undefined) return null;
  return expectedFirstResponse(policy, new Date(ticket.createdAt)).by;
}

/** What the seller should expect now, in a sentence or two, by status. */
export function expectationLines(
  t: Translate,
  { ticket, policy, now, clock }: RequestExpectationProps,
): string[] {
  const party = latestThirdParty(ticket.events);
  const { status } = ticket;
  // A status this version does not know: no promise, only where to look.
  if (!isKnownTicketStatus(status)) return [t('request.expectation.unknown')];
  switch (status) {
    case 'new': {
      const due = firstResponseDue(ticket, policy);
      if (due === null) return [t('request.expectation.new'), t('request.expectation.newUnknown')];
      if (due.getTime() < now.getTime())
        return [t('request.expectation.new'), t('request.expectation.newOverdue')];
      const time = clock.sameDay(due, now) ? clock.time(due) : clock.dateTime(due);
      return [t('request.expectation.new'), t('request.expectation.newBy', { time })];
    }
    case 'in_progress':
      return party === null
        ? [t('request.expectation.in_progress')]
        : [
            t('request.expectation.in_progress'),
            t('request.expectation.thirdPartyInvolved', { party: partyName(t, party) }),
          ];
    case 'waiting_seller':
      return [t('request.expectation.waiting_seller')];
    case 'waiting_third_party':
      return [t('request.expectation.waiting_third_party', { party: partyName(t, party ?? 'other') })];
    case 'offer_proposed':
      return [t('request.expectation.offer_proposed')];
    case 'resolved':
      // When it can be reopened (and until when) is said beside the button that does it.
      return [t('request.expectation.resolved')];
    case 'closed':
      return [t('request.expectation.closed')];
  }
}

/**
 * "What happens next": the one thing the seller wants to know on opening a request, with the one
 * thing they are asked to do now.
 */
export function RequestExpectation(props: RequestExpectationProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section
      className="request-expectation"
      data-status={isKnownTicketStatus(props.ticket.status) ? props.ticket.status : 'unknown'}
      data-tone={statusTone(props.ticket.status)}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('request.expectation.label')}</h2>
      {expectationLines(t, props).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {props.children}
    </section>
  );
}
