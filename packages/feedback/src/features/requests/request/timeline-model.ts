import {
  isKnownTicketEvent,
  isOneOf,
  thirdParties,
  type Moderator,
  type ReceivedKnownTicketEvent,
  type ReceivedTicketEvent,
  type ReceivedTicketStatus,
} from '@seller-support/contract';
import type { Translate } from '../../../shared/i18n';
import type { TicketWithEvents } from '../api/get-ticket';

type ThirdPartyEvent = Extract<ReceivedKnownTicketEvent, { kind: 'third_party' }>;
/** Who else a request waits for, as the server said it: possibly one this version does not know. */
export type ThirdParty = ThirdPartyEvent['party'];

/** The ids of the events the server counts as unread: the last `ticket.unread` ones. */
export function unreadEventIds(ticket: TicketWithEvents): string[] {
  if (ticket.unread <= 0) return [];
  return ticket.events.slice(-ticket.unread).map((event) => event.id);
}

/**
 * Who wrote each moderator message: the moderator who held the request at that moment (the last
 * `assigned` event before it), else whoever holds it now. Message events do not name their author.
 */
export function moderatorNames(ticket: TicketWithEvents): ReadonlyMap<string, string | null> {
  const names = new Map<string, string | null>();
  let current: Moderator | null = null;
  for (const event of ticket.events.filter(isKnownTicketEvent)) {
    if (event.kind === 'assigned') current = event.moderator;
    else if (event.kind === 'message' && event.author === 'moderator') {
      names.set(event.id, (current ?? ticket.assignee)?.displayName ?? null);
    }
  }
  return names;
}

/** A third party in words. */
export function partyName(t: Translate, party: ThirdParty): string {
  if (!isOneOf(thirdParties, party)) return t('request.parties.unknown');
  // `other` cannot be a message key: an object with `other` reads as a plural form set.
  return t(`request.parties.${party === 'other' ? 'partner' : party}`);
}

/** The party of the latest third-party event, or null when no third party was involved. */
export function latestThirdParty(events: readonly ReceivedTicketEvent[]): ThirdParty | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (event !== undefined && isKnownTicketEvent(event) && event.kind === 'third_party') return event.party;
  }
  return null;
}

/**
 * How much of a long history is on screen at first. Up to `showAllUpTo` events everything is
 * rendered; beyond that the latest `initial` ones, and each "show earlier" adds `step` more.
 */
export const timelineWindow = { showAllUpTo: 100, initial: 50, step: 100 } as const;

/**
 * The index of the first event shown when the page opens: the latest events, but never hiding an
 * unread event or an offer that waits for the seller's decision.
 */
export function initialWindowStart(ticket: TicketWithEvents): number {
  const { events } = ticket;
  if (events.length <= timelineWindow.showAllUpTo) return 0;
  let start = events.length - timelineWindow.initial;
  start = Math.min(start, events.length - Math.max(0, ticket.unread));
  const pendingOffer = events.findIndex(
    (event) => isKnownTicketEvent(event) && event.kind === 'offer' && event.offer.status === 'pending',
  );
  if (pendingOffer >= 0) start = Math.min(start, pendingOffer);
  return Math.max(0, start);
}

/** What changed between two loads of a request, as the seller should hear it. */
export interface TimelineNews {
  moderatorMessages: number;
  assigned: Moderator[];
  steps: string[];
  thirdParties: ThirdParty[];
  offers: number;
  /** The new status, when it changed and the seller did not change it themselves. */
  status: ReceivedTicketStatus | null;
}

/** Events the seller caused: they know about them already (their own action confirmed it). */
function isSellersOwn(event: ReceivedTicketEvent): boolean {
  if (!isKnownTicketEvent(event)) return false;
  switch (event.kind) {
    case 'message':
      return event.author === 'seller';
    case 'created':
    case 'offer_decided':
    case 'reopened':
    case 'rated':
      return true;
    default:
      return false;
  }
}

/** The news in `next` that `knownIds` (the events already on screen) and `previousStatus` do not have. */
export function timelineNews(
  knownIds: ReadonlySet<string>,
  previousStatus: ReceivedTicketStatus,
  next: TicketWithEvents,
): TimelineNews {
  const news: TimelineNews = {
    moderatorMessages: 0,
    assigned: [],
    steps: [],
    thirdParties: [],
    offers: 0,
    status: null,
  };
  const added = next.events.filter((event) => !knownIds.has(event.id));
  for (const event of added.filter(isKnownTicketEvent)) {
    switch (event.kind) {
      case 'message':
        if (event.author === 'moderator') news.moderatorMessages += 1;
        break;
      case 'assigned':
        news.assigned.push(event.moderator);
        break;
      case 'step':
        news.steps.push(event.text);
        break;
      case 'third_party':
        news.thirdParties.push(event.party);
        break;
      case 'offer':
        news.offers += 1;
        break;
      default:
        break;
    }
  }
  const onlySellersOwn = added.length > 0 && added.every(isSellersOwn);
  if (next.status !== previousStatus && !onlySellersOwn) news.status = next.status;
  return news;
}
