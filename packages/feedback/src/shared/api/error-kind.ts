import { isApiError, RateLimitedError } from '@seller-support/contract';

/** How long the server asked to wait before the next try: the seconds it said and the moment the wait ends. */
export interface RetryWait {
  seconds: number;
  /** Epoch milliseconds. */
  until: number;
}

/** What went wrong, in the terms the seller gets a message for, whatever the call was. */
export type FailureKind =
  | 'network'
  | 'timeout'
  | 'server'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'tooLarge'
  | 'unsupportedType'
  | 'validation'
  | 'malformed'
  | 'unknown';

export type Failure =
  | { kind: Exclude<FailureKind, 'rateLimited'> }
  /** `wait`: null when the server named none. */
  | { kind: 'rateLimited'; wait: RetryWait | null };

/**
 * Sorts any failure of a call (a load, a submit, an action, an upload) by what the seller can do
 * about it. What is no error of the API client (a bug, an abort) is `unknown`. The messages are
 * `failureMessage`'s, worded per context.
 */
export function failureOf(error: unknown): Failure {
  if (!isApiError(error)) return { kind: 'unknown' };
  switch (error.kind) {
    case 'rateLimited':
      return { kind: 'rateLimited', wait: retryWaitOf(error) };
    case 'payloadTooLarge':
      return { kind: 'tooLarge' };
    case 'unsupportedMediaType':
      return { kind: 'unsupportedType' };
    case 'malformedResponse':
      return { kind: 'malformed' };
    case 'network':
    case 'timeout':
    case 'server':
    case 'unauthorized':
    case 'forbidden':
    case 'notFound':
    case 'conflict':
    case 'validation':
      return { kind: error.kind };
  }
}

/**
 * How long the server asked to wait before the next try (a 429's `Retry-After`), counted from when
 * its answer arrived. Null when it asked for no wait, or the error is no 429.
 */
export function retryWaitOf(error: unknown): RetryWait | null {
  if (!(error instanceof RateLimitedError)) return null;
  const { retryAfterSeconds, retryAt } = error;
  return retryAfterSeconds === null || retryAt === null
    ? null
    : { seconds: retryAfterSeconds, until: retryAt };
}

/** The wait of a failure, when it is a 429 that named one. */
export function waitOf(failure: Failure | null): RetryWait | null {
  return failure?.kind === 'rateLimited' ? failure.wait : null;
}
