import { isKnownTicketStatus, type ReceivedTicketStatus, type TicketStatus } from '@seller-support/contract';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n';
import { unknownValueProps } from '../../shared/ui/unknown-value';
import { ticketStatusLabel } from './request/ticket-labels';

/**
 * The five looks a status can have (the `--ss-status-*` tokens): `act` is "your move" and the only
 * filled one, so it stands out in a list of tinted badges; the rest are tinted by who holds the case.
 */
export type StatusTone = 'new' | 'active' | 'act' | 'done' | 'closed';

const toneOf: Record<TicketStatus, StatusTone> = {
  new: 'new',
  in_progress: 'active',
  waiting_third_party: 'active',
  waiting_seller: 'act',
  offer_proposed: 'act',
  resolved: 'done',
  closed: 'closed',
};

/** The tone of a status (the request page colours its "what next" box the same way); one this version does not know is neutral. */
export function statusTone(status: ReceivedTicketStatus): StatusTone {
  return isKnownTicketStatus(status) ? toneOf[status] : 'closed';
}

// 16×16 line icons drawn in the badge's own colour. Each status has its own, so two statuses of one
// tone (in progress, waiting for a third party) still differ without reading the words.
const iconPaths: Record<TicketStatus | 'unknown', ReactNode> = {
  // A four-pointed spark: something new has come in.
  new: <path d="M8 1.5 9.6 6.4 14.5 8 9.6 9.6 8 14.5 6.4 9.6 1.5 8 6.4 6.4Z" />,
  // Circling arrows: being worked on.
  in_progress: (
    <>
      <path d="M13.5 8A5.5 5.5 0 0 1 3.6 11.3" />
      <path d="M2.5 8a5.5 5.5 0 0 1 9.9-3.3" />
      <path d="M12.6 1.8v3h-3" />
      <path d="M3.4 14.2v-3h3" />
    </>
  ),
  // An exclamation mark in a circle: the seller must answer.
  waiting_seller: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.5v4.2" />
      <path d="M8 11.2v.3" />
    </>
  ),
  // An hourglass: waiting for someone else.
  waiting_third_party: (
    <>
      <path d="M4 1.5h8" />
      <path d="M4 14.5h8" />
      <path d="M5 1.5c0 3.5 6 3.5 6 6.5s-6 3-6 6.5" />
      <path d="M11 1.5c0 3.5-6 3.5-6 6.5s6 3 6 6.5" />
    </>
  ),
  // A price tag: an offer waits for the seller's decision.
  offer_proposed: (
    <>
      <path d="M1.5 2.5v5l7 7 6-6-7-7h-5Z" />
      <circle cx="5" cy="5" r="1" />
    </>
  ),
  // A check in a circle: done, and done well.
  resolved: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="m5 8.2 2 2 4-4.4" />
    </>
  ),
  // A padlock: closed for good.
  closed: (
    <>
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </>
  ),
  // A plain dot: a status this version cannot describe.
  unknown: <circle cx="8" cy="8" r="3" />,
};

export interface StatusBadgeProps {
  status: ReceivedTicketStatus;
}

/**
 * A request's status as a badge: its colour, an icon and its words, so none of the three carries
 * the meaning alone. A status this version does not know is a neutral badge reading "Updated",
 * its raw value kept for support.
 */
export function StatusBadge({ status }: StatusBadgeProps) {
  const t = useT();
  const known = isKnownTicketStatus(status);
  return (
    <span
      className="ss-status-badge"
      data-tone={known ? statusTone(status) : 'unknown'}
      {...(known ? { 'data-status': status } : unknownValueProps(t, status))}
    >
      <svg
        className="ss-status-badge__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
        data-icon={known ? status : 'unknown'}
      >
        {iconPaths[known ? status : 'unknown']}
      </svg>
      <span className="ss-status-badge__label">{ticketStatusLabel(t, status)}</span>
    </span>
  );
}
