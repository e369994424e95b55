import {
  isKnownTicketEvent,
  isOneOf,
  offerKinds,
  offerStatuses,
  type Attachment,
  type ReceivedKnownTicketEvent,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import type { ReactNode, Ref } from 'react';
import { AttachmentView } from '../../../shared/attachments/attachment-view';
import { useFormat, useT } from '../../../shared/i18n';
import { unknownValueProps } from '../../../shared/ui/unknown-value';
import { partyName } from './timeline-model';
import type { SellerClock } from './time-zone';

export interface TimelineEventProps {
  event: ReceivedTicketEvent;
  /** Unread when it reached the page on this visit. */
  isNew: boolean;
  /** For moderator messages: the moderator who held the request then. */
  moderatorName: string | null;
  clock: SellerClock;
  /** 1-based position in the whole history, and its length: the window may show only part of it. */
  position: number;
  total: number;
  /** Set on the item that takes the focus after "show earlier" revealed the rest. */
  focusRef?: Ref<HTMLLIElement> | undefined;
}

/** One entry of the history, in words, with its date and time on the seller's clock. */
export function TimelineEvent({
  event,
  isNew,
  moderatorName,
  clock,
  position,
  total,
  focusRef,
}: TimelineEventProps) {
  const t = useT();
  const known = isKnownTicketEvent(event) ? event : null;
  // An event of a kind this version does not know: a generic entry with its time.
  const { title, body } = useEventContent(known, moderatorName);
  const fromSeller = known?.kind === 'message' && known.author === 'seller';
  return (
    <li
      ref={focusRef}
      tabIndex={focusRef === undefined ? undefined : -1}
      className="request-event"
      data-kind={known === null ? 'unknown' : known.kind}
      {...(known === null ? unknownValueProps(t, event.kind) : {})}
      data-author={known?.kind === 'message' ? known.author : undefined}
      data-new={isNew || undefined}
      data-own={fromSeller || undefined}
      aria-posinset={position}
      aria-setsize={total}
    >
      <p className="request-event__head">
        <span className="request-event__title">{title}</span>
        {isNew && <span className="request-event__new">{t('request.timeline.new')}</span>}
        <time className="request-event__time ss-muted" dateTime={event.at}>
          {clock.dateTime(event.at)}
        </time>
      </p>
      {body}
    </li>
  );
}

function useEventContent(
  event: ReceivedKnownTicketEvent | null,
  moderatorName: string | null,
): { title: string; body: ReactNode } {
  const t = useT();
  const format = useFormat();
  if (event === null) return { title: t('request.timeline.unknown'), body: null };
  switch (event.kind) {
    case 'created':
      return { title: t('request.timeline.created'), body: null };
    case 'assigned':
      return { title: t('request.timeline.assigned', { name: event.moderator.displayName }), body: null };
    case 'step':
      return { title: t('request.timeline.step'), body: <Text>{event.text}</Text> };
    case 'message': {
      const title =
        event.author === 'seller'
          ? t('request.timeline.yourMessage')
          : event.author === 'moderator'
            ? t('request.timeline.message', { author: moderatorName ?? t('request.timeline.moderator') })
            : t('request.timeline.messageUnknown');
      return {
        title,
        body: (
          <>
            <Text>{event.body}</Text>
            {event.attachments.length > 0 && <Attachments attachments={event.attachments} />}
          </>
        ),
      };
    }
    case 'third_party':
      return {
        title: t('request.timeline.thirdParty', { party: partyName(t, event.party) }),
        body: <Text>{event.note}</Text>,
      };
    case 'offer': {
      const { offer } = event;
      const { kind, status } = offer;
      return {
        title: isOneOf(offerKinds, kind)
          ? t('request.timeline.offer', { kind: t(`request.timeline.offerKinds.${kind}`) })
          : t('request.timeline.offerUnknown'),
        // A compact record: the decision itself is pinned at the top of the page while it is pending.
        body: (
          <>
            <Text>{offer.description}</Text>
            {offer.amount !== null && (
              <p>{t('request.timeline.offerAmount', { amount: format.money(offer.amount) })}</p>
            )}
            {isOneOf(offerStatuses, status) ? (
              <p className="request-offer-status" data-status={status}>
                {t(`request.timeline.offerStatus.${status}`)}
              </p>
            ) : (
              <p className="request-offer-status" data-status="unknown" {...unknownValueProps(t, status)}>
                {t('request.timeline.offerStatusUnknown')}
              </p>
            )}
          </>
        ),
      };
    }
    case 'offer_decided':
      return {
        title: t(
          event.decision === 'accept'
            ? 'request.timeline.accepted'
            : event.decision === 'decline'
              ? 'request.timeline.declined'
              : 'request.timeline.decided',
        ),
        body:
          event.comment === undefined || event.comment === '' ? null : (
            <Text>{t('request.timeline.comment', { comment: event.comment })}</Text>
          ),
      };
    case 'resolved':
      return {
        title: t('request.timeline.resolved'),
        body: event.note === undefined || event.note === '' ? null : <Text>{event.note}</Text>,
      };
    case 'reopened':
      return {
        title: t('request.timeline.reopened'),
        body: <Text>{t('request.timeline.reason', { reason: event.reason })}</Text>,
      };
    case 'rated':
      // The score and the comment are shown once, at the top of the page: here only that it happened.
      return { title: t('request.timeline.rated'), body: null };
    case 'closed':
      return { title: t('request.timeline.closed'), body: null };
  }
}

/**
 * Text from the server or the seller, as text: React escapes it, so `<b>` reads as `<b>`; the
 * stylesheet keeps its line breaks (`white-space: pre-wrap`).
 */
function Text({ children }: { children: string }) {
  return <p className="request-event__text">{children}</p>;
}

/** The files of a message: photos as thumbnails that open, other files to download. */
function Attachments({ attachments }: { attachments: readonly Attachment[] }) {
  const t = useT();
  return (
    <ul className="request-event__attachments" aria-label={t('request.timeline.attachments')}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <AttachmentView attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
