import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL server for the tests that need one, when this machine has the binaries. */
    postgresServerUrl: string | null;
  }
}

/**
 * The service project's global setup: one throwaway PostgreSQL cluster for the tests that need a
 * real server (two service processes on one database), started when Debian's binaries are there
 * (`node scripts/bootstrap.mjs --postgres` installs them for the test command) and removed after.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (findPostgresBin() === undefined) {
    project.provide('postgresServerUrl', null);
    return undefined;
  }
  const cluster = await startPostgres({ database: 'service_tests' });
  project.provide('postgresServerUrl', cluster.databaseUrl);
  return () => cluster.stop();
}
