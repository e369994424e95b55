const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `Date` as ISO 8601 with the local offset (`2026-11-20T00:00:00+03:00`): the contract wants an offset. */
export function toIsoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/** Local midnight starting a `YYYY-MM-DD` day (a date input's value); undefined for anything else. */
function startOfDay(value: string, addDays = 0): Date | undefined {
  const match = datePattern.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day) + addDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface DateRange {
  /** Inclusive start, as the `from` of `GET /orders`. */
  from?: string | undefined;
  /** Exclusive end, as the `to` of `GET /orders`. */
  to?: string | undefined;
  /** The end is before the start: nothing would match, so the range is not sent. */
  invalid: boolean;
}

/**
 * The seller picks whole days in their own time zone: "from 1 to 3 November" means from the
 * start of the 1st to the start of the 4th, since `to` is exclusive.
 */
export function dateRangeQuery(fromDay: string, toDay: string): DateRange {
  const from = startOfDay(fromDay);
  const to = startOfDay(toDay, 1);
  if (from !== undefined && to !== undefined && to.getTime() <= from.getTime()) return { invalid: true };
  return {
    from: from === undefined ? undefined : toIsoWithOffset(from),
    to: to === undefined ? undefined : toIsoWithOffset(to),
    invalid: false,
  };
}
