import { describe, expect, it } from 'vitest';
import { createDeskFormatter, parseRoubles } from './format';

describe('parseRoubles', () => {
  it.each([
    ['500', '500.00'],
    ['500,5', '500.50'],
    ['500.05', '500.05'],
    ['1 500,00', '1500.00'],
    ['1\u00a0500', '1500.00'],
    ['007', '7.00'],
    ['0,01', '0.01'],
  ])('reads %j as %j', (typed, amount) => {
    expect(parseRoubles(typed)).toBe(amount);
  });

  it.each(['', '0', '0,00', '-5', '5,555', 'пятьсот', '5e3', '1,2,3'])('refuses %j', (typed) => {
    expect(parseRoubles(typed)).toBeNull();
  });
});

describe('the desk formatter', () => {
  it('shows money as a moderator reads it in each language', () => {
    expect(createDeskFormatter('ru', 'Europe/Moscow').money({ amount: '500.00', currency: 'RUB' })).toBe(
      '500,00\u00a0₽',
    );
    expect(createDeskFormatter('en', 'Europe/Moscow').money({ amount: '500.00', currency: 'RUB' })).toBe(
      'RUB\u00a0500.00',
    );
  });

  it('shows a time in the policy time zone, whatever the machine', () => {
    const ru = createDeskFormatter('ru', 'Europe/Moscow');
    expect(ru.dateTime('2026-11-21T06:00:00Z')).toContain('09:00');
    expect(createDeskFormatter('en', 'Asia/Vladivostok').dateTime('2026-11-21T06:00:00Z')).toContain('4:00');
  });

  it('says how far a due time is', () => {
    const now = Date.parse('2026-11-21T06:00:00Z');
    expect(createDeskFormatter('en', 'UTC').relative('2026-11-21T06:25:00Z', now)).toBe('in 25 minutes');
    expect(createDeskFormatter('en', 'UTC').relative('2026-11-21T04:00:00Z', now)).toBe('2 hours ago');
  });

  it('shows a dash for what it cannot read', () => {
    const format = createDeskFormatter('ru', 'UTC');
    expect(format.money({ amount: 'много', currency: 'RUB' })).toBe('—');
    expect(format.dateTime('not a date')).toBe('—');
  });
});
