import { apiPaths, buildPath } from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { expectProblem, newKey, type Answer, type SellerHttp } from '../http';
import type { SuiteContext } from '../world';

/** Every endpoint of the contract, called with ids that need not exist: 401 comes before anything else. */
function everyEndpoint(http: SellerHttp, authorization: string | null): Promise<Answer>[] {
  const options = { authorization, idempotencyKey: newKey() };
  const ids = { id: 'T-conformance-0', offerId: 'of-conformance-0' };
  const get = (path: string) => http.get(path, undefined, options);
  const post = (path: string) => http.post(path, {}, options);
  return [
    get(apiPaths.context),
    get(apiPaths.orders),
    get(buildPath(apiPaths.order, { id: 'order-0' })),
    get(apiPaths.facilities),
    get(apiPaths.policy),
    get(apiPaths.articles),
    post(apiPaths.attachments),
    get(buildPath(apiPaths.attachment, { id: 'att-0' })),
    get(apiPaths.tickets),
    post(apiPaths.tickets),
    get(buildPath(apiPaths.ticket, ids)),
    http.get(buildPath(apiPaths.ticketEvents, ids), { after: 'p0' }, options),
    post(buildPath(apiPaths.ticketMessages, ids)),
    post(buildPath(apiPaths.offerDecision, ids)),
    post(buildPath(apiPaths.ticketReopen, ids)),
    post(buildPath(apiPaths.ticketRating, ids)),
    post(buildPath(apiPaths.ticketRead, ids)),
    // The live stream is optional, but a server that has it refuses an anonymous caller first.
    get(apiPaths.events),
  ];
}

/**
 * 401 is the contract's "token expired or missing"; HTTP (RFC 9110 §11.6.1, RFC 6750 §3) makes a
 * 401 carry `WWW-Authenticate` with the scheme, which a client reads to know it needs a new token.
 */
function expectUnauthorized(answer: Answer): void {
  expectProblem(answer, 401);
  expect(answer.headers.get('WWW-Authenticate') ?? '', `${answer.method} ${answer.path}`).toMatch(
    /^Bearer\b/i,
  );
}

export function authTests(suite: () => SuiteContext): void {
  describe('authorization', () => {
    it('every endpoint answers 401 with WWW-Authenticate: Bearer and a problem without a token', async () => {
      const { anonymous } = suite();
      const answers = await Promise.all(everyEndpoint(anonymous, null));
      expect(answers).toHaveLength(Object.keys(apiPaths).length + 1);
      for (const answer of answers) expectUnauthorized(answer);
    });

    it('every endpoint answers 401 to another scheme and to an empty bearer', async () => {
      const { anonymous } = suite();
      for (const header of ['Basic c2VsbGVyOnNlY3JldA==', 'Bearer ', 'Bearer'])
        for (const answer of await Promise.all(everyEndpoint(anonymous, header))) expectUnauthorized(answer);
    });

    it('a token the target does not know is refused with 401', async (context) => {
      const { anonymous, target } = suite();
      if (target.rejectedToken === undefined) {
        context.skip('this target takes any bearer token as its seller');
        return;
      }
      for (const answer of await Promise.all(everyEndpoint(anonymous, `Bearer ${target.rejectedToken}`)))
        expectUnauthorized(answer);
    });
  });
}
