// What the service project's global setup (tests/setup/postgres-global.ts) provides to its tests.
declare module 'vitest' {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL server for the tests that need one, when this machine has the binaries. */
    postgresServerUrl: string | null;
  }
}

export {};
