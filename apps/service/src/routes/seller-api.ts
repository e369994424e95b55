import {
  apiPaths,
  articleListSchema,
  defaultArticleLimit,
  defaultPageLimit,
  attachmentSchema,
  facilityPageSchema,
  listArticlesQuerySchema,
  listFacilitiesQuerySchema,
  listOrdersQuerySchema,
  listTicketsQuerySchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  sellerContextSchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketEventsQuerySchema,
  ticketPageSchema,
  ticketSchema,
  toRoutePattern,
} from '@seller-support/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { MarketplaceAdapter } from '../adapters/marketplace';
import { callerOf, requireBearer } from '../auth/authenticate';
import type { TokenVerifier } from '../auth/verifier';
import { notFound, ProblemError } from '../http/problem';
import {
  idempotencyKeyOf,
  jsonBodyOf,
  optionalIdempotencyKeyOf,
  paramOf,
  sendJson,
  sendJsonWithEtag,
} from '../http/respond';
import { parseQuery } from '../http/validation';
import { tooLarge, type AttachmentService } from '../services/attachments';
import type { SellerSupport } from '../services/seller-support';
import { searchArticles } from '../store/articles';
import type { Database } from '../store/schema';

export interface SellerApiOptions {
  verifier: TokenVerifier;
  support: SellerSupport;
  attachments: AttachmentService;
  marketplace: MarketplaceAdapter;
  db: Kysely<Database>;
  /** Sees each request the bearer check refuses (the rate limit of refused tokens). */
  onAuthFailure?: (request: FastifyRequest) => Promise<void>;
}

const route = toRoutePattern;
// The multipart framing around one file part: headers, boundaries, a long file name.
const multipartAllowance = 16 * 1024;

function search(request: FastifyRequest): URLSearchParams {
  const query = request.url.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : request.url.slice(query + 1));
}

/**
 * The seller API of the contract (mounted under `/api/seller-support/v1`): each route reads its
 * input, calls the service and answers through the contract's schema.
 */
