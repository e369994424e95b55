import * as z from 'zod/mini';
import { named } from './registry';
import { orFallback, siftedList, type Sifted } from './tolerance';

/** ISO 8601 timestamp with an offset, as every timestamp of the contract is. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

/** An opaque identifier of 1 to 128 characters. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));

/** The amount of {@link Money}: a decimal string of at most 15 integer and 4 fraction digits. */
export const moneyAmountPattern = /^-?\d{1,15}(\.\d{1,4})?$/;
/** The currency of {@link Money}: an ISO 4217 code. */
export const currencyCodePattern = /^[A-Z]{3}$/;

/** Money travels as a decimal string and an ISO 4217 code, never as a float. */
export const moneySchema = named(
  z.object({
    amount: z.string().check(z.regex(moneyAmountPattern, 'a decimal string such as "1234.50"')),
    currency: z.string().check(z.regex(currencyCodePattern, 'an ISO 4217 code such as "RUB"')),
  }),
  'Money',
);
/** Money as a decimal string and an ISO 4217 code. */
export type Money = z.infer<typeof moneySchema>;

/**
 * Money as a client reads it (and as a context snapshot echoes it): kept as the server spelled it,
 * so one odd amount ("1e309") does not cost the whole order. Whoever shows it checks it first
 * ({@link isWellFormedMoney}) and shows a dash for what it cannot read.
 */
export const receivedMoneySchema = named(
  z.object({ ...moneySchema.shape, amount: z.string(), currency: z.string() }),
  'SnapshotMoney',
);

/** Whether money read from a server has the contract's shape, so that a formatter can show it exactly. */
export function isWellFormedMoney(money: Money): boolean {
  return moneyAmountPattern.test(money.amount) && currencyCodePattern.test(money.currency);
}

const countSchema = z.int().check(z.nonnegative());

/** A cursor-paginated list: `{ items, nextCursor, total? }`. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.optional(countSchema),
  });
}
/** A cursor-paginated list; `total` is present where the server can count cheaply. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
}

/** A page as a client reads it: `omitted` counts the items that could not be read (absent when none). */
export interface ReceivedPage<T> extends Page<T> {
  omitted?: number | undefined;
}

/**
 * The client's reading of {@link pageSchema}, given the client's reading of an item: a malformed
 * item is left out and counted, an unreadable `total` is dropped.
 */
export function receivedPageSchema<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.object({
      ...pageSchema(item).shape,
      items: siftedList(item),
      total: z.optional(orFallback(countSchema, undefined)),
    }),
    z.transform(({ items, nextCursor, total }): ReceivedPage<z.output<T>> => ({
      items: items.kept,
      nextCursor,
      ...(total === undefined ? {} : { total }),
      ...omittedAs('omitted', items),
    })),
  );
}

/** `{ [key]: n }` when `n` items of a list were left out; nothing when none were. */
export function omittedAs<K extends string>(
  key: K,
  sifted: Sifted<unknown> | undefined,
): Partial<Record<K, number>> {
  const result: Partial<Record<K, number>> = {};
  if (sifted !== undefined && sifted.omitted > 0) result[key] = sifted.omitted;
  return result;
}

// Seller-typed text. One rule, used by the server, the mocks and the module's forms:
// - refused: C0/C1 controls except tab and line breaks; the bidi embeddings, overrides and isolates
//   (U+202A–U+202E, U+2066–U+2069), which reorder what a moderator reads ("invoice\u202Egnp.exe"
//   reads "invoiceexe.png"); unpaired surrogates, which are not text at all.
// - allowed: everything else, including the bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C),
//   which set a direction without reordering anything and which mixed right-to-left text needs, and
//   ZWJ/ZWNJ, which build emoji sequences ("👨‍💻") and Persian words.
// - counted: only visible characters count towards a minimum, and a text that is not empty needs
//   one. A grapheme cluster is visible when it holds a letter, number, mark, symbol or punctuation
//   that is not a Default_Ignorable_Code_Point (U+00AD, U+034F, U+2060, the Hangul fillers U+3164,
//   U+115F, U+1160, U+FFA0, variation selectors, ZWJ, …) nor the blank Braille pattern U+2800.
const refusedCharacterClass =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF';

// Unicode mode throughout: in it `\uD800-\uDFFF` matches only a surrogate without its partner, and
// a pair is one code point. JSON Schema validators compile `pattern` the same way (ECMA-262, `u`).
/** Finds a character that plain text the seller typed must not contain. */
export const controlCharacters = new RegExp(`[${refusedCharacterClass}]`, 'u');

const controlCharactersGlobal = new RegExp(controlCharacters.source, 'gu');

