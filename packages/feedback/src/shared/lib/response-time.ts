import type { Policy } from '@seller-support/contract';

/** What the seller may expect from support at a given moment. */
export interface FirstResponseExpectation {
  /** Whether support is in its day or night hours, counted in the policy's time zone. */
  period: 'day' | 'night';
  /** The first-response target of that period. */
  minutes: number;
  /** `now` plus the target: when the first answer is due. */
  by: Date;
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
 * The minute of the day (0…1439) that a wall clock in `timeZone` shows at `now`, or `null` for a
 * time zone this browser does not know. Intl applies the zone's own offsets and DST rules.
 */
export function wallClockMinuteOfDay(now: Date, timeZone: string): number | null {
  const format = wallClockFormat(timeZone);
  if (format === null) return null;
  let hour = 0;
  let minute = 0;
  for (const part of format.formatToParts(now)) {
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

/**
 * When the first answer to a request made at `now` is due, by the policy's day and night targets.
 * Day and night are the wall-clock hours in the policy's time zone (support's, not the browser's).
 * A time zone the browser cannot resolve gets the night target: promising the longer wait is the
 * honest choice when we cannot tell.
 */
export function expectedFirstResponse(policy: Policy, now: Date): FirstResponseExpectation {
  const minute = wallClockMinuteOfDay(now, policy.timeZone);
  const period = minute !== null && isWithinDayHours(minute, policy.dayHours) ? 'day' : 'night';
  const minutes = policy.firstResponseMinutes[period];
  return { period, minutes, by: new Date(now.getTime() + minutes * minuteMs) };
}

/**
 * Whether the seller's clock (the browser's time zone) shows another time than support's at `now`.
 * Day and night are support's; the time an answer is due is shown on the seller's clock, and
 * where the two differ that time names its zone. `false` for a zone the browser does not know.
 */
export function sellerClockDiffers(now: Date, supportTimeZone: string): boolean {
  const support = wallClockMinuteOfDay(now, supportTimeZone);
  return support !== null && support !== now.getHours() * 60 + now.getMinutes();
}
