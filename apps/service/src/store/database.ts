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
  /**
   * Calls `notified` after each committed transaction that NOTIFYs `channel` (in this process or,
   * on a server, in any other), and once more after a lost listening connection is back (what was
   * said meanwhile is unknown). The returned function stops listening.
   */
  listen(channel: string, notified: () => void): Promise<() => Promise<void>>;
}

const relistenMs = 1_000;

/** LISTEN on a connection of its own (a pooled one would be handed to queries), reopened when lost. */
async function listenOnServer(
  url: string,
  channel: string,
  notified: () => void,
  lost: (error: Error) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const open = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) notified();
    });
    next.on('error', (error) => {
      lost(error);
      if (client === next) client = null;
      void next.end().catch(() => undefined);
      schedule();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
  };
  const schedule = () => {
    if (stopped || retry !== null) return;
    retry = setTimeout(() => {
      retry = null;
      open().then(notified, (error: unknown) => {
        lost(error instanceof Error ? error : new Error(String(error)));
        schedule();
      });
    }, relistenMs);
    retry.unref();
  };
  await open();
  return async () => {
    stopped = true;
    if (retry !== null) clearTimeout(retry);
    const current = client;
    client = null;
    await current?.end();
  };
}

/**
 * Opens the database and brings its schema up to date. One set of queries runs on both: PGlite
 * (an embedded PostgreSQL in WebAssembly, persisted in `dataDir/pgdata`) and a PostgreSQL server
 * through `pg`'s pool.
 */
export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let listen: OpenDatabase['listen'];
  const lost = new Set<(error: Error) => void>();
  if (location.kind === 'embedded') {
    const dir = path.join(location.dataDir, 'pgdata');
    await mkdir(dir, { recursive: true });
    const client = await PGlite.create(dir);
    db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    // One session in this process: its own NOTIFYs come back to it as each COMMIT is answered.
    // (Listening starts before any request runs, so LISTEN never lands inside a transaction.)
    listen = async (channel, notified) => {
      const stop = await client.listen(channel, notified);
      return () => stop();
    };
  } else {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    pool.on('error', (error) => {
      for (const listener of lost) listener(error);
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const { url } = location;
    listen = (channel, notified) =>
      listenOnServer(url, channel, notified, (error) => {
        for (const listener of lost) listener(error);
      });
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
    listen,
  };
}
