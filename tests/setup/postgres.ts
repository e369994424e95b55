/**
 * A throwaway PostgreSQL server for tests: a new cluster in a temporary directory, on a free port
 * of 127.0.0.1, removed again by `stop()`. Debian's `postgresql` package by default (installed by
 * `node scripts/bootstrap.mjs --postgres`); `PG_BIN` points at the binaries of any other install.
 *
 * The server refuses to run as root, so when the tests run as root the cluster belongs to the
 * `postgres` user and its commands run through `runuser`.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian puts each major version's server binaries. */
const debianRoot = '/usr/lib/postgresql';

/** The directory holding `initdb`, `pg_ctl` and `psql`: `PG_BIN`, or Debian's newest version. */
export function findPostgresBin(): string | undefined {
  const chosen = process.env['PG_BIN'];
  if (chosen !== undefined && chosen !== '')
    return existsSync(path.join(chosen, 'initdb')) ? chosen : undefined;
  if (!existsSync(debianRoot)) return undefined;
  const versions = readdirSync(debianRoot)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(debianRoot, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest === undefined ? undefined : path.join(debianRoot, newest, 'bin');
}

export interface PostgresCluster {
  /** `postgres://<user>@127.0.0.1:<port>/<database>`, as `DATABASE_URL` takes it. */
  readonly databaseUrl: string;
  readonly port: number;
  /** The temporary directory holding the cluster, its socket and its log. */
  readonly directory: string;
  /** The binaries it runs with (`psql` is there too). */
  readonly bin: string;
  /** Stops the server and removes its directory; calling it again does nothing. */
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** The database `databaseUrl` names, created empty. Default `seller_support`. */
  database?: string;
  /** The superuser, trusted without a password on 127.0.0.1. Default `app`. */
  user?: string;
  /**
   * The cluster's locale. Default `C.UTF-8`: plain `C` classifies no Cyrillic letter as one, and
   * Russian full-text search then finds nothing.
   */
  locale?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** A command of the server's owner: the `postgres` user when we are root, ourselves otherwise. */
function asOwner(command: string, args: readonly string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "Running as root, a test cluster must belong to the `postgres` user, and there is none: install Debian's postgresql package (node scripts/bootstrap.mjs --postgres) or run the tests as another user.",
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function owner(command: string, args: readonly string[]): Promise<string> {
  const [file, argv] = asOwner(command, args);
  try {
    const { stdout } = await run(file, argv, { encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const output =
      typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`${path.basename(command)} failed: ${output.trim() || String(error)}`, { cause: error });
  }
}

/** Starts a new cluster and creates the database; stop it with `stop()` (also on exit, as a last resort). */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const { database = 'seller_support', user = 'app', locale = 'C.UTF-8' } = options;
  const bin = findPostgresBin();
  if (bin === undefined) {
    throw new Error(
      'No PostgreSQL server binaries (initdb, pg_ctl): run `node scripts/bootstrap.mjs --postgres` ' +
        "(installs Debian's postgresql package as root), or set PG_BIN to the directory holding them.",
    );
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'seller-support-pg-'));
  if (isRoot()) {
    const { uid, gid } = postgresUserIds();
    chownSync(directory, uid, gid);
  }
  const dataDir = path.join(directory, 'data');
  const pgCtl = path.join(bin, 'pg_ctl');
  let running = false;
  const stopNow = () => {
    if (running) {
      const [file, argv] = asOwner(pgCtl, ['-D', dataDir, 'stop', '-m', 'immediate', '-w']);
      spawnSync(file, argv, { stdio: 'ignore' });
      running = false;
    }
    rmSync(directory, { recursive: true, force: true });
  };
  // A test run that dies before `stop()` would leave a server behind holding a port.
  process.once('exit', stopNow);
  try {
    await owner(path.join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      user,
      '-A',
      'trust',
      '-E',
      'UTF8',
      `--locale=${locale}`,
      '--no-sync',
    ]);
    const port = await freePort();
    // A throwaway cluster needs no durability: fsync off makes it start and write faster.
    const serverOptions = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await owner(pgCtl, [
      '-D',
      dataDir,
      '-o',
      serverOptions,
      '-l',
      path.join(directory, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    running = true;
    await run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, database]);
    let stopped = false;
    return {
      databaseUrl: `postgres://${user}@127.0.0.1:${port}/${database}`,
      port,
      directory,
      bin,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        process.off('exit', stopNow);
        try {
          if (running) await owner(pgCtl, ['-D', dataDir, 'stop', '-m', 'fast', '-w']);
          running = false;
        } finally {
          stopNow();
        }
      },
    };
  } catch (error) {
    process.off('exit', stopNow);
    stopNow();
    throw error;
  }
}
