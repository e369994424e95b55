import type { Policy } from './schemas';

/**
 * When support's first answer is due: the one rule the module tells the seller, the mocks stamp
 * on a new request and a service sorts its queue by. It lives in the contract so that no side
 * keeps a copy of its own.
 */

/** What the seller may expect from support for a request made at a given moment. */
export interface FirstResponseExpectation {
  /** Whether support is in its day or night hours, counted in the policy's time zone. */
  period: 'day' | 'night';
  /** The first-response target of that period. */
  minutes: number;
  /**
   * The moment plus the target: when the first answer is due; `null` when the target is so large
   * that no date can hold it (a server's typo of a billion minutes is no reason to crash).
   */
  by: Date | null;
}

const minutesPerDay = 24 * 60;
const minuteMs = 60_000;

/** `"08:30"` → 510. The contract guarantees the `HH:MM` shape. */
export function minuteOfDay(clockTime: string): number {
  const [hours = '0', minutes = '0'] = clockTime.split(':');
  return Number(hours) * 60 + Number(minutes);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat | null>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = wallClockFormats.get(timeZone);
  if (format === undefined) {
    try {
      // h23, not `hour12: false`: the latter may print midnight as "24".
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      // An unknown IANA name from the server: Intl throws a RangeError.
      format = null;
    }
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The minute of the day (0…1439) that a wall clock in `timeZone` shows at `at`, or `null` for a
 * time zone this runtime does not know (or an invalid date). Intl applies the zone's own offsets
 * and DST rules.
 */
export function wallClockMinuteOfDay(at: Date, timeZone: string): number | null {
  const format = wallClockFormat(timeZone);
  if (format === null || Number.isNaN(at.getTime())) return null;
  let hour = 0;
  let minute = 0;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return (hour * 60 + minute) % minutesPerDay;
}

/**
 * Whether `minute` falls in the day window `[from, to)`. A window whose end is before its start
 * crosses midnight (`22:00`–`06:00`); equal ends mean support is always in its day hours.
 */
export function isWithinDayHours(minute: number, dayHours: Policy['dayHours']): boolean {
  const from = minuteOfDay(dayHours.from);
  const to = minuteOfDay(dayHours.to);
  if (from === to) return true;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** A date `minutes` after `at`, or `null` where that is past what a `Date` can hold. */
function addMinutes(at: Date, minutes: number): Date | null {
  const by = new Date(at.getTime() + minutes * minuteMs);
  return Number.isNaN(by.getTime()) ? null : by;
}

/**
 * When the first answer to a request made at `at` is due, by the policy's day and night targets.
 * Day and night are the wall-clock hours in the policy's time zone (support's, not the caller's).
 * A time zone that cannot be resolved gets the night target: promising the longer wait is the
 * honest choice when we cannot tell.
 */
export function expectedFirstResponse(
  policy: Pick<Policy, 'timeZone' | 'dayHours' | 'firstResponseMinutes'>,
  at: Date,
): FirstResponseExpectation {
  const minute = wallClockMinuteOfDay(at, policy.timeZone);
  const period = minute !== null && isWithinDayHours(minute, policy.dayHours) ? 'day' : 'night';
  const minutes = policy.firstResponseMinutes[period];
  return { period, minutes, by: addMinutes(at, minutes) };
}
