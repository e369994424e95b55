import type { ReceivedTicket } from '@seller-support/contract';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useT } from '../../shared/i18n';
import { browserPathOf } from '../../shared/routing/location';
import { routePaths } from '../../shared/routing/routes';
import { Button } from '../../shared/ui/button';

export interface ParcelSentProps {
  ticket: ReceivedTicket;
  /** The application's route in the host: the request's page is `{basePath}/requests/{id}`. */
  basePath: string;
  /** Closes the dialog. */
  onDone: () => void;
  /** Opens a page of the host without reloading it; absent, the link loads the page. */
  navigate?: ((url: string) => void) | undefined;
}

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** The server confirmed the request: its number, where the answer will come, and a way out. */
export function ParcelSent({ ticket, basePath, onDone, navigate }: ParcelSentProps) {
  const t = useT();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const href = browserPathOf(basePath, routePaths.request(ticket.id));

  // The form the focus was in is gone: the confirmation takes it, so it is read out.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  return (
    <section className="parcel-sent" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('parcel.sent.title', { number: ticket.number })}
      </h3>
      <p>{t('parcel.sent.body')}</p>
      <div className="parcel-sent__actions">
        <a
          href={href}
          onClick={(event) => {
            if (navigate === undefined || !isPlainClick(event)) return;
            // The request's page replaces the one under the dialog: close first, then go there.
            event.preventDefault();
            onDone();
            navigate(href);
          }}
        >
          {t('parcel.sent.open')}
        </a>
        <Button variant="primary" onClick={onDone}>
          {t('parcel.sent.done')}
        </Button>
      </div>
    </section>
  );
}
