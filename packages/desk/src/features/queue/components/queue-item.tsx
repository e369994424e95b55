import { isKnownSellerTier, isKnownTopic } from '@seller-support/contract';
import type { ReceivedQueueItem } from '@seller-support/contract/desk';
import { useDeskI18n } from '../../../shared/i18n/i18n';
import { DeskLink } from '../../../shared/lib/desk-routes';
import { StatusBadge } from '../../../shared/ui/status-badge';
import { DueTime } from './due-time';

/** One request of the queue: what a moderator decides by whether to open it now. */
export function QueueItem({ item, now }: { item: ReceivedQueueItem; now: number }) {
  const { m, fill, plural } = useDeskI18n();
  const topic = isKnownTopic(item.topic) ? m.topics[item.topic] : m.common.unknownValue;
  const tier = isKnownSellerTier(item.seller.tier) ? m.tiers[item.seller.tier] : m.common.unknownValue;
  const titleId = `queue-item-${item.id}`;
  return (
    <li
      className={`desk-queue-item${item.overdue ? ' desk-queue-item--overdue' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="desk-queue-item__head">
        <h2 id={titleId} className="desk-queue-item__title">
          <DeskLink to={{ page: 'ticket', id: item.id }} className="desk-queue-item__link">
            {fill(m.queue.number, { number: item.number })}
          </DeskLink>
        </h2>
        <StatusBadge status={item.status} />
        {item.unread > 0 && <span className="ss-unread">{plural(m.common.unread, item.unread)}</span>}
      </div>
      <p>{item.subject}</p>
      <p>
        <DueTime dueAt={item.firstResponseDueAt} overdue={item.overdue} now={now} />
      </p>
      <div className="desk-queue-item__meta">
        <span>
          {m.queue.seller}: {item.seller.legalName} · {item.seller.id} · {tier}
        </span>
        <span>{topic}</span>
        <span>
          {item.assignee === null
            ? m.queue.unassigned
            : fill(m.queue.heldBy, { name: item.assignee.displayName })}
        </span>
      </div>
      {item.lastMessage !== null && (
        <p className="desk-queue-item__snippet">
          {fill(m.queue.lastMessage, { text: item.lastMessage.body })}
        </p>
      )}
    </li>
  );
}
