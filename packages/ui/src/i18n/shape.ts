/** A message that depends on a count; `other` is the one form every language has. */
export type PluralMessage = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

type Shape<T> = T extends string
  ? string
  : T extends { readonly other: string }
    ? PluralMessage
    : { readonly [K in keyof T]: Shape<T[K]> };

/**
 * The shape a group of Russian messages imposes on its translations: the same keys, any string
 * (or plural form set) as a value. A namespace's English is typed with it, so a key missing or
 * misspelt there fails the type check.
 */
export type MessagesOf<T> = Shape<T>;
