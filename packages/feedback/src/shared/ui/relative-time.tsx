import { useFormat, useLocale, type Locale } from '../i18n';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
/** Clocks a few minutes apart: a time this far ahead of ours still reads "now". */
const skewMs = 5 * minuteMs;

/** How far back a moment is, in the largest unit that reads naturally, or `null` when it cannot say. */
export interface RelativeAge {
  value: number;
  unit: Intl.RelativeTimeFormatUnit;
}

/** "YYYY-MM-DD" of a moment in `timeZone` (the browser's when absent): the seller's calendar day. */
function calendarDay(ms: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / dayMs;
}

/**
 * The bucket a moment falls in, as the seller counts: minutes within the hour, hours within a day,
 * then calendar days in their time zone (so "yesterday" means the day before today, not 24 hours),
 * weeks within a month, months within a year, then years. A moment more than a few minutes ahead
 * of our clock has no honest relative wording: `null`, and the caller shows the date.
 */
export function relativeAge(timestamp: string, now: Date, timeZone?: string): RelativeAge | null {
  const at = Date.parse(timestamp);
  const ageMs = now.getTime() - at;
  if (Number.isNaN(ageMs) || ageMs < -skewMs) return null;
  if (ageMs < minuteMs) return { value: 0, unit: 'second' };
  if (ageMs < hourMs) return { value: Math.floor(ageMs / minuteMs), unit: 'minute' };
  if (ageMs < dayMs) return { value: Math.floor(ageMs / hourMs), unit: 'hour' };
  const days = Math.max(1, calendarDay(now.getTime(), timeZone) - calendarDay(at, timeZone));
  if (days < 7) return { value: days, unit: 'day' };
  if (days < 30) return { value: Math.floor(days / 7), unit: 'week' };
  if (days < 365) return { value: Math.max(1, Math.floor(days / 30.44)), unit: 'month' };
  return { value: Math.floor(days / 365.25), unit: 'year' };
}

/**
 * "2 часа назад" / "2 hours ago", "вчера" / "yesterday", "сейчас" / "now" in the module's language;
 * `null` where {@link relativeAge} has no wording.
 */
export function formatRelativeTime(
  timestamp: string,
  now: Date,
  locale: Locale,
  timeZone?: string,
): string | null {
  const age = relativeAge(timestamp, now, timeZone);
  if (age === null) return null;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-age.value, age.unit);
}

export interface RelativeTimeProps {
  /** An ISO 8601 timestamp. */
  timestamp: string;
  /**
   * The screen's clock (`useNow`): one timer per screen moves every time on it at once, and tests
   * and stories pin it. A `<RelativeTime>` keeps no timer of its own.
   */
  now: Date;
  /**
   * Inside something that takes the focus (a row link): the id of the exact date and time, for
   * that element's `aria-describedby`. A screen reader reads it after the row's name, and the
   * module's CSS shows it as a tooltip while the row has the keyboard focus. Without it the exact
   * time is read right after the relative one.
   */
  exactId?: string | undefined;
}

/**
 * When something happened, as the seller reads it at a glance ("2 часа назад"), with the exact
 * date and time on hover (a title) and on focus: a `<time>` whose `dateTime` machines read. Never a
 * tab stop of its own: a stop that only shows a tooltip costs every keyboard user a key press.
 */
export function RelativeTime({ timestamp, now, exactId }: RelativeTimeProps) {
  const locale = useLocale();
  const format = useFormat();
  const exact = format.dateTime(timestamp);
  const relative = formatRelativeTime(timestamp, now, locale) ?? exact;
  return (
    <span className="ss-relative-time">
      <time dateTime={timestamp} title={exact}>
        {relative}
      </time>
      {exactId === undefined ? (
        relative !== exact && <span className="ss-visually-hidden"> ({exact})</span>
      ) : (
        <span className="ss-relative-time__exact" id={exactId} aria-hidden="true">
          {exact}
        </span>
      )}
    </span>
  );
}
