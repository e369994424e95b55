import { isKnownTicketStatus, type ReceivedTicket, type TicketStatus } from '@seller-support/contract';
import { useFormat, useLocale, useT, type Formatter, type Locale } from '../../../shared/i18n';
import { Link } from '../../../shared/routing/router';
import { routePaths } from '../../../shared/routing/routes';
import { unknownValueProps } from '../../../shared/ui/unknown-value';
import { ticketStatusLabel, topicLabel } from '../request/ticket-labels';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Statuses in which the next move is the seller's: their badge stands out (by its words too). */
const sellerActs: ReadonlySet<TicketStatus> = new Set(['waiting_seller', 'offer_proposed']);
const finished: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

/**
 * When a request last changed, as the seller reads it: "5 minutes ago" within a day (clocks a few
 * minutes apart count as "now"), the date and time in their language after that.
 */
export function formatUpdatedAt(timestamp: string, now: Date, locale: Locale, format: Formatter): string {
  const ageMs = now.getTime() - Date.parse(timestamp);
  if (Number.isNaN(ageMs) || ageMs >= dayMs || ageMs < -5 * minuteMs) return format.dateTime(timestamp);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const age = Math.max(0, ageMs);
  if (age < hourMs) return relative.format(-Math.floor(age / minuteMs), 'minute');
  return relative.format(-Math.floor(age / hourMs), 'hour');
}

export interface RequestRowProps {
  ticket: ReceivedTicket;
  now: Date;
}

/** One request of the list: the whole row is a link to its page. The subject is text, never markup. */
export function RequestRow({ ticket, now }: RequestRowProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { status } = ticket;
  // A status this version does not know gets the neutral badge, its raw value kept for support.
  const known = isKnownTicketStatus(status);
  const badgeClass =
    known && sellerActs.has(status)
      ? 'requests-row__status requests-row__status--act'
      : known && finished.has(status)
        ? 'requests-row__status requests-row__status--done'
        : 'requests-row__status';
  return (
    <li className={ticket.unread > 0 ? 'requests-row requests-row--unread' : 'requests-row'}>
      <Link to={routePaths.request(ticket.id)} className="requests-row__link">
        <span className="requests-row__top">
          <span className="requests-row__number">
            {t('requestsList.row.number', { number: ticket.number })}
          </span>
          <span className={badgeClass} {...(known ? {} : unknownValueProps(t, status))}>
            {ticketStatusLabel(t, status)}
          </span>
          {ticket.unread > 0 && (
            <span className="requests-row__unread">
              {t('requestsList.row.unread', { count: ticket.unread })}
            </span>
          )}
        </span>
        <span className="requests-row__subject">{ticket.subject}</span>
        <span className="requests-row__meta">
          <span>{topicLabel(t, ticket.topic)}</span>
          <span>
            {t('requestsList.row.updated', {
              time: formatUpdatedAt(ticket.updatedAt, now, locale, format),
            })}
          </span>
        </span>
      </Link>
    </li>
  );
}
