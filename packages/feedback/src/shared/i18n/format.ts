import type { Money } from '@seller-support/contract';
import type { Locale } from './messages';

const decimalPattern = /^-?\d+(\.\d+)?$/;

// Intl formats a decimal string exactly; going through a float would round big amounts.
function isDecimalString(value: string): value is `${number}` {
  return decimalPattern.test(value);
}

export interface Formatter {
  /** `{ amount: "2450000.00", currency: "RUB" }` → "2 450 000,00 ₽" (ru) or "RUB 2,450,000.00" (en). */
  money(money: Money): string;
  number(value: number): string;
  /** An ISO 8601 timestamp as a calendar date in the seller's time zone. */
  date(timestamp: string): string;
  /** An ISO 8601 timestamp as date and time in the seller's time zone. */
  dateTime(timestamp: string): string;
  /** The same, naming that time zone ("25 нояб. 2026 г., 22:10 UTC"): for a seller far from support. */
  dateTimeWithZone(timestamp: string): string;
  /** An ISO 8601 timestamp as a time of day in the seller's time zone, the zone named with `zone`. */
  time(timestamp: string, options?: { zone?: boolean }): string;
}

export function createFormatter(locale: Locale, timeZone?: string): Formatter {
  const zone = timeZone === undefined ? {} : { timeZone };
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...zone });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...zone,
  });
  // `dateStyle`/`timeStyle` cannot name the zone: the same parts, spelled out.
  const clock = { hour: 'numeric', minute: '2-digit' } as const;
  const dateTimeWithZoneFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...clock,
    timeZoneName: 'short',
    ...zone,
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { ...clock, ...zone });
  const timeWithZoneFormat = new Intl.DateTimeFormat(locale, { ...clock, timeZoneName: 'short', ...zone });
  const currencyFormats = new Map<string, Intl.NumberFormat>();

  // At least the currency's own minor digits ("12,50 ₽"), and every digit the amount has (the
  // contract allows four, "12,3456 ₽"): an amount is shown as it is, never rounded.
  const currencyFormat = (currency: string, fractionDigits: number): Intl.NumberFormat => {
    const key = `${currency}:${String(fractionDigits)}`;
    let format = currencyFormats.get(key);
    if (format === undefined) {
      const { minimumFractionDigits = 0 } = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
      }).resolvedOptions();
      // 20 is as many as every Intl takes.
      const digits = Math.min(20, Math.max(minimumFractionDigits, fractionDigits));
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      currencyFormats.set(key, format);
    }
    return format;
  };

  return {
    money: ({ amount, currency }) => {
      // "-0.00" is zero: Intl would keep its sign ("-0,00 ₽").
      const value = amount.replace(/^-(?=[0.]+$)/, '');
      if (!isDecimalString(value)) return `${amount} ${currency}`;
      return currencyFormat(currency, value.split('.')[1]?.length ?? 0).format(value);
    },
    number: (value) => numberFormat.format(value),
    date: (timestamp) => dateFormat.format(new Date(timestamp)),
    dateTime: (timestamp) => dateTimeFormat.format(new Date(timestamp)),
    dateTimeWithZone: (timestamp) => dateTimeWithZoneFormat.format(new Date(timestamp)),
    time: (timestamp, { zone: named = false } = {}) =>
      (named ? timeWithZoneFormat : timeFormat).format(new Date(timestamp)),
  };
}
