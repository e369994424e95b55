/**
 * How a translation differs from the language it translates (Russian, the source of the shape):
 * keys missing or extra, a plural form set where a string was expected (or the reverse), and
 * `{name}` placeholders that do not match. The type check catches most of the keys already; this
 * sees what types cannot (placeholders, a spread that hides a key) in the assembled languages.
 */
export function catalogProblems(source: unknown, translation: unknown, path = ''): string[] {
  if (isLeaf(source) || isLeaf(translation)) {
    if (!isLeaf(source) || !isLeaf(translation))
      return [`${path}: a message in one language, a group in the other`];
    const expected = placeholdersOf(source);
    const found = placeholdersOf(translation);
    return sameSet(expected, found)
      ? []
      : [
          `${path}: placeholders {${[...expected].join('}, {')}} in Russian, {${[...found].join('}, {')}} here`,
        ];
  }
  if (!isRecord(source) || !isRecord(translation)) return [`${path}: not a group of messages`];
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  return [
    ...Object.keys(source)
      .filter((key) => !(key in translation))
      .map((key) => `${at(key)}: missing`),
    ...Object.keys(translation)
      .filter((key) => !(key in source))
      .map((key) => `${at(key)}: not in Russian`),
    ...Object.keys(source)
      .filter((key) => key in translation)
      .flatMap((key) => catalogProblems(source[key], translation[key], at(key))),
  ];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** A message: a string, or a plural form set (a group with `other`). */
function isLeaf(value: unknown): boolean {
  return typeof value === 'string' || (isRecord(value) && typeof value['other'] === 'string');
}

/**
 * A message's placeholders. A plural set's forms may leave `{count}` out (English "in the last
 * day"), as Russian forms may: `count` is always passed for them, so it is not compared.
 */
function placeholdersOf(message: unknown): Set<string> {
  const texts = typeof message === 'string' ? [message] : isRecord(message) ? Object.values(message) : [];
  const names = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (name !== undefined) names.add(name);
  }
  if (typeof message !== 'string') names.delete('count');
  return names;
}

function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  return left.size === right.size && [...left].every((name) => right.has(name));
}
