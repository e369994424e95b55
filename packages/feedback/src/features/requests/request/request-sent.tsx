import {
  accountAreas,
  facilityTypes,
  isKnownOrderStatus,
  isOneOf,
  orderActions,
  type ReceivedTicketRequest,
  type SnapshotOrder,
} from '@seller-support/contract';
import { ContextSnapshotCard } from '@seller-support/ui';
import { memo, useId, type ReactNode } from 'react';
import { AttachmentView } from '../../../shared/attachments/attachment-view';
import { useFormat, useLocale, useT, type Translate } from '../../../shared/i18n';
import type { TicketWithEvents } from '../api/get-ticket';

/** A calendar date of the contract (`2026-11-24`) as the seller reads it, on no clock but the calendar. */
function calendarDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

/** One value of a closed list in words; one this version does not know reads "Other". */
function choiceLabel<const T extends string>(
  t: Translate,
  values: readonly T[],
  value: string,
  label: (known: T) => string,
): string {
  return isOneOf(values, value) ? label(value) : t('request.sent.fields.unknown');
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="request-sent__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The topic's fields the seller filled in, in the form's words, in the order the form asks them. */
function TopicFields({ request }: { request: ReceivedTicketRequest }) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { fields } = request;
  const facts: ReactNode[] = [];
  if (fields.area !== undefined)
    facts.push(
      <Fact key="area" term={t('request.sent.fields.area')}>
        {choiceLabel(t, accountAreas, fields.area, (area) =>
          // "other" is the one word a message set may not be keyed by (it means a plural form there).
          area === 'other' ? t('request.sent.fields.areaOther') : t(`request.sent.fields.areas.${area}`),
        )}
      </Fact>,
    );
  if (fields.action !== undefined)
    facts.push(
      <Fact key="action" term={t('request.sent.fields.action')}>
        {choiceLabel(t, orderActions, fields.action, (action) => t(`request.sent.fields.actions.${action}`))}
      </Fact>,
    );
  if (fields.facilityType !== undefined)
    facts.push(
      <Fact key="facilityType" term={t('request.sent.fields.facilityType')}>
        {choiceLabel(t, facilityTypes, fields.facilityType, (type) =>
          t(`request.sent.fields.facilityTypes.${type}`),
        )}
      </Fact>,
    );
  // By name and address where the server said which; an id alone says nothing to the seller.
  if (request.facility !== null)
    facts.push(
      <Fact key="facility" term={t('request.sent.fields.facility')}>
        <span>{request.facility.name}</span>
        <span className="ss-muted request-sent__facility-address">{request.facility.address}</span>
      </Fact>,
    );
  if (fields.incidentDate !== undefined)
    facts.push(
      <Fact key="incidentDate" term={t('request.sent.fields.incidentDate')}>
        {calendarDate(fields.incidentDate, locale)}
      </Fact>,
    );
  if (fields.payoutPeriod !== undefined)
    facts.push(
      <Fact key="payoutPeriod" term={t('request.sent.fields.payoutPeriod')}>
        {t('request.sent.fields.payoutPeriodValue', {
          from: calendarDate(fields.payoutPeriod.from, locale),
          to: calendarDate(fields.payoutPeriod.to, locale),
        })}
      </Fact>,
    );
  if (fields.amount !== undefined)
    facts.push(
      <Fact key="amount" term={t('request.sent.fields.amount')}>
        <span className="request-sent__amount">{format.money(fields.amount)}</span>
      </Fact>,
    );
  if (fields.itemSku !== undefined)
    facts.push(
      <Fact key="itemSku" term={t('request.sent.fields.itemSku')}>
        {fields.itemSku}
      </Fact>,
    );
  if (fields.defect !== undefined && fields.defect !== '')
    facts.push(
      <Fact key="defect" term={t('request.sent.fields.defect')}>
        <span className="request-sent__text">{fields.defect}</span>
      </Fact>,
    );
  if (fields.stepsToReproduce !== undefined && fields.stepsToReproduce !== '')
    facts.push(
      <Fact key="steps" term={t('request.sent.fields.stepsToReproduce')}>
        <span className="request-sent__text">{fields.stepsToReproduce}</span>
      </Fact>,
    );
  if (request.confidential)
    facts.push(
      <Fact key="confidential" term={t('request.sent.fields.confidential')}>
        {t('request.sent.fields.confidentialValue')}
      </Fact>,
    );
  return facts.length === 0 ? null : <dl className="request-sent__facts">{facts}</dl>;
}

