import type { Money } from '@seller-support/contract';
import type { DeskLocale } from './locales';

/** What a formatter shows for a value it cannot show: a server's odd value is a dash, never a crash. */
export const unreadableValue = '—';

export interface DeskFormatter {
  number(value: number): string;
  /** `{ amount: "500.00", currency: "RUB" }` → "500,00 ₽" (ru) or "RUB 500.00" (en). */
  money(money: Money): string;
  /** Date and time in the policy's time zone. */
  dateTime(timestamp: string): string;
  /** How far `timestamp` is from `now`: "через 25 минут", "2 hours ago". */
  relative(timestamp: string, now: number): string;
  /** The policy's time zone as people read it ("Москва, стандартное время" / "GMT+3"). */
  zoneName(): string;
}

const decimalPattern = /^-?\d+(\.\d+)?$/;

function isDecimalString(value: string): value is `${number}` {
  return decimalPattern.test(value);
}

function orDash(format: () => string): string {
  try {
    return format();
  } catch {
    return unreadableValue;
  }
}

const units = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

export function createDeskFormatter(locale: DeskLocale, timeZone: string): DeskFormatter {
  const numberFormat = new Intl.NumberFormat(locale);
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const zoneFormat = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' });
  return {
    number: (value) => (Number.isFinite(value) ? numberFormat.format(value) : unreadableValue),
    money: ({ amount, currency }) =>
      orDash(() => {
        if (!isDecimalString(amount)) return unreadableValue;
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(amount);
      }),
    dateTime: (timestamp) =>
      orDash(() => {
        const date = new Date(timestamp);
        return Number.isNaN(date.getTime()) ? unreadableValue : dateTimeFormat.format(date);
      }),
    relative: (timestamp, now) =>
      orDash(() => {
        const at = new Date(timestamp).getTime();
        if (Number.isNaN(at)) return unreadableValue;
        const difference = at - now;
        const [unit, size] =
          units.find(([, ms]) => Math.abs(difference) >= ms) ?? (['minute', 60_000] as const);
        return relativeFormat.format(Math.trunc(difference / size), unit);
      }),
    zoneName: () =>
      orDash(
        () => zoneFormat.formatToParts(0).find(({ type }) => type === 'timeZoneName')?.value ?? timeZone,
      ),
  };
}

/**
 * What a moderator types into a rouble amount ("500", "1 500,5", "1500.50") as the contract's
 * decimal string ("1500.50"), or null when it is not a positive amount with at most two digits of
 * kopecks. Spaces (a thousands separator in Russian, typed or pasted) are dropped; a comma or a
 * point separates kopecks.
 */
export function parseRoubles(input: string): string | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (match === null) return null;
  const roubles = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const kopecks = (match[2] ?? '').padEnd(2, '0');
  if (/^0+$/.test(roubles + kopecks)) return null;
  return `${roubles}.${kopecks}`;
}