/** The text without the characters {@link controlCharacters} finds. */
export function stripControlCharacters(text: string): string {
  return text.replace(controlCharactersGlobal, '');
}

const withoutControlCharacters = new RegExp(`^[^${refusedCharacterClass}]*$`, 'u');

const visibleCharacterSource =
  '(?![\\p{Default_Ignorable_Code_Point}\\u2800])[\\p{L}\\p{N}\\p{M}\\p{S}\\p{P}]';
const visibleCharacter = new RegExp(visibleCharacterSource, 'u');
// Unanchored: a visible character anywhere. An empty text is the minimum's to refuse, so an optional one may be empty.
const emptyOrWithVisibleCharacter = new RegExp(`^$|${visibleCharacterSource}`, 'u');

let graphemes: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  // Built on first use, so a runtime without Intl.Segmenter loads the contract and counts code points instead.
  if (graphemes === undefined) {
    graphemes =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return graphemes;
}

// Segmenting one long string takes time that grows much faster than its length (80,000
// characters take seconds in V8), so long texts are segmented a piece at a time.
const segmentChunk = 1024;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * How many characters of the text a reader sees: grapheme clusters with a visible character, so
 * "👨‍💻", "🇷🇺" and "е\u0308" count one each and spaces, U+2060 or U+3164 count nothing.
 */
export function visibleLength(text: string): number {
  const segmenter = graphemeSegmenter();
  let count = 0;
  if (segmenter === null) {
    // Without grapheme segmentation: visible code points other than marks, so an emoji sequence may count more than one.
    for (const character of text) {
      if (visibleCharacter.test(character) && !/^\p{M}$/u.test(character)) count += 1;
    }
    return count;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + segmentChunk);
    // A break depends on the whole character after it: a piece never ends inside a surrogate pair.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    let last = '';
    let lastStart = start;
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) {
      if (visibleCharacter.test(last)) count += 1;
      last = segment;
      lastStart = start + index;
    }
    // The piece's last cluster may go on past its end, so it starts the next piece, unless it is the whole piece.
    if (end === text.length || lastStart === start) {
      if (visibleCharacter.test(last)) count += 1;
      start = end;
    } else {
      start = lastStart;
    }
  }
  return count;
}

/** The refinement's message for a text with fewer than `min` visible characters (no pattern can count them). */
export function visibleMinimumMessage(min: number): string {
  return `at least ${min} visible characters`;
}

/** Whether a schema's message is {@link visibleMinimumMessage}'s: a server words it as `too_short`. */
export function isVisibleMinimumMessage(message: string): boolean {
  return /^at least \d+ visible characters$/.test(message);
}

/**
 * Plain text the seller typed: at most `max` characters (UTF-16 code units), at least `min` visible
 * ones (see {@link visibleLength}; an optional text with `min` 0 is empty or has one), and no control
 * characters except line breaks and tabs (see {@link controlCharacters}).
 */
export function textSchema(min: number, max: number) {
  return z.string().check(
    // A text over the limit is refused before the patterns run on it, however long it is; one
    // under the minimum is refused for that alone, so one mistake gives one issue.
    z.maxLength(max, { abort: true }),
    z.minLength(min, { abort: true }),
    // Patterns (not refinements), so the rules also appear in the OpenAPI document.
    z.regex(withoutControlCharacters, 'control characters are not allowed'),
    z.regex(emptyOrWithVisibleCharacter, 'the text holds no visible characters'),
    // What no pattern can say: the minimum counts grapheme clusters. Left to the pattern above
    // when it already refuses.
    z.refine(
      (value) => min <= 1 || !visibleCharacter.test(value) || visibleLength(value) >= min,
      visibleMinimumMessage(min),
    ),
    z.describe(
      `Plain text: no C0/C1 controls other than tab, line feed and carriage return, no bidi embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069), no unpaired surrogates; the bidi marks U+200E, U+200F, U+061C and ZWJ/ZWNJ are allowed. ` +
        (min > 0
          ? `At least ${min} visible characters: grapheme clusters holding a letter, number, mark, symbol or punctuation that is not Default_Ignorable_Code_Point nor U+2800 (no pattern can count grapheme clusters, so \`minLength\` is only a lower bound). `
          : 'Empty, or with a visible character (a letter, number, mark, symbol or punctuation that is not Default_Ignorable_Code_Point nor U+2800). ') +
        'The maximum counts UTF-16 code units (`maxLength` counts code points, so it is an upper bound). ' +
        'Patterns use ECMA-262 Unicode (`u`) semantics.',
    ),
  );
}
