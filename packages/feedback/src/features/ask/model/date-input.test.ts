import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it.each([
    ['28.11.2026', '2026-11-28'],
    ['28/11/2026', '2026-11-28'],
    ['28-11-2026', '2026-11-28'],
    [' 1.2.2026 ', '2026-02-01'],
    ['28112026', '2026-11-28'],
    ['2026-11-28', '2026-11-28'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %s', (text, expected) => {
    expect(parseDateInput(text)).toBe(expected);
  });

  it.each(['', '28.11', '31.11.2026', '29.02.2027', '28.13.2026', 'вчера', '2026/11/28', '281120'])(
    'refuses %j',
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );
});

describe('formatDateInput', () => {
  it('writes a date the way each language does', () => {
    expect(formatDateInput('2026-11-28', 'ru')).toBe('28.11.2026');
    expect(formatDateInput('2026-11-28', 'en')).toBe('28/11/2026');
  });

  it('leaves text that is no date as the seller typed it', () => {
    expect(formatDateInput('31.11', 'ru')).toBe('31.11');
  });
});
