import type { MessageKey, Translate } from '../i18n';
import type { TranslateArgs } from '../i18n/messages';
import type { Failure, FailureKind } from './error-kind';

/** A message with nothing to fill in. */
type PlainKey = { [K in MessageKey]: TranslateArgs<K> extends [] ? K : never }[MessageKey];

type WaitArgs = [params: { readonly wait: string | number }];
/** A message that says how long to wait, and nothing else to fill in. */
type WaitKey = {
  [K in MessageKey]: TranslateArgs<K> extends WaitArgs
    ? WaitArgs extends TranslateArgs<K>
      ? K
      : never
    : never;
}[MessageKey];

/**
 * How one context (a load, a submit, an action, an upload) words failures: its own message where
 * the general one would not fit what the seller was doing, nothing where it would.
 */
export type FailureWording = { readonly [Kind in Exclude<FailureKind, 'rateLimited'>]?: PlainKey } & {
  /** A 429 that named its wait, as `{wait}`. */
  readonly rateLimited?: WaitKey;
  /** A 429 that named none. */
  readonly rateLimitedNoWait?: PlainKey;
};

/** The general wording: a load's, and what any context says where it has no words of its own. */
const generalWording = {
  network: 'errors.network',
  timeout: 'errors.timeout',
  server: 'errors.server',
  unauthorized: 'errors.unauthorized',
  forbidden: 'errors.forbidden',
  notFound: 'errors.notFound',
  conflict: 'errors.conflict',
  tooLarge: 'errors.tooLarge',
  unsupportedType: 'errors.unsupportedType',
  validation: 'errors.validation',
  malformed: 'errors.malformed',
  unknown: 'errors.unknown',
  rateLimited: 'errors.rateLimitedWait',
  rateLimitedNoWait: 'errors.rateLimited',
} as const satisfies Required<FailureWording>;

/** What the seller is told of a failure, in the wording of the context it happened in. */
export function failureMessage(t: Translate, failure: Failure, wording: FailureWording = {}): string {
  const words = { ...generalWording, ...wording };
  if (failure.kind !== 'rateLimited') return t(words[failure.kind]);
  return failure.wait === null
    ? t(words.rateLimitedNoWait)
    : t(words.rateLimited, { wait: waitText(t, failure.wait.seconds) });
}

/** A wait in the largest unit that still reads well, rounded up: never shorter than it is. */
export function waitText(t: Translate, seconds: number): string {
  if (seconds < 60) return t('common.wait.seconds', { count: seconds });
  if (seconds < 3600) return t('common.wait.minutes', { count: Math.ceil(seconds / 60) });
  return t('common.wait.hours', { count: Math.ceil(seconds / 3600) });
}