/** An order as it was when the request was sent: full id and amount (wrapped, never cut), status, items. */
function SentOrder({ order }: { order: SnapshotOrder }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="request-sent__order">
      <p className="request-sent__order-head">
        <span className="request-sent__order-id">{order.id}</span>
        <span className="request-sent__amount">{format.money(order.total)}</span>
      </p>
      <p className="ss-muted request-sent__order-meta">
        <time dateTime={order.createdAt}>{format.date(order.createdAt)}</time>
        {' · '}
        {isKnownOrderStatus(order.status)
          ? t(`request.sent.orderStatuses.${order.status}`)
          : t('request.sent.orderStatusUnknown')}
      </p>
      {order.items.length > 0 && (
        <ul className="request-sent__items">
          {order.items.map((item) => (
            <li key={item.sku}>
              {t('request.sent.orderItems', { name: item.name, quantity: item.quantity })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function SentOrders({ request }: { request: ReceivedTicketRequest }) {
  const t = useT();
  const titleId = useId();
  const snapshotOrders = request.context?.orders ?? [];
  // The ids are what the request names; the snapshot has the details of those it could read.
  const ids = request.orderIds.length > 0 ? request.orderIds : snapshotOrders.map((order) => order.id);
  if (ids.length === 0) return null;
  return (
    <section className="request-sent__block" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('request.sent.orders')}</h3>
      <ul className="request-sent__orders">
        {ids.map((id) => {
          const order = snapshotOrders.find((candidate) => candidate.id === id);
          return order === undefined ? (
            <li key={id} className="request-sent__order">
              <span className="request-sent__order-id">{t('request.sent.orderNotInSnapshot', { id })}</span>
            </li>
          ) : (
            <SentOrder key={id} order={order} />
          );
        })}
      </ul>
    </section>
  );
}

function SentFiles({ request }: { request: ReceivedTicketRequest }) {
  const t = useT();
  const titleId = useId();
  const omitted = request.omittedAttachments ?? 0;
  if (request.attachments.length === 0 && omitted === 0) return null;
  return (
    <section className="request-sent__block" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('request.sent.files')}</h3>
      <ul className="request-sent__files">
        {request.attachments.map((attachment) => (
          <li key={attachment.id}>
            <AttachmentView attachment={attachment} />
          </li>
        ))}
      </ul>
      {omitted > 0 && <p className="ss-muted">{t('request.sent.filesOmitted', { count: omitted })}</p>}
    </section>
  );
}

/**
 * "What you sent": the request as the seller wrote it, so the page is the whole case: the
 * description (under the subject that heads the page), the topic's fields, the orders as they were then, photos that open, and (folded)
 * the context snapshot support saw with it.
 */
export const RequestSent = memo(
  RequestSentSection,
  // What the seller sent never changes: a refresh that brings an event (the same `request`, kept
  // by the merge and by the cache's structural sharing) need not format its dates and sizes again.
  (previous, next) => previous.ticket.request === next.ticket.request,
);

function RequestSentSection({ ticket }: { ticket: TicketWithEvents }) {
  const t = useT();
  const titleId = useId();
  const { request } = ticket;
  return (
    <section className="request-sent" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('request.sent.title')}</h2>
      {request === undefined ? (
        <p className="ss-muted">{t('request.sent.unavailable')}</p>
      ) : (
        <div className="request-sent__grid">
          <div className="request-sent__main">
            {/* The subject heads the page already; here is what the seller wrote under it. */}
            {request.description !== '' && (
              <dl className="request-sent__facts">
                <Fact term={t('request.sent.description')}>
                  <span className="request-sent__text">{request.description}</span>
                </Fact>
              </dl>
            )}
            <TopicFields request={request} />
          </div>
          <div className="request-sent__side">
            <SentOrders request={request} />
            <SentFiles request={request} />
          </div>
          {request.context !== null && (
            <details className="ss-disclosure request-sent__snapshot">
              <summary>{t('request.sent.snapshot')}</summary>
              <ContextSnapshotCard snapshot={request.context} />
            </details>
          )}
        </div>
      )}
    </section>
  );
}
