import {
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  ServerError,
  UnauthorizedError,
} from '@seller-support/contract';

export type LoadErrorKind = 'network' | 'unauthorized' | 'forbidden' | 'server' | 'malformed' | 'unknown';

/** Sorts a failed load into what the seller can do about it; each kind has its own message. */
export function loadErrorKind(error: unknown): LoadErrorKind {
  if (error instanceof NetworkError) return 'network';
  if (error instanceof UnauthorizedError) return 'unauthorized';
  if (error instanceof ForbiddenError) return 'forbidden';
  if (error instanceof ServerError) return 'server';
  if (error instanceof MalformedResponseError) return 'malformed';
  return 'unknown';
}
