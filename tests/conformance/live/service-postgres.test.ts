import { describe, it } from 'vitest';
import { findPostgresBin } from '../../setup/postgres';
import { serviceOnPostgresLiveTargets } from '../targets/service';
import { defineLiveConformanceSuite } from './suite';

// The server comes from Debian's postgresql package (`node scripts/bootstrap.mjs --postgres`).
if (findPostgresBin() === undefined) {
  describe.skip('the live stream on the support service on a PostgreSQL server (no PostgreSQL installed)', () => {
    it('needs initdb and pg_ctl', () => undefined);
  });
} else {
  defineLiveConformanceSuite('the support service on a PostgreSQL server', serviceOnPostgresLiveTargets);
}
