import * as z from 'zod/mini';
import { named } from './registry';

/**
 * Why a server refused one field of a request, as a word a client can translate (`errors[].code`).
 * A server may send a code not listed here (a newer one): a client keeps it and words the field's
 * problem in general terms.
 */
export const fieldErrorCodes = [
  /** Missing or empty. */
  'required',
  /** Text shorter than the minimum (in visible characters). */
  'too_short',
  /** Text longer than the maximum. */
  'too_long',
  /** More items than allowed (orders, files). */
  'too_many',
  /** Files over the size limit in total. */
  'too_large',
  /** The value names something the server does not have (an order, a facility, an item, an upload). */
  'not_found',
  /** An order that is no longer on its way. */
  'not_in_transit',
  /** A date later than today. */
  'in_future',
  /** The end of a period before its start. */
  'out_of_order',
  /** Malformed, of the wrong kind, or otherwise not acceptable. */
  'invalid',
] as const;
/** A {@link fieldErrorCodes} entry. */
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

const knownCodes: ReadonlySet<string> = new Set(fieldErrorCodes);
export const isKnownFieldErrorCode = (code: string): code is FieldErrorCode => knownCodes.has(code);

/**
 * RFC 9457 problem details; `errors[].path` is a dot path into the request body, `message` the
 * server's own words (for a developer), `code` the reason as a word a client translates.
 */
export const problemSchema = named(
  z.looseObject({
    type: z._default(z.string(), 'about:blank'),
    title: z.optional(z.string()),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.optional(
      z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.optional(
            z
              .string()
              .check(
                z.describe(
                  `Why the field was refused, for the client to word: one of ${fieldErrorCodes.join(', ')}; a client keeps a code it does not know and words the problem in general terms.`,
                ),
              ),
          ),
        }),
      ),
    ),
  }),
  'Problem',
);
/** RFC 9457 problem details, the body of every error response. */
export type Problem = z.infer<typeof problemSchema>;
