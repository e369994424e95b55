import { isKnownOrderStatus, type SnapshotOrder } from '@seller-support/contract';
import { useId } from 'react';
import { useFormat, useT } from '../../../../shared/i18n';
import { unknownValueProps } from '../../../../shared/ui/unknown-value';
import { orderStatusLabel } from '../order-picker/order-list';

/**
 * The order a question is about, pinned at the top of a form opened on it ("ask about this
 * order"): its number, what is in it and where it stands, all in full. The order is chosen
 * already, so there is no picker to go through.
 */
export function PinnedOrder({ order }: { order: SnapshotOrder }) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const [first, ...rest] = order.items;
  return (
    <section className="pinned-order" aria-labelledby={titleId}>
      <h3 id={titleId} className="pinned-order__title">
        {t('askForm.pinnedOrder.title', { id: order.id })}
      </h3>
      <p className="pinned-order__items">
        {first ? first.name : t('pickers.orders.noItems')}
        {rest.length > 0 && ` ${t('pickers.orders.moreItems', { count: rest.length })}`}
      </p>
      <p className="pinned-order__facts ss-muted">
        <span {...(isKnownOrderStatus(order.status) ? {} : unknownValueProps(t, order.status))}>
          {orderStatusLabel(t, order.status)}
        </span>
        <span>{format.date(order.createdAt)}</span>
        <span>{format.money(order.total)}</span>
      </p>
    </section>
  );
}
