import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedFirstResponse, isWithinDayHours, minuteOfDay, wallClockMinuteOfDay } from './response-time';
import type { Policy } from './schemas';

function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    timeZone: 'Europe/Moscow',
    dayHours: { from: '08:00', to: '22:00' },
    firstResponseMinutes: { day: 15, night: 60 },
    reopenWithinDays: 14,
    attachments: { maxFileBytes: 1, maxTotalBytes: 1, maxFiles: 1, types: ['image/png'] },
    channels: [],
    ...overrides,
  };
}

const periodAt = (iso: string, overrides: Partial<Policy> = {}) =>
  expectedFirstResponse(policy(overrides), new Date(iso)).period;

describe('expectedFirstResponse', () => {
  it('switches at the edges of the day hours in Moscow: [08:00, 22:00)', () => {
    expect(periodAt('2026-11-25T07:59:59+03:00')).toBe('night');
    expect(periodAt('2026-11-25T08:00:00+03:00')).toBe('day');
    expect(periodAt('2026-11-25T21:59:59+03:00')).toBe('day');
    expect(periodAt('2026-11-25T22:00:00+03:00')).toBe('night');
    expect(periodAt('2026-11-25T00:00:00+03:00')).toBe('night');
  });

  it('takes the target of the period and adds it to now', () => {
    const day = expectedFirstResponse(policy(), new Date('2026-11-25T12:00:00+03:00'));
    expect(day).toEqual({ period: 'day', minutes: 15, by: new Date('2026-11-25T12:15:00+03:00') });
    const night = expectedFirstResponse(policy(), new Date('2026-11-25T23:30:00+03:00'));
    expect(night).toEqual({ period: 'night', minutes: 60, by: new Date('2026-11-26T00:30:00+03:00') });
  });

  it('counts the hours in the policy’s time zone, not the browser’s', () => {
    // 10:30 in Vladivostok is 03:30 in Moscow and 00:30 UTC.
    const now = '2026-11-25T00:30:00Z';
    expect(periodAt(now, { timeZone: 'Asia/Vladivostok' })).toBe('day');
    expect(periodAt(now, { timeZone: 'Europe/Moscow' })).toBe('night');
    expect(periodAt(now, { timeZone: 'UTC' })).toBe('night');
    // 07:30 UTC is 07:30 in London in winter (night) but 08:30 in summer (BST, day).
    expect(periodAt('2026-01-15T07:30:00Z', { timeZone: 'Europe/London' })).toBe('night');
    expect(periodAt('2026-07-15T07:30:00Z', { timeZone: 'Europe/London' })).toBe('day');
  });

  it('follows daylight saving time on the days the clocks change (Berlin)', () => {
    const berlin = { timeZone: 'Europe/Berlin' };
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 06:00 UTC is 08:00 CEST, not 07:00 CET.
    expect(periodAt('2026-03-29T05:59:00Z', berlin)).toBe('night');
    expect(periodAt('2026-03-29T06:00:00Z', berlin)).toBe('day');
    expect(periodAt('2026-03-29T19:59:00Z', berlin)).toBe('day');
    expect(periodAt('2026-03-29T20:00:00Z', berlin)).toBe('night');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET. 07:00 UTC is 08:00 CET.
    expect(periodAt('2026-10-25T06:59:00Z', berlin)).toBe('night');
    expect(periodAt('2026-10-25T07:00:00Z', berlin)).toBe('day');
    expect(periodAt('2026-10-25T20:59:00Z', berlin)).toBe('day');
    expect(periodAt('2026-10-25T21:00:00Z', berlin)).toBe('night');
  });

  it('handles a window that crosses the clocks going back through it', () => {
    // 02:00–03:00 happens twice in Berlin on 25 October 2026; both times are inside [02:30, 04:00).
    const window = { timeZone: 'Europe/Berlin', dayHours: { from: '02:30', to: '04:00' } };
    expect(periodAt('2026-10-25T00:30:00Z', window)).toBe('day'); // 02:30 CEST
    expect(periodAt('2026-10-25T01:30:00Z', window)).toBe('day'); // 02:30 CET
    expect(periodAt('2026-10-25T03:00:00Z', window)).toBe('night'); // 04:00 CET
  });

  it('supports a day window across midnight', () => {
    const overnight = { dayHours: { from: '22:00', to: '06:00' } };
    expect(periodAt('2026-11-25T21:59:00+03:00', overnight)).toBe('night');
    expect(periodAt('2026-11-25T22:00:00+03:00', overnight)).toBe('day');
    expect(periodAt('2026-11-26T00:00:00+03:00', overnight)).toBe('day');
    expect(periodAt('2026-11-26T05:59:00+03:00', overnight)).toBe('day');
    expect(periodAt('2026-11-26T06:00:00+03:00', overnight)).toBe('night');
  });

  it('treats equal ends as “always day”', () => {
    const always = { dayHours: { from: '00:00', to: '00:00' } };
    expect(periodAt('2026-11-25T00:00:00+03:00', always)).toBe('day');
    expect(periodAt('2026-11-25T03:00:00+03:00', always)).toBe('day');
    expect(periodAt('2026-11-25T23:59:00+03:00', always)).toBe('day');
  });

  it('promises the night target when the time zone is unknown to the browser', () => {
    const result = expectedFirstResponse(
      policy({ timeZone: 'Mars/Olympus_Mons' }),
      new Date('2026-11-25T12:00:00+03:00'),
    );
    expect(result).toMatchObject({ period: 'night', minutes: 60 });
  });

  it('promises no time for a target no date can hold, rather than throwing', () => {
    const absurd = policy({ firstResponseMinutes: { day: 200_000_000_000, night: 200_000_000_000 } });
    const result = expectedFirstResponse(absurd, new Date('2026-11-25T12:00:00+03:00'));
    expect(result).toEqual({ period: 'day', minutes: 200_000_000_000, by: null });
    expect(wallClockMinuteOfDay(new Date(Number.NaN), 'UTC')).toBeNull();
  });
});

