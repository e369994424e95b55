import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildOpenApiDocument } from '../openapi';
import { createTicketBodyExamples } from '../testing/examples';
import {
  controlCharacters,
  createTicketBodySchema,
  limits,
  postMessageBodySchema,
  ratingBodySchema,
  stripControlCharacters,
  textSchema,
  visibleLength,
} from './index';

const { orders: ordersBody } = createTicketBodyExamples;

const subjectPasses = (subject: string) =>
  createTicketBodySchema.safeParse({ ...ordersBody, subject }).success;
const replyPasses = (body: string) => postMessageBodySchema.safeParse({ body, attachmentIds: [] }).success;

// Characters a reader does not see: Default_Ignorable_Code_Point, Hangul fillers, the blank Braille pattern, spaces.
const invisible = [
  '\u00AD',
  '\u034F',
  '\u061C',
  '\u115F',
  '\u1160',
  '\u180E',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\u2063',
  '\u2800',
  '\u3164',
  '\uFE0F',
  '\uFEFF',
  '\uFFA0',
  '\u{E0020}',
  ' ',
  '\u00A0',
  '\u3000',
  '\t',
  '\n',
];

describe('visible content', () => {
  it.each([
    ['U+2060 word joiner', '\u2060'.repeat(5)],
    ['U+00AD soft hyphen', '\u00AD'.repeat(5)],
    ['U+034F combining grapheme joiner', '\u034F'.repeat(5)],
    ['U+3164 Hangul filler', '\u3164'.repeat(5)],
    ['U+2800 blank Braille pattern', '\u2800'.repeat(5)],
    ['a mix of invisible characters', '\u2060\u00AD \u3164\u200D\u200C\u034F'],
  ])('refuses a subject of only %s', (_what, subject) => {
    expect(subjectPasses(subject)).toBe(false);
  });

  it('refuses a reply of only U+2060', () => {
    expect(replyPasses('\u2060')).toBe(false);
  });

  it('refuses an optional comment of only invisible characters, and takes an empty one', () => {
    expect(ratingBodySchema.safeParse({ score: 5, comment: '\u2060' }).success).toBe(false);
    expect(ratingBodySchema.safeParse({ score: 5, comment: '' }).success).toBe(true);
    expect(ratingBodySchema.safeParse({ score: 5, comment: 'Спасибо' }).success).toBe(true);
  });

  it.each([
    ['an emoji built with ZWJ', 'Посылка 👨‍💻 не пришла'],
    ['a family emoji', 'Вся семья ждёт 👨‍👩‍👧‍👦'],
    ['a flag emoji', 'Доставка 🇷🇺 и 🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['a Persian word with ZWNJ', 'می‌خواهم بسته را پیگیری کنم'],
    ['the bidi marks LRM, RLM and ALM', 'Заказ \u200E123\u200F и \u061C٤٥'],
    ['a zero-width space and a soft hyphen inside words', 'Посыл\u00ADка по\u200Bтерялась'],
  ])('takes a subject with %s', (_what, subject) => {
    expect(subjectPasses(subject)).toBe(true);
  });

  it('counts grapheme clusters towards the minimum, not code units', () => {
    expect(visibleLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(visibleLength('🇷🇺 е\u0308ж')).toBe(3);
    expect(visibleLength('a \u2060\u3164 b')).toBe(2);
    // Eleven code units, one character a reader sees.
    expect(subjectPasses('👨‍👩‍👧‍👦')).toBe(false);
    expect(subjectPasses('👨‍👩‍👧‍👦👨‍💻🇷🇺')).toBe(true);
    expect(subjectPasses('а \u2060 б')).toBe(false);
    const issues = createTicketBodySchema.safeParse({ ...ordersBody, subject: '👨‍👩‍👧‍👦' }).error?.issues;
    expect(issues).toEqual([
      expect.objectContaining({ path: ['subject'], message: 'at least 3 visible characters' }),
    ]);
  });

  it('never lets a text of invisible characters through, however long', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...invisible), { minLength: 1, maxLength: 60 }), (units) => {
        const text = units.join('');
        expect(visibleLength(text)).toBe(0);
        expect(z.safeParse(textSchema(1, 5000), text).success).toBe(false);
      }),
    );
  });

  it('takes any well-formed text with enough letters, whatever invisible characters sit between them', () => {
    const letter = fc.constantFrom('а', 'Я', 'z', '٤', '字', 'ё', '👨‍💻', '🇷🇺', '!', '№');
    fc.assert(
      fc.property(
        // Not ZWJ: between two emoji it makes them one.
        fc.array(fc.tuple(letter, fc.constantFrom('', ...invisible.filter((c) => c !== '\u200D'))), {
          minLength: 3,
          maxLength: 40,
        }),
        (pairs) => {
          const text = pairs.map(([visible, hidden]) => visible + hidden).join('');
          expect(visibleLength(text)).toBe(pairs.length);
          expect(z.safeParse(textSchema(3, 5000), text).success).toBe(true);
        },
      ),
    );
  });
});

