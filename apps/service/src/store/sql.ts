import { sql, type RawBuilder } from 'kysely';

/**
 * A value for a `jsonb` column. Sent as text and cast by the database, because the two drivers
 * disagree on a bare value: `pg` turns a JS array into a PostgreSQL array, PGlite stringifies a
 * string a second time. As text, both send exactly the JSON given.
 */
export function jsonb(value: unknown): RawBuilder<unknown> {
  return sql`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}

/** A `timestamptz` read back (a `Date` from both drivers) as the contract's ISO 8601 string. */
export function isoTimestamp(value: Date): string {
  return value.toISOString();
}
