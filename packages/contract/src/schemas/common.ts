import * as z from 'zod/mini';
import { named } from './registry';

/** ISO 8601 timestamp with an offset, as every timestamp of the contract is. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

/** An opaque identifier of 1 to 128 characters. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(128));

/** Money travels as a decimal string and an ISO 4217 code, never as a float. */
export const moneySchema = named(
  z.object({
    amount: z.string().check(z.regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'a decimal string such as "1234.50"')),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "RUB"')),
  }),
  'Money',
);
/** Money as a decimal string and an ISO 4217 code. */
export type Money = z.infer<typeof moneySchema>;

/** A cursor-paginated list: `{ items, nextCursor, total? }`. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.optional(z.int().check(z.nonnegative())),
  });
}
/** A cursor-paginated list; `total` is present where the server can count cheaply. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number | undefined;
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