export async function sellerApi(app: FastifyInstance, options: SellerApiOptions): Promise<void> {
  const { support, attachments, marketplace, db } = options;
  requireBearer(app, options.verifier, options.onAuthFailure);

  app.get(route(apiPaths.context), async (request, reply) =>
    sendJson(reply, sellerContextSchema, await support.context(callerOf(request))),
  );

  app.get(route(apiPaths.orders), async (request, reply) => {
    const query = parseQuery(search(request), listOrdersQuerySchema, ['status']);
    const page = await marketplace.listOrders(callerOf(request).sellerId, {
      query: query.query,
      statuses: query.status,
      from: query.from,
      to: query.to,
      cursor: query.cursor,
      limit: query.limit ?? defaultPageLimit,
    });
    return sendJson(reply, orderPageSchema, page);
  });

  app.get(route(apiPaths.order), async (request, reply) => {
    const id = paramOf(request, 'id');
    const order = (await marketplace.findOrders(callerOf(request).sellerId, [id])).get(id);
    if (order === undefined) throw notFound(`order ${id}`);
    return sendJson(reply, orderSchema, order);
  });

  app.get(route(apiPaths.facilities), async (request, reply) => {
    const query = parseQuery(search(request), listFacilitiesQuerySchema);
    const page = await marketplace.listFacilities({
      type: query.type,
      query: query.query,
      cursor: query.cursor,
      limit: query.limit ?? defaultPageLimit,
    });
    return sendJson(reply, facilityPageSchema, page);
  });

  app.get(route(apiPaths.policy), async (_request, reply) => sendJson(reply, policySchema, support.policy));

  app.get(route(apiPaths.articles), async (request, reply) => {
    const query = parseQuery(search(request), listArticlesQuerySchema);
    const items = await searchArticles(db, {
      topic: query.topic,
      query: query.query,
      limit: query.limit ?? defaultArticleLimit,
    });
    return sendJson(reply, articleListSchema, { items });
  });

  await app.register((uploads, _options, done) => {
    // Any body reaches the handler untouched, so a request that is not multipart gets the
    // contract's 400 rather than the framework's 415 (which means "attachment type refused").
    uploads.addContentTypeParser('*', (_request, _payload, done) => {
      done(null);
    });
    uploads.post(route(apiPaths.attachments), async (request, reply) => {
      const caller = callerOf(request);
      const { maxFileBytes } = support.policy.attachments;
      const declared = Number(request.headers['content-length'] ?? Number.NaN);
      if (declared > maxFileBytes + multipartAllowance) {
        // Refused by its length before a byte of it is read; the connection is not kept for the rest.
        reply.header('Connection', 'close');
        throw tooLarge(maxFileBytes);
      }
      const key = idempotencyKeyOf(request);
      if (!request.isMultipart())
        throw new ProblemError(400, 'Send multipart/form-data with one part named "file".');
      const part = await request.file({
        // One more byte than allowed: a file cut off there is too large, one that fits ends before it.
        limits: {
          fileSize: maxFileBytes + 1,
          files: 1,
          fields: 8,
          parts: 9,
          fieldSize: 1024,
          headerPairs: 64,
        },
        throwFileSizeLimit: false,
      });
      if (part === undefined || part.fieldname !== 'file') {
        part?.file.resume();
        throw new ProblemError(422, 'The upload has no file.', [
          { path: 'file', message: 'a file part is required', code: 'required' },
        ]);
      }
      const { status, value } = await attachments.upload(caller, key, {
        filename: part.filename,
        content: part.file,
      });
      return sendJson(reply, attachmentSchema, value, status);
    });
    done();
  });

  app.get(route(apiPaths.attachment), async (request, reply) => {
    const { attachment, size, stream } = await attachments.open(callerOf(request), paramOf(request, 'id'));
    return reply
      .code(200)
      .headers({
        'Content-Type': attachment.type,
        'Content-Length': String(size),
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-cache',
      })
      .send(stream);
  });

  app.post(route(apiPaths.tickets), async (request, reply) => {
    const body = jsonBodyOf(request);
    const { status, value } = await support.createTicket(callerOf(request), body, idempotencyKeyOf(request));
    return sendJson(reply, ticketSchema, value, status);
  });

  app.get(route(apiPaths.tickets), async (request, reply) => {
    const query = parseQuery(search(request), listTicketsQuerySchema, ['status', 'topic'], ['unread']);
    return sendJson(reply, ticketPageSchema, await support.listTickets(callerOf(request), query));
  });

  app.get(route(apiPaths.ticket), async (request, reply) =>
    sendJsonWithEtag(
      request,
      reply,
      ticketSchema,
      await support.getTicket(callerOf(request), paramOf(request, 'id')),
    ),
  );

  app.get(route(apiPaths.ticketEvents), async (request, reply) => {
    const { after } = parseQuery(search(request), ticketEventsQuerySchema);
    const changes = await support.ticketChanges(callerOf(request), paramOf(request, 'id'), after);
    return sendJson(reply, ticketChangesSchema, changes);
  });

  app.post(route(apiPaths.ticketMessages), async (request, reply) => {
    const body = jsonBodyOf(request);
    const { status, value } = await support.postMessage(
      callerOf(request),
      paramOf(request, 'id'),
      body,
      idempotencyKeyOf(request),
    );
    return sendJson(reply, ticketEventSchema, value, status);
  });

  app.post(route(apiPaths.offerDecision), async (request, reply) => {
    const body = jsonBodyOf(request);
    const ticket = await support.decideOffer(
      callerOf(request),
      paramOf(request, 'id'),
      paramOf(request, 'offerId'),
      body,
      optionalIdempotencyKeyOf(request),
    );
    return sendJson(reply, ticketSchema, ticket);
  });

  app.post(route(apiPaths.ticketReopen), async (request, reply) =>
    sendJson(
      reply,
      ticketSchema,
      await support.reopenTicket(
        callerOf(request),
        paramOf(request, 'id'),
        jsonBodyOf(request),
        optionalIdempotencyKeyOf(request),
      ),
    ),
  );

  app.post(route(apiPaths.ticketRating), async (request, reply) =>
    sendJson(
      reply,
      ticketSchema,
      await support.rateTicket(
        callerOf(request),
        paramOf(request, 'id'),
        jsonBodyOf(request),
        optionalIdempotencyKeyOf(request),
      ),
    ),
  );

  app.post(route(apiPaths.ticketRead), async (request, reply) => {
    await support.markRead(callerOf(request), paramOf(request, 'id'));
    return reply.code(204).send();
  });
}
