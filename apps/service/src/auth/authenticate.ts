import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import type { Caller, ModeratorCaller, Principal, TokenVerifier } from './verifier';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requireBearer} for every route of the scope it guards. */
    caller: Principal | null;
  }
}

/** Whose tokens a route group takes: the seller API's sellers, or the desk's moderators. */
export type Audience = 'seller' | 'moderator';

function isFor(principal: Principal, audience: Audience): boolean {
  return audience === 'seller' ? 'sellerId' in principal : 'moderator' in principal;
}

/**
 * Every route of the scope needs `Authorization: Bearer <token>` that the verifier accepts for
 * this audience; otherwise a 401 with `WWW-Authenticate: Bearer` (RFC 6750), and the token is never
 * logged. A moderator's token is no seller's and a seller's no moderator's: each is a 401 on the
 * other's API, as a token that proves nothing there.
 */
export function requireBearer(
  app: FastifyInstance,
  verifier: TokenVerifier,
  audience: Audience = 'seller',
): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    const token = match?.[1];
    if (token === undefined) {
      throw new ProblemError(401, 'Send Authorization: Bearer <token>.', undefined, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const caller = await verifier.verify(token);
    if (caller === null || !isFor(caller, audience)) {
      throw new ProblemError(401, 'The access token is invalid or expired.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    request.caller = caller;
  });
}

/** The seller calling a guarded seller route. */
export function callerOf(request: FastifyRequest): Caller {
  const caller = request.caller;
  if (caller === null || !('sellerId' in caller)) throw new Error('A seller route ran without a seller');
  return caller;
}

/** The moderator calling a guarded desk route. */
export function moderatorOf(request: FastifyRequest): ModeratorCaller {
  const caller = request.caller;
  if (caller === null || !('moderator' in caller)) throw new Error('A desk route ran without a moderator');
  return caller;
}
