import type { MessagesOf } from './shape';

// The types of a set of namespaces (each a group of Russian messages, by name): the keys of its
// messages, their `{name}` placeholders and the shape every language fills. Generic, so that the
// seller's module types its whole language with them and the components here their own part.

/**
 * Some of a language's messages: whole namespaces, or some of a namespace's groups, as one chunk
 * of messages brings them. A language may arrive in such parts (a frame's, then each screen's).
 */
export type MessagePartOf<Namespaces> = {
  readonly [Namespace in keyof MessagesOf<Namespaces>]?: Partial<MessagesOf<Namespaces>[Namespace]>;
};

/** What a translator reads: a whole language (tests, stories), or the parts of one that are here, looked up in turn. */
export type MessageSourceOf<Namespaces> = MessagesOf<Namespaces> | readonly MessagePartOf<Namespaces>[];

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { readonly other: string }
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted path to a message, e.g. `'snapshot.orders.title'`. */
export type MessageKeyOf<Namespaces> = Leaves<Namespaces>;

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

// Plural messages always need `count`, even a form that does not print it.
type LeafPlaceholders<Leaf> = Leaf extends string
  ? Placeholders<Leaf>
  : Leaf extends { readonly other: string }
    ? Placeholders<Leaf[keyof Leaf]> | 'count'
    : never;

type KeyPlaceholders<Namespaces, K extends MessageKeyOf<Namespaces>> = LeafPlaceholders<At<Namespaces, K>>;

/** The parameters a message needs, read from the `{name}` placeholders of its Russian text. */
export type MessageParamsOf<Namespaces, K extends MessageKeyOf<Namespaces>> = {
  readonly [Name in KeyPlaceholders<Namespaces, K>]: Name extends 'count' ? number : string | number;
};

export type TranslateArgsOf<Namespaces, K extends MessageKeyOf<Namespaces>> = [
  KeyPlaceholders<Namespaces, K>,
] extends [never]
  ? []
  : [params: MessageParamsOf<Namespaces, K>];

/** `t('snapshot.deals.days', { count: 3 })`: keys and parameters are checked by TypeScript. */
export type TranslateOf<Namespaces> = <K extends MessageKeyOf<Namespaces>>(
  key: K,
  ...args: TranslateArgsOf<Namespaces, K>
) => string;
