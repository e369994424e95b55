import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

/** Where the data lives: the embedded database in a folder, or a PostgreSQL server. */
export type DatabaseLocation = { kind: 'embedded'; dataDir: string } | { kind: 'server'; url: string };

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseLocation['kind'];
  /** Whether the database answers a query now (for /readyz). */
  ping(): Promise<boolean>;
  /** Waits for the statement in flight, then closes the database (or the pool). */
  close(): Promise<void>;
  /**
   * Tells `listener` when the server drops an idle pooled connection (a restart, a failover, an
   * administrator's shutdown). The pool replaces it on the next query; without a listener `pg`
   * would throw the error where nothing can catch it and end the process.
   */
  onConnectionLost(listener: (error: Error) => void): void;
}

/**
 * Opens the database and brings its schema up to date. One set of queries runs on both: PGlite
 * (an embedded PostgreSQL in WebAssembly, persisted in `dataDir/pgdata`) and a PostgreSQL server
 * through `pg`'s pool.
 */
export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  const lost = new Set<(error: Error) => void>();
  if (location.kind === 'embedded') {
    const dir = path.join(location.dataDir, 'pgdata');
    await mkdir(dir, { recursive: true });
    const client = await PGlite.create(dir);
    db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  } else {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    pool.on('error', (error) => {
      for (const listener of lost) listener(error);
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    kind: location.kind,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
    onConnectionLost: (listener) => {
      lost.add(listener);
    },
  };
}
