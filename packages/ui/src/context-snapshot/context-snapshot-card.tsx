import {
  isKnownOrderStatus,
  isKnownSellerTier,
  type ContextSnapshot,
  type ReceivedOrderStatus,
  type SnapshotOrder,
} from '@seller-support/contract';
import { useId, useRef, type ReactNode } from 'react';
import type { UiTranslate } from '../i18n/ui-i18n';
import { useUiI18n } from '../i18n/use-ui-i18n';
import { unknownValueAttributes } from '../unknown-value';

/** An order's status in words; one this version does not know reads "status updated". */
function statusLabel(t: UiTranslate, status: ReceivedOrderStatus): string {
  return isKnownOrderStatus(status) ? t(`snapshot.statuses.${status}`) : t('snapshot.statusUnknown');
}

export interface ContextSnapshotCardProps {
  snapshot: ContextSnapshot;
  /**
   * A confidential report (a fraud report, by default): the identity still goes with it, and the
   * card says who will see it.
   */
  confidential?: boolean | undefined;
  /** When given, each selected order gets a button that removes it from the request. */
  onRemoveOrder?: ((orderId: string) => void) | undefined;
  /**
   * The card's heading and intro in the reader's words: the catalog's are the seller's ("What
   * support will see"); the moderator's desk, reading the same card, says what it is to support.
   */
  title?: string | undefined;
  intro?: string | undefined;
}

/**
 * "What support will see": the context snapshot exactly as it goes with the request. It depends
 * on nothing but the snapshot and the app's language (`UiI18nContext`): no queries, no API client,
 * so the seller's module previews it on the form and the moderator's desk renders the same
 * component beside a ticket. The seller may take orders out, never the identity.
 */
export function ContextSnapshotCard({
  snapshot,
  confidential = false,
  onRemoveOrder,
  title,
  intro,
}: ContextSnapshotCardProps) {
  const { t } = useUiI18n();
  const titleId = useId();
  return (
    <section className="context-snapshot ss-card" aria-labelledby={titleId}>
      <header className="context-snapshot__header">
        <h2 id={titleId}>{title ?? t('snapshot.title')}</h2>
        <p className="ss-muted">{intro ?? t('snapshot.intro')}</p>
      </header>
      <SellerSection seller={snapshot.seller} confidential={confidential} />
      <OrdersSection orders={snapshot.orders} onRemoveOrder={onRemoveOrder} />
      <DealsSection dealSummary={snapshot.dealSummary} />
      <InTransitSection inTransit={snapshot.inTransit} />
      <EnvironmentSection environment={snapshot.environment} />
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="context-snapshot__section" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="context-snapshot__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SellerSection({
  seller,
  confidential,
}: {
  seller: ContextSnapshot['seller'];
  confidential: boolean;
}) {
  const { t } = useUiI18n();
  return (
    <Section title={t('snapshot.seller.title')}>
      {confidential ? (
        <p className="context-snapshot__confidential">{t('snapshot.seller.confidentialNote')}</p>
      ) : (
        <p className="ss-muted">{t('snapshot.seller.note')}</p>
      )}
      <dl className="context-snapshot__list">
        <Row term={t('snapshot.seller.id')}>{seller.id}</Row>
        <Row term={t('snapshot.seller.legalName')}>{seller.legalName}</Row>
        <Row term={t('snapshot.seller.taxId')}>{seller.taxId}</Row>
        <Row term={t('snapshot.seller.contactName')}>{seller.contactName}</Row>
        <Row term={t('snapshot.seller.email')}>{seller.email}</Row>
        <Row term={t('snapshot.seller.phone')}>{seller.phone}</Row>
        {/* A tier this version does not know says nothing the seller could act on: it is not shown. */}
        {isKnownSellerTier(seller.tier) && (
          <Row term={t('snapshot.seller.tier')}>{t(`snapshot.seller.tiers.${seller.tier}`)}</Row>
        )}
      </dl>
    </Section>
  );
}