describe('refused characters', () => {
  it.each([
    ['a lone high surrogate', 'Где посылка \uD800'],
    ['a lone low surrogate', '\uDC00 где посылка'],
    ['surrogates in the wrong order', 'Где \uDE00\uD83D посылка'],
    ['a right-to-left override', 'invoice\u202Egnp.exe'],
    ['a left-to-right embedding', 'Где \u202Aпосылка'],
    ['a pop directional formatting', 'Где \u202Cпосылка'],
    ['a first-strong isolate', 'Где \u2068посылка\u2069'],
    ['a BEL', 'Где\u0007 посылка'],
    ['a C1 control', 'Где\u0085 посылка'],
  ])('refuses %s', (_what, subject) => {
    expect(subjectPasses(subject)).toBe(false);
  });

  // Two thousand generated texts: CPU-bound, so a loaded machine gets more than the default 5 s.
  it('strips exactly what it refuses, and keeps emoji whole', { timeout: 30_000 }, () => {
    expect(stripControlCharacters('a\u202Eb\uD800c\u0007d 👨‍💻')).toBe('abcd 👨‍💻');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const stripped = stripControlCharacters(text);
        expect(controlCharacters.test(stripped)).toBe(false);
        expect(encodeURIComponent(stripped)).toBeTypeOf('string'); // throws on a lone surrogate
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an overlong text without running the patterns on all of it', () => {
    const huge = '😀'.repeat(2_000_000);
    expect(() => createTicketBodySchema.safeParse({ ...ordersBody, subject: huge })).not.toThrow();
    expect(subjectPasses(huge)).toBe(false);
  });
});

describe('the rule in the OpenAPI document', () => {
  const document = buildOpenApiDocument();
  const body = document.components.schemas['PostMessageBody'];
  const patterns: string[] = [];
  const collect = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') patterns.push(value);
      else collect(value);
    }
  };
  collect(body);
  const compiled = patterns.map((source) => new RegExp(source, 'u'));

  it('says what the patterns cannot: the minimum counts visible grapheme clusters', () => {
    expect(compiled).toHaveLength(2);
    expect(JSON.stringify(body)).toContain('visible characters');
  });

  it('agrees with the schema on every text of at most one visible character', () => {
    const unit = fc.oneof(
      fc.constantFrom(...invisible, '\u202E', '\u2066', '\u0000', '\u0085', '\uD800', '\uDFFF', 'а', '👨‍💻'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const byPatterns =
          compiled.every((pattern) => pattern.test(text)) && text.length >= limits.message.min;
        expect(byPatterns).toBe(replyPasses(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('visibleLength of long texts', () => {
  it('counts the clusters that cross the pieces it segments in', () => {
    // 1023 letters put the family emoji and the flag across the 1024-unit pieces.
    for (const padding of [1020, 1021, 1022, 1023, 1024]) {
      const text = 'я'.repeat(padding) + '👨‍👩‍👧‍👦🇷🇺е\u0308'.repeat(300);
      expect(visibleLength(text)).toBe(padding + 900);
    }
  });

  it('counts as one segmentation of the whole text would', () => {
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const unit = fc.constantFrom(
      'я',
      ' ',
      '👨‍👩‍👧‍👦',
      '🇷🇺',
      '\u{1F1F7}',
      '\u0308',
      '\u200D',
      '\u2060',
      '😀',
      '\uD83D',
      '\r\n',
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 200, maxLength: 900 }), (units) => {
        const text = units.join('');
        const expected = [...whole.segment(text)].filter(({ segment }) =>
          /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{M}\p{S}\p{P}]/u.test(segment),
        ).length;
        expect(visibleLength(text)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('counts a 60,000-character text in well under two seconds', () => {
    const started = performance.now();
    expect(visibleLength('я😀 '.repeat(20_000))).toBe(40_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
