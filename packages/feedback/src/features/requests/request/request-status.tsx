import { isKnownTicketStatus, type ReceivedTicketStatus, type TicketStatus } from '@seller-support/contract';
import { useT } from '../../../shared/i18n';
import { unknownValueProps } from '../../../shared/ui/unknown-value';
import { ticketStatusLabel } from './ticket-labels';

/** The five colours of the design's status tokens (`--ss-status-*`), by what the status asks of the seller. */
export type StatusTone = 'new' | 'active' | 'act' | 'done' | 'closed';

const tones: Record<TicketStatus, StatusTone> = {
  new: 'new',
  in_progress: 'active',
  waiting_third_party: 'active',
  waiting_seller: 'act',
  offer_proposed: 'act',
  resolved: 'done',
  closed: 'closed',
};

/** The tone of a status; one this version does not know is neutral. */
export function statusTone(status: ReceivedTicketStatus): StatusTone {
  return isKnownTicketStatus(status) ? tones[status] : 'closed';
}

/**
 * A request's status as the page heads it: colour, icon (request.css draws it, with no text for
 * assistive technology to read twice) and words. Local to the request page; the
 * list has a badge of its own and the two may become one.
 */
export function RequestStatus({ status }: { status: ReceivedTicketStatus }) {
  const t = useT();
  const tone = statusTone(status);
  return (
    <span
      className="request-status"
      data-tone={tone}
      data-status={isKnownTicketStatus(status) ? status : 'unknown'}
      {...(isKnownTicketStatus(status) ? {} : unknownValueProps(t, status))}
    >
      {ticketStatusLabel(t, status)}
    </span>
  );
}
