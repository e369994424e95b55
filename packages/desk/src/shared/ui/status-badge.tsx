import { isKnownTicketStatus, type ReceivedTicketStatus } from '@seller-support/contract';
import { useDeskI18n } from '../i18n/i18n';

type Tone = 'new' | 'active' | 'act' | 'done' | 'closed';

// The design's status colours: new blue, in progress and third party violet, "the seller must act"
// orange, resolved green, closed grey. The words carry the meaning; the colour only helps.
const toneOf = {
  new: 'new',
  in_progress: 'active',
  waiting_third_party: 'active',
  waiting_seller: 'act',
  offer_proposed: 'act',
  resolved: 'done',
  closed: 'closed',
} as const satisfies Record<string, Tone>;

export function StatusBadge({ status }: { status: ReceivedTicketStatus }) {
  const { m } = useDeskI18n();
  if (!isKnownTicketStatus(status)) {
    return <span className="ss-status ss-status--closed">{m.common.unknownValue}</span>;
  }
  return <span className={`ss-status ss-status--${toneOf[status]}`}>{m.statuses[status]}</span>;
}
