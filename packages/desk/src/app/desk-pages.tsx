import { QueueScreen } from '../features/queue/components/queue-screen';
import { lazy, Suspense } from 'react';
import { useDeskI18n } from '../shared/i18n/i18n';
import { DeskLink, useDeskRouter, usePageHeadingFocus } from '../shared/lib/desk-routes';

// A request's page (its forms, the snapshot card) comes when the first request is opened: the
// desk's first load is the queue's.
const TicketScreen = lazy(() =>
  import('../features/ticket/components/ticket-screen').then(({ TicketScreen: screen }) => ({
    default: screen,
  })),
);

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
        <Suspense fallback={<p role="status">{m.frame.loading}</p>}>
          <TicketScreen key={route.id} id={route.id} />
        </Suspense>
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
