import { useT } from '../../../shared/i18n';
import type { TicketWithEvents } from '../api/get-ticket';
import { StatusBadge } from '../status-badge';
import { topicLabel } from './ticket-labels';
import type { SellerClock } from './time-zone';

export interface RequestSummaryProps {
  ticket: TicketWithEvents;
  clock: SellerClock;
}

/**
 * The request at a glance, under its heading: subject, status (colour, icon and words), who holds
 * it, topic, when it was created.
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
            <StatusBadge status={ticket.status} />
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
