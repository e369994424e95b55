import type { ru } from './ru';

/** The languages the module speaks. Russian is the default. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A message that depends on a count; `other` is the one form every language has. */
export type PluralMessage = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

type Shape<T> = T extends string
  ? string
  : T extends { readonly other: string }
    ? PluralMessage
    : { readonly [K in keyof T]: Shape<T[K]> };

/** The shape a group of messages imposes on its translations. */
export type MessagesOf<T> = Shape<T>;

/** The shape every language must fill: Russian's keys, any string (or plural form set) as a value. */
export type Messages = Shape<typeof ru>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { readonly other: string }
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted path to a message, e.g. `'ask.identity.title'`. */
export type MessageKey = Leaves<typeof ru>;

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

type KeyPlaceholders<K extends MessageKey> = LeafPlaceholders<At<typeof ru, K>>;

/** The parameters a message needs, read from the `{name}` placeholders of its Russian text. */
export type MessageParams<K extends MessageKey> = {
  readonly [Name in KeyPlaceholders<K>]: Name extends 'count' ? number : string | number;
};

export type TranslateArgs<K extends MessageKey> = [KeyPlaceholders<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** `t('ask.identity.orders', { count: 3 })`: keys and parameters are checked by TypeScript. */
export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;
