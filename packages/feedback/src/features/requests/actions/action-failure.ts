import type { FailureWording } from '../../../shared/api/failure-message';

/**
 * How a request's actions (a reply, a decision, a reopening, a rating) word a failure where the
 * general words would not fit. A 409 has none: each action refreshes the request and says what
 * changed instead.
 */
export const actionWording = {
  timeout: 'requestActions.failed.timeout',
  forbidden: 'requestActions.failed.forbidden',
  notFound: 'requestActions.failed.notFound',
  validation: 'requestActions.failed.validation',
  malformed: 'requestActions.failed.malformed',
  unknown: 'requestActions.failed.unknown',
  rateLimited: 'requestActions.failed.rateLimited',
  rateLimitedNoWait: 'requestActions.failed.rateLimitedNoWait',
} as const satisfies FailureWording;
