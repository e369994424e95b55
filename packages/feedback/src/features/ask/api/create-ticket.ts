import {
  UnauthorizedError,
  type ApiClient,
  type CreateTicketBody,
  type ReceivedTicket,
} from '@seller-support/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { isRetryableSubmit } from '../../../shared/api/query-client';
import { ticketKeys } from '../../../shared/api/ticket-keys';

/** Automatic retries of a lost connection, a timeout or a 5xx, all with the same idempotency key. */
export const createTicketRetries = 2;

export interface CreateTicketVariables {
  body: CreateTicketBody;
  /** Created once per draft and reused on every retry: the server creates one ticket per key. */
  idempotencyKey: string;
  /** Told as each attempt goes out, retries included: the caller learns how many tries one send took. */
  onAttempt?: (() => void) | undefined;
}

/**
 * One attempt of `POST /tickets`. An attempt that outlasts the client's time limit rejects with a
 * `TimeoutError`: a lost answer, retried with the same key.
 */
export async function createTicketOnce(
  api: ApiClient,
  { body, idempotencyKey }: CreateTicketVariables,
): Promise<ReceivedTicket> {
  return api.createTicket(body, { idempotencyKey });
}

/**
 * Whether to send again: a lost connection, a timeout or a 5xx (up to {@link createTicketRetries}
 * times), and a 401 once, since the host's token getter may hand over a fresh token. Everything else
 * is an answer the seller has to see.
 */
export function shouldRetryCreateTicket(failureCount: number, error: unknown): boolean {
  if (error instanceof UnauthorizedError) return failureCount === 0;
  return failureCount < createTicketRetries && isRetryableSubmit(error);
}

/** `POST /tickets`. The retries keep the key, so however many attempts it takes, there is one ticket. */
export function useCreateTicket() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['tickets', 'create'],
    mutationFn: (variables: CreateTicketVariables) => {
      variables.onAttempt?.();
      return createTicketOnce(api, variables);
    },
    retry: shouldRetryCreateTicket,
    retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 4000),
    // The form queues a submit made offline itself and says so; a mutation paused silently would not.
    networkMode: 'always',
    // The lists and the unread count know nothing of the new request yet. Not awaited: the
    // success screen need not wait for the lists to reload.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
    },
  });
}
