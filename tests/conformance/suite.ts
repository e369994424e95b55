import { afterAll, beforeAll, describe } from 'vitest';
import { SellerHttp } from './http';
import { attachmentTests } from './suite/attachments';
import { authTests } from './suite/auth';
import { consistencyTests } from './suite/consistency';
import { followingTests } from './suite/following';
import { isolationTests } from './suite/isolation';
import { lifecycleTests } from './suite/lifecycle';
import { readTests } from './suite/reads';
import { ticketTests } from './suite/tickets';
import type { StartConformanceTarget } from './target';
import { discoverWorld, type SuiteContext } from './world';

/**
 * The seller API's conformance suite, run against one target: every endpoint, every documented
 * status a target can be brought to, idempotency, pagination, filters, problem details and the
 * isolation of sellers. Call it once from a test file per target (`<target>.test.ts`); the target
 * starts once for the file, and each test makes the tickets it needs, so tests do not depend on
 * each other or on the day they run.
 */
export function defineConformanceSuite(name: string, start: StartConformanceTarget): void {
  describe(`seller API conformance: ${name}`, () => {
    let context: SuiteContext | undefined;
    const suite = (): SuiteContext => {
      if (context === undefined) throw new Error('The target did not start (see beforeAll).');
      return context;
    };

    beforeAll(async () => {
      const target = await start();
      try {
        const seller = new SellerHttp(target.apiBaseUrl, target.sellerToken);
        context = {
          target,
          seller,
          other: seller.as(target.otherSellerToken),
          anonymous: seller.as(null),
          world: await discoverWorld(seller),
        };
      } catch (error) {
        await target.close();
        throw error;
      }
    }, 60_000);

    afterAll(async () => {
      await context?.target.close();
    });

    authTests(suite);
    readTests(suite);
    attachmentTests(suite);
    ticketTests(suite);
    lifecycleTests(suite);
    followingTests(suite);
    isolationTests(suite);
    // Last: it reads back everything the tests before it made.
    consistencyTests(suite);
  });
}
