import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Clock } from './clock';
import type { RateLimitConfig } from './config';
import { installErrorHandling } from './http/errors';
import { makeProblem } from './http/problem';
import { installRateLimits } from './http/rate-limit';
import { sendProblem } from './http/respond';
import { deskApi } from './routes/desk-api';
import { sellerApi, type SellerApiOptions } from './routes/seller-api';
import type { ModeratorActions } from './services/moderator-actions';

export interface AppOptions extends SellerApiOptions {
  /** Where the seller API is mounted. */
  basePath: string;
  /** Where the desk's API is mounted, and what it runs on. */
  desk: { basePath: string; moderator: ModeratorActions };
  bodyLimitBytes: number;
  corsOrigins: readonly string[];
  logger: FastifyServerOptions['logger'];
  /** Whether the database and the attachment storage answer (for /readyz). */
  ready: () => Promise<boolean>;
  rateLimit: RateLimitConfig;
  /** The rate limits' windows run on it. */
  clock: Clock;
}

/**
 * One JSON line per request, when it is answered: method, route pattern, status, time. Not the
 * URL (its query is what a seller searched for), not a header (the token), not the body.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // The line is written when the answer is known.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) request.log.error({ ...line, err: error }, 'request');
    else request.log.info(line, 'request');
  }
}

/**
 * The HTTP side of the service: one plugin per concern (CORS, multipart, errors, rate limits,
 * health, the seller API, the desk's API), every dependency passed in, so tests build it over any
 * database and adapters.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new OneLinePerRequest(),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: options.bodyLimitBytes,
    // Ids are up to 128 characters, percent-encoded up to three times that.
    routerOptions: { maxParamLength: 400 },
    // An upload of the largest file over a slow link takes a while; nothing else should.
    requestTimeout: 180_000,
    connectionTimeout: 185_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
  });

  installErrorHandling(app, options.bodyLimitBytes);
  if (options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...options.corsOrigins],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID'],
      exposedHeaders: ['Retry-After', 'WWW-Authenticate', 'Content-Disposition'],
      maxAge: 600,
    });
  }
  await app.register(multipart);
  const limits = await installRateLimits(app, options.rateLimit, options.clock, {
    seller: options.basePath,
    desk: options.desk.basePath,
  });

  let closing = false;
  // Before the server stops taking requests, so the load balancer hears "not ready" while in-flight ones finish.
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.get('/healthz', async (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) =>
    !closing && (await options.ready())
      ? reply.send({ status: 'ready' })
      : sendProblem(
          reply,
          makeProblem(
            503,
            'The service is not ready (starting, stopping, or without its database or attachment storage).',
          ),
        ),
  );

  await app.register(sellerApi, {
    ...options,
    onAuthFailure: limits.onAuthFailure,
    prefix: options.basePath,
  });
  await app.register(deskApi, {
    verifier: options.verifier,
    moderator: options.desk.moderator,
    attachments: options.attachments,
    onAuthFailure: limits.onAuthFailure,
    live: options.live ?? null,
    prefix: options.desk.basePath,
  });
  return app;
}
