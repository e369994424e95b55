import type { ReceivedLocalizedText } from '@seller-support/contract';
import type { Locale } from './messages';

/**
 * A server's text in the seller's language: the translation for `locale` when the server sent
 * one with something in it, else the default text the server always sends beside it.
 */
export function localizedText(
  fallback: string,
  translations: ReceivedLocalizedText | undefined,
  locale: Locale,
): string {
  const translated = translations?.[locale];
  return translated === undefined || translated.trim() === '' ? fallback : translated;
}
