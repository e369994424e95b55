import { moderatorSchema, toRoutePattern } from '@seller-support/contract';
import {
  deskApiPaths,
  deskLiveTicketChangeSchema,
  deskTicketEventSchema,
  deskTicketSchema,
  queuePageSchema,
  queueQuerySchema,
  type DeskTicketEvent,
} from '@seller-support/contract/desk';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { moderatorOf, requireBearer } from '../auth/authenticate';
import type { TokenVerifier } from '../auth/verifier';
import { idempotencyKeyOf, jsonBodyOf, optionalIdempotencyKeyOf, paramOf, sendJson } from '../http/respond';
import { parseQuery } from '../http/validation';
import type { AttachmentService } from '../services/attachments';
import { sendAttachment, uploadRoute } from '../http/upload';
import type { Created } from '../services/seller-support';
import type { ModeratorActions } from '../services/moderator-actions';
import { deskPrincipal } from '../store/idempotency';
import * as z from 'zod/mini';
import { liveRoute, type LiveOptions } from './live';

export interface DeskApiOptions {
  verifier: TokenVerifier;
  moderator: ModeratorActions;
  attachments: AttachmentService;
  /** Sees each request refused for its token (the rate limits count them per address). */
  onAuthFailure?: (request: FastifyRequest) => Promise<void>;
  /** The live stream at `GET /events`; null: none (the route is a 404, the desk polls). */
  live?: LiveOptions | null;
}

const route = toRoutePattern;

function search(request: FastifyRequest): URLSearchParams {
  const query = request.url.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : request.url.slice(query + 1));
}

/**
 * The moderator's desk (mounted under `/api/desk/v1`): moderators' tokens only, every body parsed
 * strictly with the desk's schemas and every answer held to them, like the seller API's routes.
 */
export async function deskApi(app: FastifyInstance, options: DeskApiOptions): Promise<void> {
  const { moderator: actions, attachments } = options;
  requireBearer(app, options.verifier, 'moderator', options.onAuthFailure);

  if (options.live)
    liveRoute(
      app,
      route(deskApiPaths.events),
      options.live,
      () => ({ kind: 'desk' }),
      (row) =>
        z.parse(deskLiveTicketChangeSchema, {
          ticketId: row.ticketId,
          eventId: row.eventId,
          kind: row.kind,
          at: row.at,
          visibility: row.internal ? 'internal' : 'seller',
        }),
    );

  app.get(route(deskApiPaths.me), async (request, reply) =>
    sendJson(reply, moderatorSchema, moderatorOf(request).moderator),
  );

  app.get(route(deskApiPaths.queue), async (request, reply) => {
    const query = parseQuery(search(request), queueQuerySchema, ['status'], ['overdue']);
    return sendJson(reply, queuePageSchema, await actions.queue(moderatorOf(request), query));
  });

  app.get(route(deskApiPaths.ticket), async (request, reply) =>
    sendJson(reply, deskTicketSchema, await actions.getTicket(moderatorOf(request), paramOf(request, 'id'))),
  );

  app.post(route(deskApiPaths.ticketRead), async (request, reply) => {
    await actions.markRead(moderatorOf(request), paramOf(request, 'id'));
    return reply.code(204).send();
  });

  // The ticket actions: safe to repeat, a key optional.
  const action = (path: string, run: (request: FastifyRequest) => ReturnType<ModeratorActions['take']>) => {
    app.post(route(path), async (request, reply) => sendJson(reply, deskTicketSchema, await run(request)));
  };
  action(deskApiPaths.ticketTake, (request) =>
    actions.take(
      moderatorOf(request),
      paramOf(request, 'id'),
      jsonBodyOf(request),
      optionalIdempotencyKeyOf(request),
    ),
  );
  action(deskApiPaths.ticketResolve, (request) =>
    actions.resolve(
      moderatorOf(request),
      paramOf(request, 'id'),
      jsonBodyOf(request),
      optionalIdempotencyKeyOf(request),
    ),
  );
  action(deskApiPaths.ticketClose, (request) =>
    actions.close(
      moderatorOf(request),
      paramOf(request, 'id'),
      jsonBodyOf(request),
      optionalIdempotencyKeyOf(request),
    ),
  );

  // The creating ones: a key required, 201 first and 200 on a replay.
  const creating = (
    path: string,
    run: (request: FastifyRequest, key: string) => Promise<Created<DeskTicketEvent>>,
  ) => {
    app.post(route(path), async (request, reply: FastifyReply) => {
      const { status, value } = await run(request, idempotencyKeyOf(request));
      return sendJson(reply, deskTicketEventSchema, value, status);
    });
  };
  creating(deskApiPaths.ticketMessages, (request, key) =>
    actions.postMessage(moderatorOf(request), paramOf(request, 'id'), jsonBodyOf(request), key),
  );
  creating(deskApiPaths.ticketSteps, (request, key) =>
    actions.recordStep(moderatorOf(request), paramOf(request, 'id'), jsonBodyOf(request), key),
  );
  creating(deskApiPaths.ticketThirdParty, (request, key) =>
    actions.involveThirdParty(moderatorOf(request), paramOf(request, 'id'), jsonBodyOf(request), key),
  );
  creating(deskApiPaths.ticketOffers, (request, key) =>
    actions.proposeOffer(moderatorOf(request), paramOf(request, 'id'), jsonBodyOf(request), key),
  );
  creating(deskApiPaths.ticketNotes, (request, key) =>
    actions.addNote(moderatorOf(request), paramOf(request, 'id'), jsonBodyOf(request), key),
  );

  // A moderator's files are theirs: kept under their desk principal, never a seller's.
  await uploadRoute(
    app,
    route(deskApiPaths.attachments),
    () => attachments.maxFileBytes,
    (request, key, file) =>
      attachments.upload({ sellerId: deskPrincipal(moderatorOf(request).moderator.id) }, key, file),
  );

  app.get(route(deskApiPaths.attachment), async (request, reply) =>
    sendAttachment(
      reply,
      await attachments.openForDesk(deskPrincipal(moderatorOf(request).moderator.id), paramOf(request, 'id')),
    ),
  );
}
