import {
  isKnownDeskTicketEvent,
  type ReceivedDeskTicket,
  type ReceivedDeskTicketEvent,
} from '@seller-support/contract/desk';
import { isOneOf, offerKinds, thirdParties } from '@seller-support/contract';
import { useDeskI18n, type DeskI18n } from '../../../shared/i18n/i18n';
import { AttachmentList } from './attachment-view';

type Side = 'seller' | 'moderator' | 'internal' | 'system';

function describe(
  event: ReceivedDeskTicketEvent,
  i18n: DeskI18n,
): { side: Side; title: string; body?: string } {
  const { m, fill, format } = i18n;
  if (!isKnownDeskTicketEvent(event)) return { side: 'system', title: m.timeline.unknown };
  const by = event.kind !== 'note' && event.kind !== 'assigned' ? event.moderator : undefined;
  const who =
    by === undefined ? m.timeline.moderatorUnnamed : fill(m.timeline.moderator, { name: by.displayName });
  const moderatorSide = (title: string, body?: string) => ({
    side: 'moderator' as const,
    title: title === '' ? who : `${who} · ${title}`,
    ...(body === undefined ? {} : { body }),
  });
  switch (event.kind) {
    case 'note':
      return {
        side: 'internal',
        title: fill(m.timeline.moderator, { name: event.moderator.displayName }),
        body: event.body,
      };
    case 'created':
      return { side: 'system', title: m.timeline.created };
    case 'assigned':
      return { side: 'system', title: fill(m.timeline.assigned, { name: event.moderator.displayName }) };
    case 'step':
      return moderatorSide(fill(m.timeline.step, { text: event.text }));
    case 'message':
      return event.author === 'seller'
        ? { side: 'seller', title: m.timeline.seller, body: event.body }
        : moderatorSide('', event.body);
    case 'third_party': {
      const party = isOneOf(thirdParties, event.party) ? m.parties[event.party] : m.common.unknownValue;
      return moderatorSide(
        fill(m.timeline.thirdParty, { party }),
        event.note === '' ? undefined : event.note,
      );
    }
    case 'offer': {
      const kind = isOneOf(offerKinds, event.offer.kind)
        ? m.offerKinds[event.offer.kind]
        : m.common.unknownValue;
      const amount = event.offer.amount === null ? '' : ` · ${format.money(event.offer.amount)}`;
      return moderatorSide(`${fill(m.timeline.offer, { kind })}${amount}`, event.offer.description);
    }
    case 'offer_decided':
      return {
        side: 'seller',
        title: event.decision === 'accept' ? m.timeline.offerDecidedAccept : m.timeline.offerDecidedDecline,
        ...(event.comment ? { body: event.comment } : {}),
      };
    case 'resolved':
      return moderatorSide(m.timeline.resolved, event.note || undefined);
    case 'reopened':
      return { side: 'seller', title: fill(m.timeline.reopened, { reason: event.reason }) };
    case 'rated':
      return {
        side: 'seller',
        title: fill(m.timeline.rated, { score: event.score }),
        ...(event.comment ? { body: event.comment } : {}),
      };
    case 'closed':
      return moderatorSide(m.timeline.closed);
  }
}

/** The request's history, oldest first; internal notes are framed and labelled as such. */
export function Timeline({ ticket }: { ticket: ReceivedDeskTicket }) {
  const i18n = useDeskI18n();
  const { m, format } = i18n;
  return (
    <section className="ss-stack" aria-labelledby="desk-timeline-title">
      <h2 id="desk-timeline-title">{m.timeline.title}</h2>
      {(ticket.omittedEvents ?? 0) > 0 && <p className="ss-muted">{m.timeline.omitted}</p>}
      <ol className="desk-timeline">
        {ticket.events.map((event) => {
          const { side, title, body } = describe(event, i18n);
          const internal = side === 'internal' || event.visibility === 'internal';
          return (
            <li
              key={event.id}
              className={`desk-event desk-event--${internal ? 'internal' : side}`}
              data-visibility={internal ? 'internal' : 'seller'}
            >
              {internal && <p className="desk-event__internal">{m.timeline.internal}</p>}
              <p className="desk-event__head">
                <span>{title}</span>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </p>
              {body !== undefined && body !== '' && <p className="desk-event__body">{body}</p>}
              {isKnownDeskTicketEvent(event) && event.kind === 'message' && event.attachments.length > 0 && (
                <div className="ss-stack">
                  <p className="ss-muted">{m.timeline.attachments}</p>
                  <AttachmentList attachments={event.attachments} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
