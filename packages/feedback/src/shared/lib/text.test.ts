import { controlCharacters } from '@seller-support/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, hasControlCharacters, normalizeText } from './text';

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
      '\u200D',
      '\u202E',
      '\u2060',
      '\u2066',
      '\uD800',
      '\uDC00',
    ),
    fc.constantFrom('e', '\u0301', 'й', '\u0306', 'И', '\u00A0', '\u3000', 'a', '👨‍💻', '🇷🇺'),
    fc.string({ unit: 'grapheme-composite', maxLength: 1 }),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('normalizeText', () => {
  it('trims, composes and drops trailing spaces of every line', () => {
    expect(normalizeText('  Где посылка?  \r\nвторая строка   \n\n')).toBe('Где посылка?\nвторая строка');
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('a\u0007b\u202Ec\uD800')).toBe('abc');
  });

  it('keeps emoji sequences and ZWNJ whole', () => {
    expect(normalizeText('Посылка 👨‍💻 не пришла')).toBe('Посылка 👨‍💻 не пришла');
    expect(normalizeText('می‌خواهم')).toBe('می‌خواهم');
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
    expect(hasControlCharacters('lone \uD800 surrogate')).toBe(true);
  });
});

describe('checkText', () => {
  const rules = { min: 3, max: 10, required: true };

  it('counts the text as it will be sent', () => {
    expect(checkText('  абв  \n', rules)).toBeNull();
    expect(checkText('  аб  ', rules)).toEqual({ code: 'tooShort', limit: 3 });
    expect(checkText('а'.repeat(11), rules)).toEqual({ code: 'tooLong', limit: 10 });
    // "е" and a combining diaeresis compose to one "ё".
    expect(checkText('ёёё', rules)).toBeNull();
    expect(checkText('е\u0308'.repeat(10), rules)).toBeNull();
  });

  it('counts only what a reader sees towards the minimum', () => {
    expect(checkText('а б', rules)).toEqual({ code: 'tooShort', limit: 3 });
    // One family emoji is eleven code units and one character.
    expect(checkText('👨‍👩‍👧‍👦', { min: 3, max: 100, required: true })).toEqual({ code: 'tooShort', limit: 3 });
    expect(checkText('🇷🇺👨‍💻!', { min: 3, max: 100, required: true })).toBeNull();
  });

  it.each([
    ['U+2060', '\u2060\u2060\u2060'],
    ['U+00AD', '\u00AD\u00AD\u00AD'],
    ['U+034F', '\u034F\u034F\u034F'],
    ['U+3164', '\u3164\u3164\u3164'],
    ['ZWJ and ZWNJ', '\u200D\u200C\u200D'],
  ])('says a text of only %s is invisible', (_what, value) => {
    expect(checkText(value, rules)).toEqual({ code: 'invisibleOnly' });
    expect(checkText(value, { min: 0, max: 10, required: false })).toEqual({ code: 'invisibleOnly' });
  });

  it.each([
    ['an emoji built with ZWJ', 'Посылка 👨‍💻 не пришла'],
    ['a flag and a family', '🇷🇺 и 👨‍👩‍👧‍👦'],
    ['a Persian word with ZWNJ', 'می‌خواهم'],
    ['the bidi marks LRM, RLM and ALM', 'а\u200Eб\u200Fв\u061C'],
  ])('takes %s', (_what, value) => {
    expect(checkText(value, { min: 3, max: 100, required: true })).toBeNull();
  });

  it('refuses control characters instead of dropping them silently', () => {
    expect(checkText('Текст\u202E', rules)).toEqual({ code: 'controlCharacters' });
    expect(checkText('abc\u0007', { ...rules, required: false })).toEqual({ code: 'controlCharacters' });
    expect(checkText('abc\uD800', rules)).toEqual({ code: 'controlCharacters' });
  });

  it('lets an optional text stay empty but checks it once written', () => {
    const optional = { min: 0, max: 5, required: false };
    expect(checkText('   ', optional)).toBeNull();
    expect(checkText('', rules)).toEqual({ code: 'required' });
    expect(checkText('слишком', optional)).toEqual({ code: 'tooLong', limit: 5 });
  });
});
