import { attachmentSchema, moderatorSchema, toRoutePattern } from '@seller-support/contract';
import {
  deskApiPaths,
  deskTicketEventSchema,
  deskTicketSchema,
  queuePageSchema,
  queueQuerySchema,
  type DeskTicketEvent,
} from '@seller-support/contract/desk';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { moderatorOf, requireBearer } from '../auth/authenticate';
import type { TokenVerifier } from '../auth/verifier';
import { ProblemError } from '../http/problem';
import { idempotencyKeyOf, jsonBodyOf, optionalIdempotencyKeyOf, paramOf, sendJson } from '../http/respond';
import { parseQuery } from '../http/validation';
import { tooLarge, type AttachmentService } from '../services/attachments';
import type { Created } from '../services/seller-support';
import type { ModeratorActions } from '../services/moderator-actions';
import { deskPrincipal } from '../store/idempotency';

export interface DeskApiOptions {
  verifier: TokenVerifier;
  moderator: ModeratorActions;
  attachments: AttachmentService;
}

const route = toRoutePattern;
// The multipart framing around one file part: headers, boundaries, a long file name.
const multipartAllowance = 16 * 1024;

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
  requireBearer(app, options.verifier, 'moderator');

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

  await app.register((uploads, _options, done) => {
    // As on the seller API: any body reaches the handler, so one that is not multipart is a 400.
    uploads.addContentTypeParser('*', (_request, _payload, done) => {
      done(null);
    });
    uploads.post(route(deskApiPaths.attachments), async (request, reply) => {
      const { moderator } = moderatorOf(request);
      const maxFileBytes = attachments.maxFileBytes;
      const declared = Number(request.headers['content-length'] ?? Number.NaN);
      if (declared > maxFileBytes + multipartAllowance) {
        reply.header('Connection', 'close');
        throw tooLarge(maxFileBytes);
      }
      const key = idempotencyKeyOf(request);
      if (!request.isMultipart())
        throw new ProblemError(400, 'Send multipart/form-data with one part named "file".');
      const part = await request.file({
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
      // A moderator's files are theirs: kept under their desk principal, never a seller's.
      const { status, value } = await attachments.upload({ sellerId: deskPrincipal(moderator.id) }, key, {
        filename: part.filename,
        content: part.file,
      });
      return sendJson(reply, attachmentSchema, value, status);
    });
    done();
  });

  app.get(route(deskApiPaths.attachment), async (request, reply) => {
    const { moderator } = moderatorOf(request);
    const { attachment, size, stream } = await attachments.openForDesk(
      deskPrincipal(moderator.id),
      paramOf(request, 'id'),
    );
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
}
