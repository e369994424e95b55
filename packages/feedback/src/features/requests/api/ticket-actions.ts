import {
  ConflictError,
  UnauthorizedError,
  type ApiClient,
  type OfferDecisionBody,
  type PostMessageBody,
  type RatingBody,
  type ReopenBody,
  type ReceivedTicket,
  type ReceivedTicketEvent,
} from '@seller-support/contract';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { isRetryableSubmit } from '../../../shared/api/query-client';
import { ticketKeys } from '../../../shared/api/ticket-keys';

/** Automatic retries of a lost connection, a timeout or a 5xx when sending a message, all with one key. */
export const postMessageRetries = 2;

export interface PostMessageVariables {
  body: PostMessageBody;
  /** Created once per draft and reused by every retry: the server keeps one message per key. */
  idempotencyKey: string;
  /** Told as each attempt goes out, retries included: the caller learns how many tries one send took. */
  onAttempt?: (() => void) | undefined;
}

/**
 * One attempt of `POST /tickets/{id}/messages`. An attempt that outlasts the client's time limit
 * rejects with a `TimeoutError`: a lost answer, retried with the same key.
 */
export async function postMessageOnce(
  api: ApiClient,
  ticketId: string,
  { body, idempotencyKey }: PostMessageVariables,
): Promise<ReceivedTicketEvent> {
  return api.postMessage(ticketId, body, { idempotencyKey });
}

/**
 * Whether to send a message again: a lost connection, a timeout or a 5xx (the key makes a repeat
 * harmless), and a 401 once, since the host's token getter may hand over a fresh token.
 */
export function shouldRetryPostMessage(failureCount: number, error: unknown): boolean {
  if (error instanceof UnauthorizedError) return failureCount === 0;
  return failureCount < postMessageRetries && isRetryableSubmit(error);
}

/** Automatic retries of a lost connection, a timeout or a 5xx for a decision, a reopening or a rating. */
export const ticketActionRetries = 2;

/**
 * Whether to send a decision, a reopening or a rating again. They are safe to repeat: each goes
 * with its action's idempotency key, and the contract answers the same action already applied
 * with the ticket (200), not a 409. So a lost connection, a timeout or a 5xx is retried like a
 * message, and a 401 once, since the host's token getter may hand over a fresh token.
 */
export function shouldRetryTicketAction(failureCount: number, error: unknown): boolean {
  if (error instanceof UnauthorizedError) return failureCount === 0;
  return failureCount < ticketActionRetries && isRetryableSubmit(error);
}

const retryDelay = (attempt: number) => Math.min(400 * 2 ** attempt, 4000);

/** The ticket with one more event (once, however often the same event arrives), as of that event. */
export function withEvent(ticket: ReceivedTicket, event: ReceivedTicketEvent): ReceivedTicket {
  const events = ticket.events ?? [];
  if (events.some((existing) => existing.id === event.id)) return ticket;
  const updatedAt = Date.parse(event.at) > Date.parse(ticket.updatedAt) ? event.at : ticket.updatedAt;
  return { ...ticket, updatedAt, events: [...events, event] };
}

/**
 * The server's answer to an action, for the detail cache. The contract promises events only from
 * `GET /tickets/{id}`: an answer without them keeps the cached history, and the cursor that goes
 * with it, until the refetch brings the new events, rather than showing an empty timeline.
 */
export function mergeTicket(cached: ReceivedTicket | undefined, answer: ReceivedTicket): ReceivedTicket {
  if (answer.events !== undefined || cached?.events === undefined) return answer;
  const { events, omittedEvents, eventsCursor } = cached;
  return {
    ...answer,
    events,
    ...(omittedEvents === undefined ? {} : { omittedEvents }),
    ...(eventsCursor === undefined ? {} : { eventsCursor }),
  };
}

