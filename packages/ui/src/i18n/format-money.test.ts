import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

const nbsp = '\u00A0';

describe('createFormatter().money', () => {
  it('shows every decimal the amount has, up to the four the contract allows', () => {
    expect(createFormatter('ru').money({ amount: '12.3456', currency: 'RUB' })).toBe(`12,3456${nbsp}₽`);
    expect(createFormatter('en').money({ amount: '0.125', currency: 'USD' })).toBe('$0.125');
    expect(createFormatter('ru').money({ amount: '1250.5', currency: 'RUB' })).toBe(`1${nbsp}250,50${nbsp}₽`);
    expect(createFormatter('ru').money({ amount: '1250', currency: 'RUB' })).toBe(`1${nbsp}250,00${nbsp}₽`);
  });

  it('keeps a currency without minor units whole unless the amount has decimals', () => {
    expect(createFormatter('en').money({ amount: '1500', currency: 'JPY' })).toBe('¥1,500');
    expect(createFormatter('en').money({ amount: '1500.25', currency: 'JPY' })).toBe('¥1,500.25');
  });

  it('never shows a negative zero', () => {
    expect(createFormatter('ru').money({ amount: '-0', currency: 'RUB' })).toBe(`0,00${nbsp}₽`);
    expect(createFormatter('ru').money({ amount: '-0.00', currency: 'RUB' })).toBe(`0,00${nbsp}₽`);
    expect(createFormatter('en').money({ amount: '-0.0000', currency: 'USD' })).toBe('$0.0000');
    expect(createFormatter('ru').money({ amount: '-12.5', currency: 'RUB' })).toBe(`-12,50${nbsp}₽`);
  });
});
