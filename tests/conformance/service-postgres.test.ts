import { describe, it } from 'vitest';
import { findPostgresBin } from '../setup/postgres';
import { defineConformanceSuite } from './suite';
import { startServiceOnPostgresTarget } from './targets/service';

// The server comes from Debian's postgresql package (`node scripts/bootstrap.mjs --postgres`).
if (findPostgresBin() === undefined) {
  describe.skip('the support service on a PostgreSQL server (no PostgreSQL installed)', () => {
    it('needs initdb and pg_ctl', () => undefined);
  });
} else {
  defineConformanceSuite('the support service on a PostgreSQL server', startServiceOnPostgresTarget);
}
