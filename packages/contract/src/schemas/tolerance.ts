import * as z from 'zod/mini';

/*
 * How the contract reads what a server sends: responses are parsed tolerantly, requests strictly.
 *
 * Every response schema exists twice, from one definition:
 *
 * - the contract's own (`orderSchema`, `ticketSchema`…): exactly what this version of the contract
 *   states. The OpenAPI document describes it, and the mocks are held to it, so a mock that answers an
 *   unknown value by mistake fails its drift check;
 * - the client's reading (`receivedOrderSchema`, `receivedTicketSchema`…): what `FetchApiClient`
 *   parses with. A server built apart from this project, or a newer one, may send a status this
 *   version does not list, a field it does not know, one broken item in a list, or a number no
 *   formatter can show; none of that may take a whole screen down.
 *
 * The contract's schemas are the source and the readings are derived from them, not the other way
 * round: the contract is what a server is asked to send, and it must stay a readable, strict
 * document; the reading takes the contract's shape and replaces only the places it loosens
 * (`z.object({ ...orderSchema.shape, status: openEnum(orderStatuses) })`), so a field added to the
 * contract is read without a second edit. (A spread rather than `z.extend`, whose runtime the
 * module's first load would carry for nothing.) The rules of the reading:
 *
 * - an unknown enum value is kept as it came, typed {@link UnknownValue}, so code must handle it
 *   (show it neutrally; its raw value is there for support);
 * - unknown fields are dropped (zod's objects strip them);
 * - a malformed item of a list is left out and counted (`omitted…` beside the list), the rest is kept;
 * - a fragile field nothing depends on (a due time, an unread count, a total) that cannot be read is
 *   treated as absent;
 * - money is kept as the server spelled it: formatters show a dash for an amount they cannot read.
 *
 * Request bodies stay strict, except the context snapshot of `POST /tickets`, which echoes what the
 * server sent and so accepts the values its reading produced.
 */

/** An enum value this version of the contract does not list, kept as the server sent it. */
export type UnknownValue = string & z.core.$brand<'UnknownValue'>;

/** One of `Known`, or a value a newer or different server sent that this version does not list. */
export type Open<Known extends string> = Known | UnknownValue;

type Values = readonly [string, ...string[]];

/**
 * A string that is none of `values`: the "anything else" of an open enum. A pattern rather than a
 * refinement, so that the OpenAPI document says which strings it means.
 */
export function unknownValueOf(values: Values) {
  const escaped = values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (
    z
      .string()
      .check(z.regex(new RegExp(`^(?!(?:${escaped.join('|')})$)`), 'a value the contract does not list'))
      // Branded on input too, so that a form holding values a client read (`z.input`) keeps the type.
      .brand<'UnknownValue', 'inout'>()
  );
}

/**
 * One of `values`, or any other string kept as an {@link UnknownValue}. In the OpenAPI document it
 * reads "one of these, or another string that is none of them".
 */
export function openEnum<const T extends Values>(values: T) {
  return z.union([z.enum(values), unknownValueOf(values)]);
}

/** Whether `value` is one of `values`: narrows an {@link Open} value to the known ones. */
export function isOneOf<const T extends string>(values: readonly T[], value: string): value is T {
  return values.some((known) => known === value);
}

/** The items of a list that parsed, and how many did not. */
export interface Sifted<T> {
  kept: T[];
  omitted: number;
}

/**
 * A list read item by item: an item `item` refuses is left out and counted, instead of failing
 * the whole answer. The containing object moves `omitted` beside the list.
 */
export function siftedList<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values): Sifted<z.output<T>> => {
      const kept: z.output<T>[] = [];
      for (const value of values) {
        const parsed = z.safeParse(item, value);
        if (parsed.success) kept.push(parsed.data);
      }
      return { kept, omitted: values.length - kept.length };
    }),
  );
}

/**
 * `schema`, or `fallback` where the value does not pass it: a fragile field nothing else depends
 * on, treated as absent when it cannot be read. Written out rather than `z.catch`, which brings
 * zod's whole issue formatting into the module's first load (about 3 kB gzip) for no message
 * anyone reads.
 */
export function orFallback<T extends z.ZodMiniType, const F>(schema: T, fallback: F) {
  return z.pipe(
    z.unknown(),
    z.transform((value): z.output<T> | F => {
      const parsed = z.safeParse(schema, value);
      return parsed.success ? parsed.data : fallback;
    }),
  );
}
