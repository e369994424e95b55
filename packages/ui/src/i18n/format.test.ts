import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

const nbsp = '\u00a0';

describe('createFormatter', () => {
  it('formats money from a decimal string with its currency', () => {
    expect(createFormatter('ru').money({ amount: '2450000.00', currency: 'RUB' })).toBe(
      `2${nbsp}450${nbsp}000,00${nbsp}₽`,
    );
    expect(createFormatter('en').money({ amount: '2450000.00', currency: 'RUB' })).toBe(
      `RUB${nbsp}2,450,000.00`,
    );
    expect(createFormatter('en').money({ amount: '19.99', currency: 'USD' })).toBe('$19.99');
  });

  it('keeps every digit of a large amount instead of rounding through a float', () => {
    expect(createFormatter('en').money({ amount: '123456789012345.67', currency: 'USD' })).toBe(
      '$123,456,789,012,345.67',
    );
  });

  it('formats numbers per locale', () => {
    expect(createFormatter('ru').number(1834)).toBe(`1${nbsp}834`);
    expect(createFormatter('en').number(1834)).toBe('1,834');
  });

  it('formats timestamps as dates in the given time zone', () => {
    const timestamp = '2026-11-20T23:30:00+03:00';
    expect(createFormatter('en', 'Europe/Moscow').date(timestamp)).toBe('Nov 20, 2026');
    expect(createFormatter('en', 'UTC').date(timestamp)).toBe('Nov 20, 2026');
    expect(createFormatter('en', 'Asia/Tokyo').date(timestamp)).toBe('Nov 21, 2026');
    expect(createFormatter('ru', 'Europe/Moscow').date(timestamp)).toBe('20 нояб. 2026 г.');
    expect(createFormatter('en', 'Europe/Moscow').dateTime(timestamp)).toBe('Nov 20, 2026, 11:30 PM');
  });
});

describe('a value the formatter cannot show', () => {
  const format = createFormatter('ru', 'Europe/Moscow');

  it('is a dash, never an exception: impossible dates', () => {
    for (const timestamp of ['yesterday', '', '2026-13-01T10:00:00Z', '+275760-09-14T00:00:00.001Z']) {
      expect(format.date(timestamp)).toBe('—');
      expect(format.dateTime(timestamp)).toBe('—');
      expect(format.dateTimeWithZone(timestamp)).toBe('—');
      expect(format.time(timestamp, { zone: true })).toBe('—');
    }
  });

  it('is a dash, never an exception: amounts and currencies that are not money', () => {
    for (const money of [
      { amount: '1e309', currency: 'RUB' },
      { amount: '12,50', currency: 'RUB' },
      { amount: '1'.repeat(40), currency: 'RUB' },
      { amount: '10.00', currency: 'RUBL' },
      { amount: '10.00', currency: '' },
    ]) {
      expect(format.money(money)).toBe('—');
    }
  });

  it('is a dash, never an exception: numbers that are not finite', () => {
    expect(format.number(Number.NaN)).toBe('—');
    expect(format.number(Number.POSITIVE_INFINITY)).toBe('—');
    expect(format.number(-3)).toBe('-3');
  });
});
