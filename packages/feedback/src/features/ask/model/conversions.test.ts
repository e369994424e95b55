import { describe, expect, it } from 'vitest';
import { parseAmount } from './conversions';

describe('parseAmount', () => {
  it('reads what a Russian or English seller types', () => {
    expect(parseAmount('1 234,5')).toBe('1234.50');
    expect(parseAmount('1234.56')).toBe('1234.56');
    expect(parseAmount('0012')).toBe('12.00');
    expect(parseAmount('0')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1,234.5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});
