import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/** What the seller is told after an action whose own controls may be gone once the request changed. */
export type ActionNoticeKind =
  | 'offerAccepted'
  | 'offerDeclined'
  | 'offerAlreadyDecided'
  | 'reopened'
  | 'reopenConflict'
  | 'rated'
  | 'ratingConflict'
  | 'replyConflict';

export interface ActionNotice {
  kind: ActionNoticeKind;
  /** `assertive` when something the seller did not expect happened (a 409), `polite` otherwise. */
  tone: 'polite' | 'assertive';
  /** Text the seller wrote and could not send, shown back so it is not lost. */
  unsentText?: string;
  /** Tells two equal notices in a row apart, so the second is announced and focused too. */
  seq: number;
  /** `Date.now()` when it was published. */
  at: number;
}

/**
 * Notices live in the mount's QueryClient, not in a component: an accepted offer or a reopened
 * request changes the ticket, and the page then drops the card or the form that acted. The
 * request's actions area shows the notice wherever it came from. One QueryClient per mount keeps
 * notices of two mounts apart; an unobserved notice is collected like any cached entry.
 */
const noticeKey = (ticketId: string) => ['ticket-actions', ticketId, 'notice'] as const;

let seq = 0;

export function usePublishNotice(ticketId: string): (notice: Omit<ActionNotice, 'seq' | 'at'>) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (notice) => {
      seq += 1;
      queryClient.setQueryData<ActionNotice>(noticeKey(ticketId), { ...notice, seq, at: Date.now() });
    },
    [queryClient, ticketId],
  );
}

/** The latest notice about this request's actions, or null. */
export function useActionNotice(ticketId: string): ActionNotice | null {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  const read = () => queryClient.getQueryData<ActionNotice>(noticeKey(ticketId)) ?? null;
  return useSyncExternalStore(subscribe, read, read);
}
