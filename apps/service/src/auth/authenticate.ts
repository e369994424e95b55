import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import type { Caller, TokenVerifier } from './verifier';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requireBearer} for every route of the scope it guards. */
    caller: Caller | null;
  }
}

/**
 * Every route of the scope needs `Authorization: Bearer <token>` that the verifier accepts;
 * otherwise a 401 with `WWW-Authenticate: Bearer` (RFC 6750), and the token is never logged.
 * `onFailure` sees each request about to be refused, and may refuse it otherwise (a 429 for a
 * flood of them).
 */
export function requireBearer(
  app: FastifyInstance,
  verifier: TokenVerifier,
  onFailure: (request: FastifyRequest) => Promise<void> = () => Promise.resolve(),
): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    const token = match?.[1];
    if (token === undefined) {
      await onFailure(request);
      throw new ProblemError(401, 'Send Authorization: Bearer <token>.', undefined, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const caller = await verifier.verify(token);
    if (caller === null) {
      await onFailure(request);
      throw new ProblemError(401, 'The access token is invalid or expired.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    request.caller = caller;
  });
}

/** The caller of a guarded route. */
export function callerOf(request: FastifyRequest): Caller {
  if (request.caller === null) throw new Error('A seller route ran without authentication');
  return request.caller;
}
