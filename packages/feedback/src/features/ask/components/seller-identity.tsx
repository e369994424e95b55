import { isKnownSellerTier, type ReceivedSellerContext } from '@seller-support/contract';
import { useId } from 'react';
import { useFormat, useT } from '../../../shared/i18n';
import { ErrorState } from '../../../shared/ui/error-state';
import { useSellerContext } from '../../../shared/api/get-context';

export interface SellerIdentityProps {
  /** The cabinet's profile page; without it there is no "Edit in profile" link. */
  profileUrl?: string | undefined;
}

/**
 * Who support will see as the author of a request: the seller's identity, prefilled from the
 * cabinet and read-only here (it is edited in the cabinet's profile, if anywhere).
 */
export function SellerIdentity({ profileUrl }: SellerIdentityProps) {
  const t = useT();
  const titleId = useId();
  const context = useSellerContext();

  return (
    <section className="identity ss-card" aria-labelledby={titleId} aria-busy={context.isPending}>
      <div className="identity__header">
        <h2 id={titleId}>{t('ask.identity.title')}</h2>
        {profileUrl !== undefined && <a href={profileUrl}>{t('ask.identity.editInProfile')}</a>}
      </div>
      <p className="ss-muted">{t('ask.identity.readOnlyNote')}</p>
      {context.isPending ? (
        <IdentitySkeleton />
      ) : context.isError ? (
        <ErrorState
          error={context.error}
          onRetry={() => void context.refetch()}
          retrying={context.isFetching}
        />
      ) : (
        <IdentityDetails context={context.data} />
      )}
    </section>
  );
}

const identityFields = ['legalName', 'taxId', 'contactName', 'email', 'phone', 'tier'] as const;

function IdentitySkeleton() {
  const t = useT();
  return (
    <>
      <p className="ss-visually-hidden" role="status">
        {t('ask.identity.loading')}
      </p>
      <div className="identity__list" aria-hidden="true">
        {identityFields.map((field) => (
          <div key={field} className="identity__row">
            <span className="ss-skeleton identity__skeleton-term" />
            <span className="ss-skeleton identity__skeleton-value" />
          </div>
        ))}
      </div>
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
      // A tier this version does not know says nothing the seller could act on: it is not shown.
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
