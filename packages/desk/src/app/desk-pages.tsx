import { useEffect, useRef } from 'react';
import { QueueScreen } from '../features/queue/components/queue-screen';
import { TicketScreen } from '../features/ticket/components/ticket-screen';
import { useDeskI18n } from '../shared/i18n/i18n';
import { DeskLink, useDeskRouter } from '../shared/lib/desk-routes';

/**
 * The page of the address. After a navigation inside the desk the focus goes to the new page's
 * heading, so a keyboard or screen reader user starts where the page starts; not on the first
 * render, which the back office's own page load owns.
 */
export function DeskPages() {
  const { route } = useDeskRouter();
  const { m } = useDeskI18n();
  const page = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const key = route.page === 'ticket' ? `ticket:${route.id}` : route.page;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The heading may come once the page's data is here: a moment later, looked for once more.
    const focus = () => page.current?.querySelector<HTMLElement>('h1')?.focus();
    focus();
    const timer = setTimeout(focus, 300);
    return () => clearTimeout(timer);
  }, [key]);
  return (
    <div ref={page}>
      {route.page === 'queue' ? (
        <QueueScreen />
      ) : route.page === 'ticket' ? (
        <TicketScreen key={route.id} id={route.id} />
      ) : (
        <div className="ss-stack">
          <h1 tabIndex={-1}>{m.frame.notFound}</h1>
          <DeskLink to={{ page: 'queue' }}>{m.frame.toQueue}</DeskLink>
        </div>
      )}
    </div>
  );
}
