import { useState } from 'react';
import { useLocale, useT, type Translate } from '../../../shared/i18n';
import type { TicketWithEvents } from '../api/get-ticket';
import { ticketStatusLabel } from './ticket-labels';
import { partyName, timelineNews, unreadEventIds, type TimelineNews } from './timeline-model';

/** One message for the live region; `id` changes with every message, even a repeated text. */
export interface Announcement {
  id: number;
  text: string;
}

export interface TimelineTracker {
  /** Events marked "new" on this visit: unread when they reached the page, even after mark-read. */
  newIds: ReadonlySet<string>;
  /** What the live region says about the latest news; null until something arrives after the first load. */
  announcement: Announcement | null;
}

interface Tracked extends TimelineTracker {
  ticket: TicketWithEvents;
  knownIds: ReadonlySet<string>;
}

const endPunctuation = /[.!?…\s]+$/u;

function announce(t: Translate, locale: string, news: TimelineNews): string {
  const parts: string[] = [];
  for (const moderator of news.assigned) {
    parts.push(t('request.announce.assigned', { name: moderator.displayName }));
  }
  for (const text of news.steps) {
    parts.push(t('request.announce.step', { text: text.replace(endPunctuation, '') }));
  }
  for (const party of news.thirdParties) {
    parts.push(t('request.announce.thirdParty', { party: partyName(t, party) }));
  }
  if (news.offers > 0) parts.push(t('request.announce.offer'));
  if (news.moderatorMessages > 0) {
    parts.push(t('request.announce.messages', { count: news.moderatorMessages }));
  }
  if (news.status !== null) {
    const status = ticketStatusLabel(t, news.status).toLocaleLowerCase(locale);
    parts.push(t('request.announce.status', { status }));
  }
  return parts.join(' ');
}

/**
 * Follows one request across polls: which events are new on this visit, and what to announce when
 * something arrives after the first load. The first load announces nothing (the seller is reading
 * the page anyway). Derived while rendering, by the "adjust state when a prop changes" pattern,
 * so the mark and the announcement appear in the same commit as the event itself.
 */
export function useTimelineTracker(ticket: TicketWithEvents): TimelineTracker {
  const t = useT();
  const locale = useLocale();
  const [tracked, setTracked] = useState<Tracked>(() => ({
    ticket,
    knownIds: new Set(ticket.events.map((event) => event.id)),
    newIds: new Set(unreadEventIds(ticket)),
    announcement: null,
  }));
  if (tracked.ticket === ticket) return tracked;

  const text = announce(t, locale, timelineNews(tracked.knownIds, tracked.ticket.status, ticket));
  const next: Tracked = {
    ticket,
    knownIds: new Set(ticket.events.map((event) => event.id)),
    newIds: new Set([...tracked.newIds, ...unreadEventIds(ticket)]),
    announcement: text === '' ? tracked.announcement : { id: (tracked.announcement?.id ?? 0) + 1, text },
  };
  setTracked(next);
  return next;
}
