import { isKnownSellerTier, type ReceivedSellerContext } from '@seller-support/contract';
import { useId, useState } from 'react';
import { useFormat, useT, type Translate } from '../../../shared/i18n';
import { ErrorState } from '../../../shared/ui/error-state';
import { useSellerContext } from '../../../shared/api/get-context';

export interface SellerIdentityProps {
  /** The cabinet's profile page; without it there is no "Edit in profile" link. */
  profileUrl?: string | undefined;
}

/**
 * Who support will see as the author of a request: the seller's identity, prefilled from the
 * cabinet and read-only here (it is edited in the cabinet's profile, if anywhere). One line (name,
 * shop, tier) that opens to the whole card: the seller came to ask a question, not to read their
 * own details, but can check every one of them.
 */
export function SellerIdentity({ profileUrl }: SellerIdentityProps) {
  const t = useT();
  const titleId = useId();
  const context = useSellerContext();
  // The card is rendered only while open: closed, the seller's details are on screen once, in the line.
  const [open, setOpen] = useState(false);

  return (
    <section className="identity ss-card" aria-labelledby={titleId} aria-busy={context.isPending}>
      {context.isPending ? (
        <>
          <h2 id={titleId} className="identity__title">
            {t('ask.identity.title')}
          </h2>
          <IdentitySkeleton />
        </>
      ) : context.isError ? (
        <>
          <h2 id={titleId} className="identity__title">
            {t('ask.identity.title')}
          </h2>
          <ErrorState
            error={context.error}
            onRetry={() => void context.refetch()}
            retrying={context.isFetching}
          />
        </>
      ) : (
        <details
          className="ss-disclosure identity__disclosure"
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary className="identity__summary">
            <span id={titleId} className="identity__title">
              {t('ask.identity.title')}
            </span>
            <span className="identity__line">{summaryLine(t, context.data)}</span>
          </summary>
          {open && (
            <div className="identity__card">
              <p className="ss-muted">{t('ask.identity.readOnlyNote')}</p>
              <IdentityDetails context={context.data} />
              {profileUrl !== undefined && <a href={profileUrl}>{t('ask.identity.editInProfile')}</a>}
            </div>
          )}
        </details>
      )}
    </section>
  );
}

/** "Ирина Петрова · ООО «Ромашка» · Стандартный": who writes, for which shop, at which tier. */
function summaryLine(t: Translate, { seller }: ReceivedSellerContext): string {
  const { tier } = seller;
  return [
    seller.contactName,
    seller.legalName,
    // A tier this version does not know says nothing the seller could act on: it is not shown.
    isKnownSellerTier(tier) ? t(`snapshot.seller.tiers.${tier}`) : '',
  ]
    .filter((part) => part.trim() !== '')
    .join(' · ');
}

const identityFields = ['legalName', 'taxId', 'contactName', 'email', 'phone', 'tier'] as const;

function IdentitySkeleton() {
  const t = useT();
  return (
    <>
      <p className="ss-visually-hidden" role="status">
        {t('ask.identity.loading')}
      </p>
      <span className="ss-skeleton identity__skeleton-line" aria-hidden="true" />
    </>
  );
}

function IdentityDetails({ context: { seller, dealSummary } }: { context: ReceivedSellerContext }) {
  const t = useT();
  const format = useFormat();
  // The same words as "What support will see" (the snapshot card), which shows the same seller.
  const { tier } = seller;
  const rows: { key: string; term: string; value: string }[] = [
    ...identityFields.flatMap((field): { key: string; term: string; value: string }[] => {
      if (field !== 'tier')
        return [{ key: field, term: t(`snapshot.seller.${field}`), value: seller[field] }];
      return isKnownSellerTier(tier)
        ? [{ key: field, term: t('snapshot.seller.tier'), value: t(`snapshot.seller.tiers.${tier}`) }]
        : [];
    }),
    {
      key: 'deals',
      term: t('ask.identity.deals'),
      value:
        dealSummary === null
          ? t('snapshot.deals.unavailable')
          : t('ask.identity.dealsSummary', {
              orders: t('ask.identity.orders', { count: dealSummary.orders }),
              period: t('ask.identity.period', { count: dealSummary.periodDays }),
              turnover: format.money(dealSummary.turnover),
            }),
    },
  ];
  return (
    <dl className="identity__list">
      {rows.map((row) => (
        <div key={row.key} className="identity__row">
          <dt>{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
