import { QueueScreen } from '../features/queue/components/queue-screen';
import { TicketScreen } from '../features/ticket/components/ticket-screen';
import { useDeskI18n } from '../shared/i18n/i18n';
import { DeskLink, useDeskRouter, usePageHeadingFocus } from '../shared/lib/desk-routes';

/** The page of the address; each page's heading takes the focus after a navigation (usePageHeadingFocus). */
export function DeskPages() {
  const { route } = useDeskRouter();
  const { m } = useDeskI18n();
  const headingFocus = usePageHeadingFocus();
  return (
    <div>
      {route.page === 'queue' ? (
        <QueueScreen />
      ) : route.page === 'ticket' ? (
        <TicketScreen key={route.id} id={route.id} />
      ) : (
        <div className="ss-stack">
          <h1 tabIndex={-1} ref={headingFocus}>
            {m.frame.notFound}
          </h1>
          <DeskLink to={{ page: 'queue' }}>{m.frame.toQueue}</DeskLink>
        </div>
      )}
    </div>
  );
}
