import { describe, expect, it } from 'vitest';
import { formatRelativeTime, relativeAge } from './relative-time';

// A fixed moment and zone: the buckets must not depend on when or where the test runs.
const now = new Date('2026-12-01T12:00:00+03:00');
const zone = 'Europe/Moscow';
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const cases = [
  { at: ago(20_000), ru: 'сейчас', en: 'now' },
  // A server clock a little ahead of ours is still "now", not "in 2 minutes".
  { at: ago(-2 * minute), ru: 'сейчас', en: 'now' },
  { at: ago(1 * minute), ru: '1 минуту назад', en: '1 minute ago' },
  { at: ago(59 * minute + 59_000), ru: '59 минут назад', en: '59 minutes ago' },
  { at: ago(2 * hour + 30 * minute), ru: '2 часа назад', en: '2 hours ago' },
  { at: ago(23 * hour), ru: '23 часа назад', en: '23 hours ago' },
  // Calendar days in the seller's zone: yesterday evening is "yesterday", 40 hours back too.
  { at: '2026-11-30T09:00:00+03:00', ru: 'вчера', en: 'yesterday' },
  { at: ago(40 * hour), ru: 'позавчера', en: '2 days ago' },
  { at: ago(6 * day), ru: '6 дней назад', en: '6 days ago' },
  { at: ago(7 * day), ru: 'на прошлой неделе', en: 'last week' },
  { at: ago(20 * day), ru: '2 недели назад', en: '2 weeks ago' },
  { at: ago(45 * day), ru: 'в прошлом месяце', en: 'last month' },
  { at: ago(200 * day), ru: '6 месяцев назад', en: '6 months ago' },
  { at: ago(800 * day), ru: '2 года назад', en: '2 years ago' },
];

describe('formatRelativeTime', () => {
  it.each(cases)('$at reads "$ru" and "$en"', ({ at, ru, en }) => {
    expect(formatRelativeTime(at, now, 'ru', zone)).toBe(ru);
    expect(formatRelativeTime(at, now, 'en', zone)).toBe(en);
  });

  it('counts days by the calendar of the time zone: just after midnight, 2 hours back is yesterday evening', () => {
    const justAfterMidnight = new Date('2026-12-01T00:30:00+03:00');
    // Within a day it is still hours: the seller sees "2 hours ago", not a day.
    expect(formatRelativeTime('2026-11-30T22:30:00+03:00', justAfterMidnight, 'en', zone)).toBe(
      '2 hours ago',
    );
    // 25 hours back from 00:30 is the day before yesterday in Moscow, yesterday in New York.
    expect(formatRelativeTime('2026-11-29T23:30:00+03:00', justAfterMidnight, 'en', zone)).toBe('2 days ago');
    expect(formatRelativeTime('2026-11-29T23:30:00+03:00', justAfterMidnight, 'en', 'America/New_York')).toBe(
      'yesterday',
    );
  });

  it('has no wording for a time well ahead of the clock or one it cannot read', () => {
    expect(relativeAge(ago(-10 * minute), now, zone)).toBeNull();
    expect(formatRelativeTime('not a time', now, 'ru', zone)).toBeNull();
  });
});
