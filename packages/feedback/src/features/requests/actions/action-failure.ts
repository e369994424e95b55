import {
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from '@seller-support/contract';
import type { Translate } from '../../../shared/i18n';

/** Why an action on a request failed, in the terms the seller gets a message for. */
export type ActionFailure =
  | {
      kind:
        | 'network'
        | 'timeout'
        | 'server'
        | 'unauthorized'
        | 'forbidden'
        | 'notFound'
        | 'malformed'
        | 'unknown';
    }
  | { kind: 'validation' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null };

/** A 409 is not here: each action refreshes the request and says what changed instead. */
export function actionFailureOf(error: unknown): ActionFailure {
  if (error instanceof NetworkError) return { kind: 'network' };
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  if (error instanceof ServerError) return { kind: 'server' };
  if (error instanceof UnauthorizedError) return { kind: 'unauthorized' };
  if (error instanceof ForbiddenError) return { kind: 'forbidden' };
  if (error instanceof NotFoundError) return { kind: 'notFound' };
  if (error instanceof MalformedResponseError) return { kind: 'malformed' };
  if (error instanceof ValidationError) return { kind: 'validation' };
  if (error instanceof RateLimitedError)
    return { kind: 'rateLimited', retryAfterSeconds: error.retryAfterSeconds };
  return { kind: 'unknown' };
}

export function actionFailureMessage(t: Translate, failure: ActionFailure): string {
  if (failure.kind !== 'rateLimited') return t(`requestActions.failed.${failure.kind}`);
  return failure.retryAfterSeconds === null
    ? t('requestActions.failed.rateLimitedNoWait')
    : t('requestActions.failed.rateLimited', {
        wait: t('requestActions.failed.seconds', { count: failure.retryAfterSeconds }),
      });
}
