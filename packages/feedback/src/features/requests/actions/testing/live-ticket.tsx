import { isKnownTicketEvent, type ReceivedOffer } from '@seller-support/contract';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { ticketKeys } from '../../../../shared/api/ticket-keys';
import { OfferDecision } from '../offer-decision';
import { RequestActions } from '../request-actions';

export interface LiveTicketProps {
  ticketId: string;
  now?: Date | undefined;
  /**
   * `pending`: offer cards only while pending, as the request page shows them (a decided offer's
   * card goes away, its outcome is in the timeline); `all`: every offer, to see a decided card.
   */
  offers?: 'pending' | 'all';
}

/**
 * The request's actions over the detail query, for tests and stories: what the request page
 * does around them (reads `GET /tickets/{id}` into `ticketKeys.detail(id)` and renders the actions
 * with it), so a cache update or a refetch after an action shows as it will on the page.
 */
export function LiveTicket({ ticketId, now, offers = 'pending' }: LiveTicketProps) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: ({ signal }) => api.getTicket(ticketId, { signal }),
  });
  const ticket = query.data;
  if (ticket === undefined) return null;
  const shown: ReceivedOffer[] = [];
  for (const event of (ticket.events ?? []).filter(isKnownTicketEvent)) {
    if (event.kind === 'offer' && (offers === 'all' || event.offer.status === 'pending'))
      shown.push(event.offer);
  }
  return (
    <div className="request-actions">
      {shown.map((offer) => (
        <OfferDecision key={offer.id} ticket={ticket} offer={offer} />
      ))}
      <RequestActions ticket={ticket} now={now} />
    </div>
  );
}
