import { isKnownSellerTier } from '@seller-support/contract';
import type { ReceivedDeskTicket } from '@seller-support/contract/desk';
import { useDeskI18n } from '../../../shared/i18n/i18n';

/**
 * Who wrote: the legal name, tax id and tier. The tax id comes from the seller's context as sent
 * with the request (the desk's seller record has none).
 */
export function SellerFacts({ ticket }: { ticket: ReceivedDeskTicket }) {
  const { m } = useDeskI18n();
  const { seller } = ticket;
  const taxId = ticket.request.context?.seller.taxId;
  const tier = isKnownSellerTier(seller.tier) ? m.tiers[seller.tier] : m.common.unknownValue;
  return (
    <section className="ss-card ss-stack" aria-labelledby="desk-seller-title">
      <h2 id="desk-seller-title">{m.ticket.seller}</h2>
      <dl className="desk-ticket__facts">
        <dt>{m.ticket.legalName}</dt>
        <dd>{seller.legalName}</dd>
        <dt>{m.ticket.taxId}</dt>
        <dd>{taxId ?? '—'}</dd>
        <dt>{m.ticket.tier}</dt>
        <dd>{tier}</dd>
        <dt>{m.ticket.sellerId}</dt>
        <dd>{seller.id}</dd>
      </dl>
    </section>
  );
}
