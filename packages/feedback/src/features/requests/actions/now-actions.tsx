import { isKnownTicketEvent, type ReceivedOffer, type ReceivedTicket } from '@seller-support/contract';
import { useT } from '../../../shared/i18n';
import { useNow } from '../../../shared/lib/use-now';
import { Button } from '../../../shared/ui/button';
import { OfferDecision } from './offer-decision';
import { RatingSection } from './rating-section';
import { ReopenSection } from './reopen-section';
import { ActionNoticeArea } from './request-actions';

/** The offers of a request still waiting for the seller's decision. */
export function pendingOffers(ticket: ReceivedTicket): ReceivedOffer[] {
  return (ticket.events ?? [])
    .filter(isKnownTicketEvent)
    .flatMap((event) => (event.kind === 'offer' && event.offer.status === 'pending' ? [event.offer] : []));
}

export interface NowActionsProps {
  ticket: ReceivedTicket;
  /** The current time, fixed in tests and stories; by default the clock, re-read every minute. */
  now?: Date | undefined;
  /** Takes the seller to the reply box; absent where the page has none to go to. */
  onReply?: (() => void) | undefined;
}

/**
 * The one thing the seller is asked to do now, pinned at the top of the request under "what
 * happens next": decide a pending offer, reply when support waits for them, or, once it is
 * resolved, rate the help or reopen it. The outcome of any action is said here too.
 */
export function NowActions({ ticket, now: fixedNow, onReply }: NowActionsProps) {
  const t = useT();
  const now = useNow(fixedNow);
  const { status } = ticket;
  const finished = status === 'resolved' || status === 'closed';
  // Support settled the request with an offer still open: there is nothing left to decide.
  const offers = finished ? [] : pendingOffers(ticket);
  return (
    <div className="request-now-actions">
      <ActionNoticeArea ticketId={ticket.id} />
      {offers.map((offer) => (
        <OfferDecision key={offer.id} ticket={ticket} offer={offer} />
      ))}
      {status === 'waiting_seller' && offers.length === 0 && onReply !== undefined && (
        <div className="ss-actions">
          <Button variant="primary" onClick={onReply}>
            {t('request.expectation.reply')}
          </Button>
        </div>
      )}
      {finished && (
        <div className="request-choice">
          <RatingSection ticket={ticket} />
          {status === 'resolved' && <ReopenSection ticket={ticket} now={now} />}
        </div>
      )}
    </div>
  );
}
