import { createHash } from 'node:crypto';

/** Stable JSON: object keys sorted, so two equal bodies hash the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The fingerprint of a request: what it asks for, hashed, so a retry can be told from another request. */
export function fingerprint(...parts: readonly unknown[]): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('base64url');
}
