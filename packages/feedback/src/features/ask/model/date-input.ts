import type { Locale } from '../../../shared/i18n';
import { isRealDate } from './conversions';

/**
 * A date as the seller types it into one text field: day first (`28.11.2026`, `28/11/2026`,
 * `28-11-2026`, `28 11 2026`, one-digit days and months too), eight digits with no separator (what a
 * phone's number pad allows: `28112026`), or the contract's `2026-11-28`. The result is the
 * contract's `YYYY-MM-DD`, or null when the text is no real calendar date.
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[./\-\s]+(\d{1,2})[./\-\s]+(\d{4})$/.exec(value);
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  let parts: [string, string, string] | null = null;
  if (iso !== null) parts = [iso[1] ?? '', iso[2] ?? '', iso[3] ?? ''];
  else if (dayFirst !== null) parts = [dayFirst[3] ?? '', dayFirst[2] ?? '', dayFirst[1] ?? ''];
  else if (digits !== null) parts = [digits[3] ?? '', digits[2] ?? '', digits[1] ?? ''];
  if (parts === null) return null;
  const [year, month, day] = parts;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

/** The separator each language writes dates with, in the field and its pattern. */
const separators: Record<Locale, string> = { ru: '.', en: '/' };

/** `2026-11-28` as the seller reads it in the field: `28.11.2026`, `28/11/2026`. Other text as it is. */
export function formatDateInput(value: string, locale: Locale): string {
  if (!isRealDate(value)) return value;
  const [year = '', month = '', day = ''] = value.split('-');
  const separator = separators[locale];
  return [day, month, year].join(separator);
}
