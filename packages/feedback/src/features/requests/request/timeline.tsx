import { useCallback, useId, useMemo, useState } from 'react';
import { useLocale, useT } from '../../../shared/i18n';
import { Button } from '../../../shared/ui/button';
import type { TicketWithEvents } from '../api/get-ticket';
import { TimelineEvent } from './timeline-event';
import { initialWindowStart, moderatorNames, timelineWindow } from './timeline-model';
import { timeZoneLabel, type SellerClock } from './time-zone';

export interface TimelineProps {
  ticket: TicketWithEvents;
  newIds: ReadonlySet<string>;
  clock: SellerClock;
  now: Date;
}

/**
 * The request's history, oldest first, as an ordered list.
 *
 * Long histories show their latest events and a "show earlier" button rather than a virtualised
 * list. Timeline entries differ in height (a one-line step, a long message, an offer with its
 * decision form), a virtualiser would have to measure each of them, and whatever it unmounts is
 * gone for screen readers' reading cursor, for find-in-page and for a half-filled decision form.
 * Here every entry on screen is in the DOM, the page scrolls natively with the keyboard, and the
 * earlier entries come a hundred at a time when the seller asks. New events are appended at the
 * end and never move the window.
 */
export function Timeline({ ticket, newIds, clock, now }: TimelineProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const { events } = ticket;
  // The first shown event by id, not index: events arriving later must not move the window.
  const [start, setStart] = useState(() => ({
    id: events[initialWindowStart(ticket)]?.id ?? null,
    focusFirst: false,
  }));
  const startIndex =
    start.id === null
      ? 0
      : Math.max(
          0,
          events.findIndex((event) => event.id === start.id),
        );
  const names = useMemo(() => moderatorNames(ticket), [ticket]);
  // When the last "show earlier" removes the button, the focus would fall to the page: it goes to
  // the first entry instead, where the seller's reading continues.
  const focusOnMount = useCallback((element: HTMLLIElement | null) => {
    element?.focus();
  }, []);

  const showEarlier = () => {
    const nextIndex = Math.max(0, startIndex - timelineWindow.step);
    setStart({ id: events[nextIndex]?.id ?? null, focusFirst: nextIndex === 0 });
  };

  return (
    <section className="request-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('request.timeline.title')}</h2>
      <p className="ss-muted">
        {t('request.timeline.timeZone', { zone: timeZoneLabel(clock.timeZone, locale, now) })}
      </p>
      {startIndex > 0 && (
        <div className="request-timeline__earlier">
          <Button onClick={showEarlier}>{t('request.timeline.showEarlier', { count: startIndex })}</Button>
        </div>
      )}
      <ol className="request-timeline__list" aria-label={t('request.timeline.label')}>
        {events.slice(startIndex).map((event, offset) => (
          <TimelineEvent
            key={event.id}
            event={event}
            isNew={newIds.has(event.id)}
            moderatorName={names.get(event.id) ?? null}
            clock={clock}
            position={startIndex + offset + 1}
            total={events.length}
            focusRef={start.focusFirst && offset === 0 ? focusOnMount : undefined}
          />
        ))}
      </ol>
      {/* Events the server sent in a shape this version cannot read are left out, and said so. */}
      {(ticket.omittedEvents ?? 0) > 0 && (
        <p className="ss-muted request-timeline__omitted">
          {t('request.timeline.omitted', { count: ticket.omittedEvents ?? 0 })}
        </p>
      )}
    </section>
  );
}
