/**
 * What marks an element that shows a value this version does not know (a status, a type) in
 * neutral words: the raw value stays in the page for support, as a data attribute and a title
 * (`title`, "Value from the server: …" in the app's language), without the seller having to read
 * an identifier.
 */
export function unknownValueAttributes(value: string, title: string) {
  return { 'data-unknown-value': value, title } as const;
}
