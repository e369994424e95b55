import { isKnownTicketEvent, type ReceivedOffer } from '@seller-support/contract';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../../shared/api/api-client-context';
import { ticketKeys } from '../../../../shared/api/ticket-keys';
import { NowActions } from '../now-actions';
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
 * The request's actions over the detail query, for tests and stories: the pinned one (an offer,
 * the rating and reopening) and the reply box, as the request page does around them (reads `GET /tickets/{id}` into `ticketKeys.detail(id)` and renders the actions
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
  // Decided offers' cards, to see one: the page shows only pending ones, pinned in NowActions.
  const decided: ReceivedOffer[] = [];
  for (const event of (ticket.events ?? []).filter(isKnownTicketEvent)) {
    if (offers === 'all' && event.kind === 'offer' && event.offer.status !== 'pending')
      decided.push(event.offer);
  }
  return (
    <div className="request-actions">
      <NowActions ticket={ticket} now={now} />
      {decided.map((offer) => (
        <OfferDecision key={offer.id} ticket={ticket} offer={offer} />
      ))}
      <RequestActions ticket={ticket} />
    </div>
  );
}
