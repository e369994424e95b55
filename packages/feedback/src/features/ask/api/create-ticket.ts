import {
  NetworkError,
  UnauthorizedError,
  type ApiClient,
  type CreateTicketBody,
  type Ticket,
} from '@seller-support/contract';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { isRetryable } from '../../../shared/api/query-client';

/** How long one attempt may take before it counts as lost; the retry carries the same key. */
export const createTicketTimeoutMs = 20_000;

/** Automatic retries of a lost connection, a timeout or a 5xx, all with the same idempotency key. */
export const createTicketRetries = 2;

export interface CreateTicketVariables {
  body: CreateTicketBody;
  /** Created once per draft and reused on every retry: the server creates one ticket per key. */
  idempotencyKey: string;
  /** Told as each attempt goes out, retries included: the caller learns how many tries one send took. */
  onAttempt?: (() => void) | undefined;
}

/** One attempt of `POST /tickets`; a timeout becomes a {@link NetworkError}, which is retried. */
export async function createTicketOnce(
  api: ApiClient,
  { body, idempotencyKey }: CreateTicketVariables,
  timeoutMs: number = createTicketTimeoutMs,
): Promise<Ticket> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await api.createTicket(body, { idempotencyKey, signal });
  } catch (error) {
    if (signal.aborted) throw new NetworkError({ cause: error, message: 'The request timed out.' });
    throw error;
  }
}

/**
 * Whether to send again: a lost connection, a timeout or a 5xx (up to {@link createTicketRetries}
 * times), and a 401 once, since the host's token getter may hand over a fresh token. Everything else
 * is an answer the seller has to see.
 */
export function shouldRetryCreateTicket(failureCount: number, error: unknown): boolean {
  if (error instanceof UnauthorizedError) return failureCount === 0;
  return failureCount < createTicketRetries && isRetryable(error);
}

/** `POST /tickets`. The retries keep the key, so however many attempts it takes, there is one ticket. */
export function useCreateTicket() {
  const api = useApiClient();
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
  });
}
