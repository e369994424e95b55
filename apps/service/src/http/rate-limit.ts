import { apiPaths, toRoutePattern } from '@seller-support/contract';
import rateLimit, {
  normalizeIP,
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock';
import type { RateLimitConfig } from '../config';
import { ProblemError } from './problem';

/** The seller API's operations that change something: a tighter budget than reads. */
const writePaths = [
  apiPaths.tickets,
  apiPaths.ticketMessages,
  apiPaths.attachments,
  apiPaths.offerDecision,
  apiPaths.ticketReopen,
  apiPaths.ticketRating,
];

// More keys than this in one window (sellers and addresses) and the oldest windows are forgotten
// early, so a flood from many addresses cannot grow the process without bound.
const maxKeys = 100_000;

interface Window {
  count: number;
  startedMs: number;
}

/**
 * Fixed windows per key in the process, on the service's clock (the plugin's own store reads
 * `Date.now()`, which tests could only move by faking time for everything in the process).
 * One store per budget: the plugin makes a child for each limiter.
 */
export function inProcessStore(clock: Clock): FastifyRateLimitStoreCtor {
  return class InProcessStore implements FastifyRateLimitStore {
    // Insertion order is the order windows started in (a new window is re-inserted), so the
    // expired ones are always at the front.
    readonly #windows = new Map<string, Window>();

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = clock().getTime();
      let window = this.#windows.get(key);
      // A clock set back (NTP) starts a new window rather than stretching the old one.
      if (window === undefined || window.startedMs + timeWindow <= now || window.startedMs > now) {
        this.#forgetExpired(now, timeWindow);
        window = { count: 0, startedMs: now };
        this.#windows.delete(key);
        this.#windows.set(key, window);
      }
      window.count += 1;
      callback(null, { current: window.count, ttl: window.startedMs + timeWindow - now });
    }

    child(): FastifyRateLimitStore {
      return new InProcessStore();
    }

    #forgetExpired(now: number, timeWindow: number): void {
      for (const [key, window] of this.#windows) {
        if (window.startedMs + timeWindow > now && this.#windows.size < maxKeys) break;
        this.#windows.delete(key);
      }
    }
  };
}

/** A 429 in the contract's shape, with the wait in whole seconds (at least one). */
export function tooManyRequests(ttlMs: number, what: string): ProblemError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new ProblemError(429, `Too many ${what}; retry after ${seconds} seconds.`, undefined, {
    'Retry-After': String(seconds),
  });
}

export interface RateLimits {
  /** For the bearer check: counts a refused request against its address; throws a 429 once over the budget. */
  onAuthFailure: (request: FastifyRequest) => Promise<void>;
}

/**
 * Per-caller budgets for the seller API and the desk's API under their base paths (health and
 * anything else outside them are never limited); a moderator has the same budgets as a seller,
 * keyed by the moderator, every desk POST but a read mark counting as a write. The seller's budget is keyed by the seller the token names, so sellers behind
 * one address do not share it; it is checked after the bearer check (a route-level hook, which
 * Fastify runs after the scope's own) and before the body is read. A refused token is counted
 * against the client's address instead. Register before the routes.
 */
export async function installRateLimits(
  app: FastifyInstance,
  config: RateLimitConfig,
  clock: Clock,
  basePaths: { seller: string; desk: string },
): Promise<RateLimits> {
  const { readsPerSeller, writesPerSeller, authFailuresPerAddress } = config;
  const unlimited: RateLimits = { onAuthFailure: () => Promise.resolve() };
  if (readsPerSeller === null && writesPerSeller === null && authFailuresPerAddress === null)
    return unlimited;

  const writes = new Set(writePaths.map((pattern) => `${basePaths.seller}${toRoutePattern(pattern)}`));
  const underDesk = (url: string) => url.startsWith(`${basePaths.desk}/`);
  const limited = (url: string) => url.startsWith(`${basePaths.seller}/`) || underDesk(url);
  const isWrite = (request: FastifyRequest) => {
    const url = request.routeOptions.url ?? '';
    return request.method === 'POST' && (writes.has(url) || (underDesk(url) && !url.endsWith('/read')));
  };
  const budgetOf = (request: FastifyRequest) => (isWrite(request) ? writesPerSeller : readsPerSeller);
  const whoCalls = ({ caller }: FastifyRequest): string | null => {
    // Outside the guarded scopes (health, an unknown path) a request has no `caller` at all: the
    // decorator is theirs.
    if (!caller) return null;
    return 'sellerId' in caller ? caller.sellerId : `moderator:${caller.moderator.id}`;
  };
  // IPv6 by its /64, as the plugin does: one host usually has the whole prefix.
  const address = (request: FastifyRequest) => normalizeIP(request.ip);

  await app.register(rateLimit, {
    global: readsPerSeller !== null || writesPerSeller !== null,
    store: inProcessStore(clock),
    timeWindow: config.windowSeconds * 1000,
    hook: 'onRequest',
    keyGenerator: (request) =>
      `${isWrite(request) ? 'write' : 'read'}:${whoCalls(request) ?? `address:${address(request)}`}`,
    allowList: (request) => !limited(request.routeOptions.url ?? '') || budgetOf(request) === null,
    // A budget of null never gets here: the allow list lets those requests through uncounted.
    max: (request) => budgetOf(request) ?? Number.POSITIVE_INFINITY,
    // The answer is the contract's problem with Retry-After (RFC 9110). The plugin's RateLimit-*
    // headers are those of an IETF draft (up to its 06) whose later drafts define other fields.
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': false,
    },
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    errorResponseBuilder: (request, context) =>
      tooManyRequests(context.ttl, isWrite(request) ? 'changes' : 'requests'),
  });

  if (authFailuresPerAddress === null) return unlimited;
  const failures = app.createRateLimit({
    max: authFailuresPerAddress,
    timeWindow: config.windowSeconds * 1000,
    keyGenerator: (request) => `refused:${address(request)}`,
  });
  return {
    async onAuthFailure(request) {
      const state = await failures(request);
      if (!state.isAllowed && state.isExceeded)
        throw tooManyRequests(state.ttl, 'requests with a missing or refused token');
    },
  };
}
