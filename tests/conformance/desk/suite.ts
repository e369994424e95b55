import { FetchApiClient, moderatorSchema } from '@seller-support/contract';
import { FetchDeskClient } from '@seller-support/contract/desk';
import { afterAll, beforeAll, describe } from 'vitest';
import { expectJson, SellerHttp } from '../http';
import { discoverWorld } from '../world';
import { deskActionTests } from './actions';
import { deskAuthTests } from './auth';
import { deskBothSidesTests } from './both-sides';
import type { DeskSuiteContext } from './context';
import { deskQueueTests } from './queue';
import type { StartDeskConformanceTarget } from './target';

/**
 * The moderator's desk API's conformance suite, run against one target: every endpoint, its
 * documented statuses, idempotency, the queue's order, filters, pages and counters, tokens, and
 * what each side sees of the other (a note never reaches the seller; a moderator's message or
 * offer is the seller's unread, the seller's reply the desk's). Call it once from a test file per
 * target; each test makes the tickets it needs through the seller API, so tests do not depend on
 * each other, on what the target seeded or on the day they run.
 */
export function defineDeskConformanceSuite(name: string, start: StartDeskConformanceTarget): void {
  describe(`desk API conformance: ${name}`, () => {
    let context: DeskSuiteContext | undefined;
    const suite = (): DeskSuiteContext => {
      if (context === undefined) throw new Error('The target did not start (see beforeAll).');
      return context;
    };

    beforeAll(async () => {
      const target = await start();
      try {
        const seller = new SellerHttp(target.seller.apiBaseUrl, target.seller.token);
        const desk = new SellerHttp(target.deskBaseUrl, target.moderatorToken);
        const otherDesk = desk.as(target.otherModeratorToken);
        context = {
          target,
          desk,
          otherDesk,
          deskClient: new FetchDeskClient({
            baseUrl: target.deskBaseUrl,
            getAccessToken: () => target.moderatorToken,
          }),
          me: expectJson(await desk.get('/me'), 200, moderatorSchema),
          other: expectJson(await otherDesk.get('/me'), 200, moderatorSchema),
          seller,
          sellerClient: new FetchApiClient({
            baseUrl: target.seller.apiBaseUrl,
            getAccessToken: () => target.seller.token,
          }),
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

    deskAuthTests(suite);
    deskQueueTests(suite);
    deskActionTests(suite);
    deskBothSidesTests(suite);
  });
}
