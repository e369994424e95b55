import { unreadableValue } from '../../../shared/i18n';

/**
 * The seller's time zone. The contract's seller context carries none, and the policy's time zone
 * is support's (it decides day and night targets), not the seller's: a seller in Vladivostok reads
 * "19:00" for a message written at noon in Moscow. So the seller's clock is the browser's, the same
 * one the request form records in its context snapshot. A `preferred` zone (tests, stories, a host
 * that knows better) wins when this browser knows it.
 */
export function resolveTimeZone(preferred?: string): string {
  if (preferred !== undefined && isKnownTimeZone(preferred)) return preferred;
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    // An unknown IANA name: Intl throws a RangeError.
    return false;
  }
}

/** "Asia/Vladivostok (GMT+10)": the zone's name and its offset at `at`, for the note above the times. */
export function timeZoneLabel(timeZone: string, locale: string, at: Date): string {
  const offset = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return offset === undefined ? timeZone : `${timeZone} (${offset})`;
}

/** Dates and times of one request page, all on the seller's clock. */
export interface SellerClock {
  timeZone: string;
  /** "25 нояб. 2026 г., 19:00". */
  dateTime(at: string | Date): string;
  /** "19:00", for a moment later today. */
  time(at: Date): string;
  /** Whether two moments fall on the same calendar day in the seller's time zone. */
  sameDay(a: Date, b: Date): boolean;
}

export function createSellerClock(locale: string, timeZone: string): SellerClock {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // An impossible moment shows as the dash, never as a RangeError that takes the page down.
  const shown = (format: Intl.DateTimeFormat, at: string | Date): string => {
    const date = typeof at === 'string' ? new Date(at) : at;
    return Number.isNaN(date.getTime()) ? unreadableValue : format.format(date);
  };
  return {
    timeZone,
    dateTime: (at) => shown(dateTime, at),
    time: (at) => shown(time, at),
    sameDay: (a, b) => !Number.isNaN(a.getTime() + b.getTime()) && day.format(a) === day.format(b),
  };
}
