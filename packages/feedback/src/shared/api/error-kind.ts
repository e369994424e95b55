import {
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from '@seller-support/contract';

export type LoadErrorKind =
  'network' | 'timeout' | 'rateLimited' | 'unauthorized' | 'forbidden' | 'server' | 'malformed' | 'unknown';

/** Sorts a failed load into what the seller can do about it; each kind has its own message. */
export function loadErrorKind(error: unknown): LoadErrorKind {
  if (error instanceof NetworkError) return 'network';
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof RateLimitedError) return 'rateLimited';
  if (error instanceof UnauthorizedError) return 'unauthorized';
  if (error instanceof ForbiddenError) return 'forbidden';
  if (error instanceof ServerError) return 'server';
  if (error instanceof MalformedResponseError) return 'malformed';
  return 'unknown';
}

/**
 * How long the server asked to wait before the next try (a 429's `Retry-After`): the seconds it
 * said and the moment the wait ends. Null when it asked for no wait, or the error is no 429.
 */
export function retryWaitOf(error: unknown): { seconds: number; until: number } | null {
  if (!(error instanceof RateLimitedError)) return null;
  const { retryAfterSeconds, retryAt } = error;
  return retryAfterSeconds === null || retryAt === null
    ? null
    : { seconds: retryAfterSeconds, until: retryAt };
}
