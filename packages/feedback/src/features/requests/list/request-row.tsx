import { isOneOf, messageAuthors, type ReceivedTicket } from '@seller-support/contract';
import { useId } from 'react';
import { useT, type Translate } from '../../../shared/i18n';
import { Link } from '../../../shared/routing/router';
import { routePaths } from '../../../shared/routing/routes';
import { RelativeTime } from '../../../shared/ui/relative-time';
import { topicLabel } from '../request/ticket-labels';
import { StatusBadge } from '../status-badge';
import { messageSnippet } from './message-snippet';

export interface RequestRowProps {
  ticket: ReceivedTicket;
  /** The screen's clock: every row's "2 hours ago" moves with it. */
  now: Date;
}

/** "Поддержка: Пришлите фото…": who wrote last and the start of it; nothing for a request without messages. */
function lastMessageText(t: Translate, lastMessage: ReceivedTicket['lastMessage']): string | null {
  if (lastMessage === undefined) return null;
  const text = messageSnippet(lastMessage.body);
  if (text === '') return null;
  // An author this version does not know: the words alone, rather than a wrong name.
  if (!isOneOf(messageAuthors, lastMessage.author)) return text;
  return t('requestsList.row.snippet', { author: t(`requestsList.row.author.${lastMessage.author}`), text });
}

/**
 * One request of the list, readable at a glance: status (colour, icon, words), number, subject,
 * topic, the last message and when it changed. The whole row is one link; the subject and the
 * message are text, never markup. The unread mark sits on the row's corner, out of the flow, so
 * the row keeps its size when it comes or goes.
 */
export function RequestRow({ ticket, now }: RequestRowProps) {
  const t = useT();
  const exactTimeId = useId();
  const unread = ticket.unread > 0;
  const snippet = lastMessageText(t, ticket.lastMessage);
  return (
    <li className="requests-row" data-unread={unread || undefined}>
      <Link to={routePaths.request(ticket.id)} className="requests-row__link" aria-describedby={exactTimeId}>
        <span className="requests-row__head">
          <StatusBadge status={ticket.status} />
          <span className="requests-row__number">
            {t('requestsList.row.number', { number: ticket.number })}
          </span>
        </span>
        <span className="requests-row__subject">{ticket.subject}</span>
        {snippet !== null && <span className="requests-row__snippet">{snippet}</span>}
        <span className="requests-row__meta">
          <span className="requests-row__topic">
            <span className="ss-visually-hidden">{`${t('requestsList.row.topic')}: `}</span>
            {topicLabel(t, ticket.topic)}
          </span>
          <span className="requests-row__updated">
            {`${t('requestsList.row.updated')} `}
            <RelativeTime timestamp={ticket.updatedAt} now={now} exactId={exactTimeId} />
          </span>
        </span>
        {unread && (
          <span className="requests-row__unread">
            {t('requestsList.row.unread', { count: ticket.unread })}
          </span>
        )}
      </Link>
    </li>
  );
}
