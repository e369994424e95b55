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

// Seller-typed text may carry line breaks and tabs but no other C0/C1 controls, zero-width or
// bidirectional-override characters: those hide or reorder what a moderator reads.
const controlCharacterClass =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069';

/** Finds a character that plain text the seller typed must not contain. */
export const controlCharacters = new RegExp(`[${controlCharacterClass}]`);

// A pattern (not a refinement) so the rule also appears in the OpenAPI document.
const withoutControlCharacters = new RegExp(`^[^${controlCharacterClass}]*$`);

/** Plain text the seller typed, `min`..`max` characters: no control characters except line breaks and tabs. */
export function textSchema(min: number, max: number) {
  return z
    .string()
    .check(
      z.minLength(min),
      z.maxLength(max),
      z.regex(withoutControlCharacters, 'control characters are not allowed'),
    );
}
