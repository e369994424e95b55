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
export function formatFileSize(bytes: number, locale: Locale): string {
  const { unit, bytes: size } = units.find((candidate) => bytes >= candidate.bytes) ?? units[2];
  // "999 byte" is what the short form gives in English; the long one reads right in both languages.
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(
    bytes / size,
  );
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