describe('wallClockMinuteOfDay', () => {
  it('reads midnight as 0, never as 24:00', () => {
    expect(wallClockMinuteOfDay(new Date('2026-11-25T00:00:00Z'), 'UTC')).toBe(0);
    expect(wallClockMinuteOfDay(new Date('2026-11-25T23:59:00Z'), 'UTC')).toBe(1439);
  });

  it('knows zones with half- and quarter-hour offsets', () => {
    expect(wallClockMinuteOfDay(new Date('2026-11-25T00:00:00Z'), 'Asia/Kolkata')).toBe(5 * 60 + 30);
    expect(wallClockMinuteOfDay(new Date('2026-11-25T00:00:00Z'), 'Asia/Kathmandu')).toBe(5 * 60 + 45);
  });
});

describe('minuteOfDay', () => {
  it('reads HH:MM', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('08:30')).toBe(510);
    expect(minuteOfDay('23:59')).toBe(1439);
  });
});

// Zones with one offset all year (from 2020 on), so the oracle below can do plain arithmetic
// instead of asking Intl, the thing under test.
const fixedOffsetZones = [
  { timeZone: 'UTC', offset: 0 },
  { timeZone: 'Europe/Moscow', offset: 180 },
  { timeZone: 'Asia/Vladivostok', offset: 600 },
  { timeZone: 'Asia/Kolkata', offset: 330 },
  { timeZone: 'Asia/Kathmandu', offset: 345 },
  { timeZone: 'America/Sao_Paulo', offset: -180 },
] as const;

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** The window as the set of minutes walked from `from` up to (not including) `to`. */
function minutesInWindow(from: string, to: string): Set<number> {
  const start = minuteOfDay(from);
  const end = minuteOfDay(to);
  const minutes = new Set<number>();
  let minute = start;
  do {
    minutes.add(minute);
    minute = (minute + 1) % 1440;
  } while (minute !== end);
  return minutes;
}

describe('expectedFirstResponse (property)', () => {
  it('is day exactly when the local minute of day is inside the day window', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...fixedOffsetZones),
        clock,
        clock,
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 600 }),
        (now, zone, from, to, day, night) => {
          const result = expectedFirstResponse(
            policy({ timeZone: zone.timeZone, dayHours: { from, to }, firstResponseMinutes: { day, night } }),
            now,
          );
          const utcMinute = Math.floor(now.getTime() / 60_000);
          const localMinute = (((utcMinute + zone.offset) % 1440) + 1440) % 1440;
          const expectedDay = minutesInWindow(from, to).has(localMinute);
          expect(result.period).toBe(expectedDay ? 'day' : 'night');
          expect(isWithinDayHours(localMinute, { from, to })).toBe(expectedDay);
          expect(result.minutes).toBe(expectedDay ? day : night);
          expect(result.by?.getTime()).toBe(now.getTime() + result.minutes * 60_000);
        },
      ),
    );
  });
});
