/**
 * Made on first use, then kept: for what costs milliseconds of the first screen's main thread to
 * build (an Intl formatter) and is often not needed at all.
 */
export function lazily<T extends object>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
