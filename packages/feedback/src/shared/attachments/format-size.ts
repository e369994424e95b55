import type { Locale } from '../i18n';

const units = [
  { unit: 'megabyte', bytes: 1024 * 1024 },
  { unit: 'kilobyte', bytes: 1024 },
  { unit: 'byte', bytes: 1 },
] as const;

/**
 * A file size as people read it: "12.4 MB" (en), "12,4 МБ" (ru). Binary multiples, as file
 * managers show them, so a 10 MiB limit reads "10 MB".
 */
export function formatFileSize(bytes: number, locale: Locale, fractionDigits = 1): string {
  const { unit, bytes: size } = units.find((candidate) => bytes >= candidate.bytes) ?? units[2];
  // "999 byte" is what the short form gives in English; the long one reads right in both languages.
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay,
    maximumFractionDigits: fractionDigits,
  }).format(bytes / size);
}

/**
 * A size and the limit it passes, precise enough to differ: "2 MB, at most 2 MB" says nothing, so
 * more decimals are shown while the two read the same ("2.001 MB") and, past three, exact bytes.
 */
export function formatFileSizeOverLimit(bytes: number, limit: number, locale: Locale): [string, string] {
  for (const digits of [1, 2, 3]) {
    const shown = formatFileSize(bytes, locale, digits);
    const shownLimit = formatFileSize(limit, locale, digits);
    if (shown !== shownLimit || bytes === limit) return [shown, shownLimit];
  }
  const exact = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(value);
  return [exact(bytes), exact(limit)];
}

const typeLabels = new Map<string, string>([
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/webp', 'WebP'],
  ['application/pdf', 'PDF'],
]);

/** A MIME type as sellers know it: `image/jpeg` → "JPEG"; an unknown one as it is. */
export function fileTypeLabel(type: string): string {
  return typeLabels.get(type) ?? type;
}
