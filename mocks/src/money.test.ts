import { describe, expect, it } from 'vitest';
import { formatKopecks, formatRubles } from './money';

describe('money', () => {
  it('formats amounts the same everywhere', () => {
    expect(formatRubles(149_000)).toBe('1\u00a0490,00\u00a0₽');
    expect(formatRubles(99)).toBe('0,99\u00a0₽');
    expect(formatRubles(123_456_789)).toBe('1\u00a0234\u00a0567,89\u00a0₽');
  });

  it('writes kopecks as the contract’s decimal string', () => {
    expect(formatKopecks(149_000)).toBe('1490.00');
    expect(formatKopecks(5)).toBe('0.05');
    expect(formatKopecks(-12_345)).toBe('-123.45');
  });
});
