import { isKnownTicketStatus } from '@seller-support/contract';
import { useT } from '../../../shared/i18n';
import { unknownValueProps } from '../../../shared/ui/unknown-value';
import type { TicketWithEvents } from '../api/get-ticket';
import { ticketStatusLabel, topicLabel } from './ticket-labels';
import type { SellerClock } from './time-zone';

export interface RequestSummaryProps {
  ticket: TicketWithEvents;
  clock: SellerClock;
}

/**
 * The request at a glance, under its heading: subject, topic, status in words (a badge whose
 * colour only repeats the text), who holds it, when it was created.
 */
export function RequestSummary({ ticket, clock }: RequestSummaryProps) {
  const t = useT();
  return (
    <div className="request-summary">
      <p className="request-summary__subject">{ticket.subject}</p>
      <dl className="request-summary__facts">
        <div>
          <dt>{t('request.details.status')}</dt>
          <dd>
            <span
              className="request-status"
              data-status={isKnownTicketStatus(ticket.status) ? ticket.status : 'unknown'}
              {...(isKnownTicketStatus(ticket.status) ? {} : unknownValueProps(t, ticket.status))}
            >
              {ticketStatusLabel(t, ticket.status)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('request.details.topic')}</dt>
          <dd>{topicLabel(t, ticket.topic)}</dd>
        </div>
        <div>
          <dt>{t('request.details.createdAt')}</dt>
          <dd>
            <time dateTime={ticket.createdAt}>{clock.dateTime(ticket.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="request-summary__holder">
        {ticket.assignee === null
          ? t('request.details.notAssigned')
          : t('request.details.heldBy', { name: ticket.assignee.displayName })}
      </p>
    </div>
  );
}
