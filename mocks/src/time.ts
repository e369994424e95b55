/**
 * The pinned moment tests and stories anchor their datasets to, so their screens read the same on
 * any day. The demo anchors to the real now instead (see `startMockWorker`).
 */
export const defaultNow = '2026-11-25T12:00:00+03:00';

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

// Moscow has kept UTC+3 all year since 2014, so a fixed offset is exact and needs no time zone data.
const moscowOffsetMs = 3 * hourMs;

/** Parses an ISO 8601 timestamp; throws on nonsense so a bad `now` option fails loudly. */
export function parseTimestamp(value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO 8601 timestamp: ${value}`);
  return ms;
}

/** Formats epoch milliseconds as Moscow time with its offset, the way the contract's examples look. */
export function toMoscowIso(ms: number): string {
  return `${new Date(ms + moscowOffsetMs).toISOString().slice(0, 19)}+03:00`;
}

/**
 * The newest calendar date (`YYYY-MM-DD`) anywhere on Earth at a moment: the date at UTC+14, so a
 * seller whose calendar is ahead of Moscow's can still date something "today".
 */
export function latestCalendarDate(ms: number): string {
  return new Date(ms + 14 * hourMs).toISOString().slice(0, 10);
}
