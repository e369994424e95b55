import { useEffect, useRef } from 'react';
import type { TicketWithEvents } from '../api/get-ticket';
import { useMarkTicketRead } from '../api/mark-read';
import { usePageVisible } from './use-page-visible';

/**
 * Tells the server the seller has seen the request: once when the page opens with unread events,
 * and again only when new unread events arrive while the page is open and visible. A poll that
 * still says "unread" for events already marked (it left before the mark landed) sends nothing:
 * each batch is known by its last event.
 */
export function useMarkReadWhileVisible(ticket: TicketWithEvents): void {
  const visible = usePageVisible();
  const { mutate } = useMarkTicketRead();
  const markedBatch = useRef<string | null>(null);
  const batch = `${ticket.id}:${ticket.events.at(-1)?.id ?? ''}`;
  const { id, unread } = ticket;

  useEffect(() => {
    if (!visible || unread === 0 || markedBatch.current === batch) return;
    markedBatch.current = batch;
    mutate(id, {
      onError: () => {
        // Try again with the next batch, or when the seller comes back to the tab.
        markedBatch.current = null;
      },
    });
  }, [visible, unread, batch, id, mutate]);
}