function OrdersSection({
  orders,
  onRemoveOrder,
}: {
  orders: readonly SnapshotOrder[];
  onRemoveOrder: ((orderId: string) => void) | undefined;
}) {
  const { t } = useUiI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  const remove = (orderId: string) => {
    onRemoveOrder?.(orderId);
    // The button that had focus is about to disappear; keep the seller in this section.
    titleRef.current?.focus();
  };

  return (
    <section className="context-snapshot__section" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('snapshot.orders.title')}
      </h3>
      {orders.length === 0 ? (
        <p className="ss-muted">{t('snapshot.orders.none')}</p>
      ) : (
        <ul className="context-snapshot__orders">
          {orders.map((order) => (
            <li key={order.id} className="context-snapshot__order">
              <OrderEntry order={order} onRemove={onRemoveOrder === undefined ? undefined : remove} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderEntry({
  order,
  onRemove,
}: {
  order: SnapshotOrder;
  onRemove: ((orderId: string) => void) | undefined;
}) {
  const { t, format } = useUiI18n();
  const { tracking, deliveryPoint } = order;
  return (
    <div className="context-snapshot__order-body">
      <div className="context-snapshot__order-header">
        <h4>{t('snapshot.orders.order', { id: order.id })}</h4>
        {onRemove !== undefined && (
          <button
            type="button"
            className="context-snapshot__remove"
            aria-label={t('snapshot.orders.removeLabel', { id: order.id })}
            onClick={() => {
              onRemove(order.id);
            }}
          >
            {t('snapshot.orders.remove')}
          </button>
        )}
      </div>
      <dl className="context-snapshot__list">
        <Row term={t('snapshot.orders.date')}>{format.date(order.createdAt)}</Row>
        <Row term={t('snapshot.orders.status')}>
          <span
            {...(isKnownOrderStatus(order.status)
              ? {}
              : unknownValueAttributes(order.status, t('snapshot.serverValue', { value: order.status })))}
          >
            {statusLabel(t, order.status)}
          </span>
        </Row>
        <Row term={t('snapshot.orders.amount')}>{format.money(order.total)}</Row>
        <Row term={t('snapshot.orders.items')}>
          {order.items.length === 0 ? (
            t('snapshot.orders.noItems')
          ) : (
            <ul className="context-snapshot__items">
              {order.items.map((item, index) => (
                // A SKU may repeat across lines of one order.
                <li key={`${item.sku}-${index}`}>
                  {t('snapshot.orders.item', { name: item.name, quantity: item.quantity })}{' '}
                  <span className="ss-muted">({item.sku})</span>
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term={t('snapshot.orders.deliveryPoint')}>
          {deliveryPoint === null
            ? t('snapshot.orders.noDeliveryPoint')
            : `${deliveryPoint.name}, ${deliveryPoint.address}`}
        </Row>
        <Row term={t('snapshot.orders.tracking')}>
          {tracking === null
            ? t('snapshot.orders.noTracking')
            : tracking.lastScanAt === null || tracking.lastScanPlace === null
              ? tracking.state
              : t('snapshot.orders.trackingScan', {
                  state: tracking.state,
                  place: tracking.lastScanPlace,
                  at: format.dateTime(tracking.lastScanAt),
                })}
        </Row>
      </dl>
    </div>
  );
}

function DealsSection({ dealSummary }: { dealSummary: ContextSnapshot['dealSummary'] }) {
  const { t, format } = useUiI18n();
  return (
    <Section title={t('snapshot.deals.title')}>
      {dealSummary === null ? (
        <p className="ss-muted">{t('snapshot.deals.unavailable')}</p>
      ) : (
        <dl className="context-snapshot__list">
          <Row term={t('snapshot.deals.period')}>
            {t('snapshot.deals.days', { count: dealSummary.periodDays })}
          </Row>
          <Row term={t('snapshot.deals.orders')}>{format.number(dealSummary.orders)}</Row>
          <Row term={t('snapshot.deals.turnover')}>{format.money(dealSummary.turnover)}</Row>
          <Row term={t('snapshot.deals.openReturns')}>{format.number(dealSummary.openReturns)}</Row>
        </dl>
      )}
    </Section>
  );
}

function InTransitSection({ inTransit }: { inTransit: ContextSnapshot['inTransit'] }) {
  const { t } = useUiI18n();
  return (
    <Section title={t('snapshot.inTransit.title')}>
      {inTransit.length > 0 && <p className="ss-muted">{t('snapshot.inTransit.note')}</p>}
      {inTransit.length === 0 ? (
        <p className="ss-muted">{t('snapshot.inTransit.none')}</p>
      ) : (
        <ul className="context-snapshot__in-transit">
          {inTransit.map((order) => (
            <li key={order.id}>
              {t('snapshot.inTransit.entry', {
                id: order.id,
                status: statusLabel(t, order.status),
              })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * What helps support when the trouble is the site itself. Developer terms mean nothing to most
 * sellers, so they are one click away rather than in the way.
 */
function EnvironmentSection({ environment }: { environment: ContextSnapshot['environment'] }) {
  const { t } = useUiI18n();
  return (
    <details className="ss-disclosure context-snapshot__technical">
      <summary>{t('snapshot.environment.title')}</summary>
      <div className="context-snapshot__section">
        <p className="ss-muted">{t('snapshot.environment.note')}</p>
        <dl className="context-snapshot__list">
          <Row term={t('snapshot.environment.moduleVersion')}>{environment.moduleVersion}</Row>
          <Row term={t('snapshot.environment.hostRoute')}>{environment.hostRoute}</Row>
          <Row term={t('snapshot.environment.locale')}>{environment.locale}</Row>
          <Row term={t('snapshot.environment.timeZone')}>{environment.timeZone}</Row>
          <Row term={t('snapshot.environment.userAgent')}>{environment.userAgent}</Row>
        </dl>
      </div>
    </details>
  );
}
