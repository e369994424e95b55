import { timestampSchema } from '@seller-support/contract';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { dateRangeQuery, toIsoWithOffset } from './date-range';

describe('toIsoWithOffset', () => {
  it('writes the local time with its offset, which the contract accepts and which means the same instant', () => {
    const date = new Date(2026, 10, 20, 9, 5, 7);
    const iso = toIsoWithOffset(date);
    expect(iso).toMatch(/^2026-11-20T09:05:07[+-]\d{2}:\d{2}$/);
    expect(z.safeParse(timestampSchema, iso).success).toBe(true);
    expect(Date.parse(iso)).toBe(date.getTime());
  });
});

describe('dateRangeQuery', () => {
  it('turns whole days into an inclusive start and an exclusive end at local midnight', () => {
    const range = dateRangeQuery('2026-11-01', '2026-11-03');
    expect(range.invalid).toBe(false);
    expect(range.from).toMatch(/^2026-11-01T00:00:00[+-]\d{2}:\d{2}$/);
    expect(range.to).toMatch(/^2026-11-04T00:00:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(range.from ?? '')).toBe(new Date(2026, 10, 1).getTime());
    expect(Date.parse(range.to ?? '')).toBe(new Date(2026, 10, 4).getTime());
  });

  it('allows one side only, and a single day', () => {
    expect(dateRangeQuery('2026-11-01', '')).toEqual({
      from: toIsoWithOffset(new Date(2026, 10, 1)),
      to: undefined,
      invalid: false,
    });
    expect(dateRangeQuery('', '2026-12-31').to).toBe(toIsoWithOffset(new Date(2027, 0, 1)));
    expect(dateRangeQuery('2026-11-05', '2026-11-05').invalid).toBe(false);
  });

  it('sends nothing for an end before the start, or for text that is not a date', () => {
    expect(dateRangeQuery('2026-11-05', '2026-11-04')).toEqual({ invalid: true });
    expect(dateRangeQuery('yesterday', '')).toEqual({ from: undefined, to: undefined, invalid: false });
  });
});
