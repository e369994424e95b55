import { describe, it } from 'vitest';
import { findPostgresBin } from '../../setup/postgres';
import { startServiceOnPostgresDeskTarget } from '../targets/service';
import { defineDeskConformanceSuite } from './suite';

// The server comes from Debian's postgresql package (`node scripts/bootstrap.mjs --postgres`).
if (findPostgresBin() === undefined) {
  describe.skip('the desk on the support service on a PostgreSQL server (no PostgreSQL installed)', () => {
    it('needs initdb and pg_ctl', () => undefined);
  });
} else {
  defineDeskConformanceSuite('the support service on a PostgreSQL server', startServiceOnPostgresDeskTarget);
}
