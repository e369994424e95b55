import { isWellFormedMoney, type Money } from '@seller-support/contract';
import { lazily } from '../lib/lazily';
import type { Locale } from './locales';

/**
 * What a formatter shows for a value it cannot show: an impossible date, an amount that is not
 * the contract's decimal string, a number that is not finite. Every formatter here is total: a
 * server's odd value is a dash on screen, never an exception that takes the screen down.
 */
export const unreadableValue = '—';

const decimalPattern = /^-?\d+(\.\d+)?$/;

// Intl formats a decimal string exactly; going through a float would round big amounts.
function isDecimalString(value: string): value is `${number}` {
  return decimalPattern.test(value);
}

/** `format(value)`, or the dash when the value cannot be formatted (Intl throws a RangeError). */
function orDash(format: () => string): string {
  try {
    return format();
  } catch {
    return unreadableValue;
  }
}

function dateOf(timestamp: string): Date | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Formats for people; each function shows {@link unreadableValue} for a value it cannot show. */
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

/**
 * One formatter per language and named time zone: every screen's provider makes one, and they are
 * alike. One in the device's own zone is made anew each time (its Intl objects still only when
 * used): that zone can change while the page lives (a seller who travels), and a provider made
 * after the change must show it.
 */
const formatters = new Map<string, Formatter>();

export function createFormatter(locale: Locale, timeZone?: string): Formatter {
  if (timeZone === undefined) return makeFormatter(locale, undefined);
  const key = `${locale} ${timeZone}`;
  const made = formatters.get(key);
  if (made !== undefined) return made;
  const formatter = makeFormatter(locale, timeZone);
  formatters.set(key, formatter);
  return formatter;
}

function makeFormatter(locale: Locale, timeZone: string | undefined): Formatter {
  const zone = timeZone === undefined ? {} : { timeZone };
  const numberFormat = lazily(() => new Intl.NumberFormat(locale));
  const dateFormat = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...zone }));
  const dateTimeFormat = lazily(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...zone }),
  );
  // `dateStyle`/`timeStyle` cannot name the zone: the same parts, spelled out.
  const clock = { hour: 'numeric', minute: '2-digit' } as const;
  const dateTimeWithZoneFormat = lazily(
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        ...clock,
        timeZoneName: 'short',
        ...zone,
      }),
  );
  const timeFormat = lazily(() => new Intl.DateTimeFormat(locale, { ...clock, ...zone }));
  const timeWithZoneFormat = lazily(
    () => new Intl.DateTimeFormat(locale, { ...clock, timeZoneName: 'short', ...zone }),
  );
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

  const dateWith = (format: () => Intl.DateTimeFormat, timestamp: string): string => {
    const date = dateOf(timestamp);
    return date === null ? unreadableValue : orDash(() => format().format(date));
  };

  return {
    money: (money) => {
      // Money is read as the server spelled it: "1e309" or "12,50" is not an amount to show.
      if (!isWellFormedMoney(money)) return unreadableValue;
      // "-0.00" is zero: Intl would keep its sign ("-0,00 ₽").
      const amount = money.amount.replace(/^-(?=[0.]+$)/, '');
      if (!isDecimalString(amount)) return unreadableValue;
      return orDash(() => currencyFormat(money.currency, amount.split('.')[1]?.length ?? 0).format(amount));
    },
    number: (value) =>
      Number.isFinite(value) ? orDash(() => numberFormat().format(value)) : unreadableValue,
    date: (timestamp) => dateWith(dateFormat, timestamp),
    dateTime: (timestamp) => dateWith(dateTimeFormat, timestamp),
    dateTimeWithZone: (timestamp) => dateWith(dateTimeWithZoneFormat, timestamp),
    time: (timestamp, { zone: named = false } = {}) =>
      dateWith(named ? timeWithZoneFormat : timeFormat, timestamp),
  };
}