async function applyTicket(queryClient: QueryClient, ticket: ReceivedTicket): Promise<void> {
  const key = ticketKeys.detail(ticket.id);
  const merged = mergeTicket(queryClient.getQueryData<ReceivedTicket>(key), ticket);
  // The detail cache always holds a timeline (the page relies on it): without one, only refetch.
  if (merged.events !== undefined) queryClient.setQueryData<ReceivedTicket>(key, merged);
  await Promise.all([
    ticket.events === undefined ? queryClient.invalidateQueries({ queryKey: key }) : undefined,
    queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.unreadCount() }),
  ]);
}

/** Fetches the ticket again (the page shows it), after a 409 said the cached one is out of date. */
export function refreshTicket(queryClient: QueryClient, ticketId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
    queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
  ]).then(() => undefined);
}

async function refreshOnConflict(queryClient: QueryClient, ticketId: string, error: unknown): Promise<void> {
  // The mutation rejects only after this settles, so the seller sees the message with the new state.
  if (error instanceof ConflictError) await refreshTicket(queryClient, ticketId);
}

/** `POST /tickets/{id}/messages`: retried with the same key, so one message per draft whatever happens. */
export function usePostMessage(ticketId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ticketKeys.detail(ticketId), 'post-message'],
    mutationFn: (variables: PostMessageVariables) => {
      variables.onAttempt?.();
      return postMessageOnce(api, ticketId, variables);
    },
    retry: shouldRetryPostMessage,
    retryDelay,
    // The form queues a message written offline itself and says so; a silently paused mutation would not.
    networkMode: 'always',
    onSuccess: async (event) => {
      const key = ticketKeys.detail(ticketId);
      queryClient.setQueryData<ReceivedTicket>(key, (cached) => (cached ? withEvent(cached, event) : cached));
      // The message may change the status (waiting for the seller → in progress): ask the server.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]);
    },
    onError: (error) => refreshOnConflict(queryClient, ticketId, error),
  });
}

/** What every ticket action sends besides its body. */
interface ActionKey {
  /** One per logical action (see `useActionKey`), the same on every retry of it. */
  idempotencyKey: string;
}

export interface DecideOfferVariables extends ActionKey {
  offerId: string;
  body: OfferDecisionBody;
}

/** `POST /tickets/{id}/offers/{offerId}/decision`; a 409 (decided otherwise) refreshes the ticket. */
export function useDecideOffer(ticketId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ticketKeys.detail(ticketId), 'decide-offer'],
    mutationFn: ({ offerId, body, idempotencyKey }: DecideOfferVariables) =>
      api.decideOffer(ticketId, offerId, body, { idempotencyKey }),
    retry: shouldRetryTicketAction,
    retryDelay,
    networkMode: 'always',
    onSuccess: (ticket) => applyTicket(queryClient, ticket),
    onError: (error) => refreshOnConflict(queryClient, ticketId, error),
  });
}

export interface ReopenVariables extends ActionKey {
  body: ReopenBody;
}

/** `POST /tickets/{id}/reopen`; a 409 (not resolved, or too late) refreshes the ticket. */
export function useReopenTicket(ticketId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ticketKeys.detail(ticketId), 'reopen'],
    mutationFn: ({ body, idempotencyKey }: ReopenVariables) =>
      api.reopenTicket(ticketId, body, { idempotencyKey }),
    retry: shouldRetryTicketAction,
    retryDelay,
    networkMode: 'always',
    onSuccess: (ticket) => applyTicket(queryClient, ticket),
    onError: (error) => refreshOnConflict(queryClient, ticketId, error),
  });
}

export interface RateVariables extends ActionKey {
  body: RatingBody;
}

/** `POST /tickets/{id}/rating`; a 409 (rated otherwise, or not finished) refreshes the ticket. */
export function useRateTicket(ticketId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ticketKeys.detail(ticketId), 'rate'],
    mutationFn: ({ body, idempotencyKey }: RateVariables) =>
      api.rateTicket(ticketId, body, { idempotencyKey }),
    retry: shouldRetryTicketAction,
    retryDelay,
    networkMode: 'always',
    onSuccess: (ticket) => applyTicket(queryClient, ticket),
    onError: (error) => refreshOnConflict(queryClient, ticketId, error),
  });
}
