import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startPostgres } from '../setup/postgres';

const run = promisify(execFile);

/** One statement through psql, as any client would connect: by the URL alone. */
async function query(bin: string, databaseUrl: string, sql: string): Promise<string> {
  const { stdout } = await run(path.join(bin, 'psql'), [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-tAc', sql]);
  return stdout.trim();
}

describe('the throwaway PostgreSQL of the tests', () => {
  it(
    'starts a cluster a client reaches by its DATABASE_URL, and stop() removes it',
    { timeout: 60_000 },
    async () => {
      const cluster = await startPostgres();
      let stopped = false;
      try {
        expect(cluster.databaseUrl).toBe(`postgres://app@127.0.0.1:${cluster.port}/seller_support`);
        expect(await query(cluster.bin, cluster.databaseUrl, 'select current_database()')).toBe(
          'seller_support',
        );
        await query(cluster.bin, cluster.databaseUrl, 'create table notes (body text not null)');
        await query(cluster.bin, cluster.databaseUrl, "insert into notes values ('Посылка не пришла')");
        // The service searches help articles with Russian full-text search: the server must have it.
        expect(
          await query(
            cluster.bin,
            cluster.databaseUrl,
            "select count(*) from notes where to_tsvector('russian', body) @@ plainto_tsquery('russian', 'посылки')",
          ),
        ).toBe('1');

        await cluster.stop();
        stopped = true;
        expect(existsSync(cluster.directory)).toBe(false);
        await expect(query(cluster.bin, cluster.databaseUrl, 'select 1')).rejects.toThrow();
        await cluster.stop();
      } finally {
        if (!stopped) await cluster.stop();
      }
    },
  );

  it('gives each cluster its own port and directory', { timeout: 60_000 }, async () => {
    const [a, b] = await Promise.all([
      startPostgres({ database: 'one' }),
      startPostgres({ database: 'two' }),
    ]);
    try {
      expect(a.port).not.toBe(b.port);
      expect(a.directory).not.toBe(b.directory);
      expect(await query(a.bin, a.databaseUrl, 'select current_database()')).toBe('one');
      expect(await query(b.bin, b.databaseUrl, 'select current_database()')).toBe('two');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
