import { controlCharacters } from '@seller-support/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControlCharacters, normalizeText } from './text';

// Strings that reach the awkward cases: combining marks, controls, zero-width and bidi characters, line breaks.
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0007',
      '\u007F',
      '\u0085',
      '\u200B',
      '\u202E',
      '\u2066',
    ),
    fc.constantFrom('e', '\u0301', 'й', '\u0306', 'И', '\u00A0', '\u3000', 'a'),
    fc.string({ unit: 'grapheme-composite', maxLength: 1 }),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('normalizeText', () => {
  it('trims, composes and drops trailing spaces of every line', () => {
    expect(normalizeText('  Где посылка?  \r\nвторая строка   \n\n')).toBe('Где посылка?\nвторая строка');
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('a\u200Bb\u202Ec')).toBe('abc');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never outputs a control character the contract refuses', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        expect(controlCharacters.test(normalizeText(text))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds refused characters so the form can say so', () => {
    expect(hasControlCharacters('line\nbreak\tand tab')).toBe(false);
    expect(hasControlCharacters('bell\u0007')).toBe(true);
    expect(hasControlCharacters('rtl\u202Eoverride')).toBe(true);
  });
});
