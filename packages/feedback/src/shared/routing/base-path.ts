/** Where the module lives in the host when the host says nothing. */
export const defaultBasePath = '/support';

/** A root-relative path ("/api"), not a protocol-relative one ("//evil.example"). */
export const isAbsolutePath = (value: string) => value.startsWith('/') && !value.startsWith('//');

/**
 * The `basePath` prop as the module reads it (the host props' schema says the same): the default
 * when absent, the path when it is root-relative, else `null` (the module shows what is wrong).
 */
export function basePathOfProp(value: unknown): string | null {
  if (value === undefined) return defaultBasePath;
  return typeof value === 'string' && isAbsolutePath(value) ? value : null;
}
