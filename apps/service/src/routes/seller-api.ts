import {
  apiPaths,
  articleListSchema,
  defaultArticleLimit,
  defaultPageLimit,
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
  liveTicketChangeSchema,
} from '@seller-support/contract';
import * as z from 'zod/mini';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { MarketplaceAdapter } from '../adapters/marketplace';
import { callerOf, requireBearer } from '../auth/authenticate';
import type { TokenVerifier } from '../auth/verifier';
import { notFound } from '../http/problem';
import {
  idempotencyKeyOf,
  jsonBodyOf,
  optionalIdempotencyKeyOf,
  paramOf,
  sendJson,
  sendJsonWithEtag,
} from '../http/respond';
import { sendAttachment, uploadRoute } from '../http/upload';
import { parseQuery } from '../http/validation';
import type { AttachmentService } from '../services/attachments';
import type { SellerSupport } from '../services/seller-support';
import { searchArticles } from '../store/articles';
import type { Database } from '../store/schema';
import { liveRoute, type LiveOptions } from './live';

export interface SellerApiOptions {
  verifier: TokenVerifier;
  support: SellerSupport;
  attachments: AttachmentService;
  marketplace: MarketplaceAdapter;
  db: Kysely<Database>;
  /** Sees each request the bearer check refuses (the rate limit of refused tokens). */
  onAuthFailure?: (request: FastifyRequest) => Promise<void>;
  /** The live stream at `GET /events`; null: none (the route is a 404, clients poll). */
  live?: LiveOptions | null;
}

const route = toRoutePattern;

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
  requireBearer(app, options.verifier, 'seller', options.onAuthFailure);

  if (options.live)
    liveRoute(
      app,
      route(apiPaths.events),
      options.live,
      (request) => ({ kind: 'seller', sellerId: callerOf(request).sellerId }),
      (row) =>
        z.parse(liveTicketChangeSchema, {
          ticketId: row.ticketId,
          eventId: row.eventId,
          kind: row.kind,
          at: row.at,
        }),
    );

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

  await uploadRoute(
    app,
    route(apiPaths.attachments),
    () => support.policy.attachments.maxFileBytes,
    (request, key, file) => attachments.upload(callerOf(request), key, file),
  );

  app.get(route(apiPaths.attachment), async (request, reply) =>
    sendAttachment(reply, await attachments.open(callerOf(request), paramOf(request, 'id'))),
  );

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
