import { attachmentSchema, moderatorSchema, type Moderator } from '@seller-support/contract';
import {
  deskLiveTicketChangeSchema,
  deskTicketEventSchema,
  deskTicketSchema,
  queuePageSchema,
  queueQuerySchema,
} from '@seller-support/contract/desk';
import { HttpResponse, type HttpHandler } from 'msw';
import { readUploadedFile } from '../handlers/attachments';
import {
  idempotencyKey,
  optionalIdempotencyKey,
  param,
  parseQuery,
  readJson,
  respond,
  route,
  type EndpointRequest,
} from '../handlers/shared';
import { joinUrl } from '../endpoints';
import { defaultHeartbeatSeconds, liveData, liveStreamResponse } from '../live-stream';
import { ProblemError } from '../problem';
import type { Scenario } from '../scenario';
import type { MockStore } from '../store';
import { deskEndpointRoutes, type DeskEndpointName } from './endpoints';
import { deskModeratorOf } from './moderators';
import { deskStoreOf } from './store';

/** What the desk's handlers are built from: the seller's store and scenario, and the desk's base URL. */
export interface DeskHandlerContext {
  /** Where the desk's API lives: a path (any origin) or an absolute URL, e.g. `/api/desk/v1`. */
  baseUrl: string;
  store: MockStore;
  scenario: Scenario;
  /** The live stream's keep-alive period (`GET /events`); default `defaultHeartbeatSeconds`. */
  heartbeatSeconds?: number;
}

function moderatorOf(request: Request): Moderator | undefined {
  const token = /^Bearer\s+(\S+)/i.exec(request.headers.get('Authorization') ?? '')?.[1];
  return token === undefined ? undefined : deskModeratorOf(token);
}

/**
 * MSW handlers for every endpoint of the desk's contract, over the same store as the seller's
 * handlers (`deskStoreOf(store)`), obeying the same scenario (`scenario.failures.<name>` with the
 * desk's endpoint names). A request's bearer token must be a desk token (`deskTokens`); each
 * moderator has their own idempotency keys, read marks and `me` filter.
 */
export function createDeskHandlers(context: DeskHandlerContext): HttpHandler[] {
  const desk = deskStoreOf(context.store);
  const at = (
    name: DeskEndpointName,
    resolve: (request: EndpointRequest, moderator: Moderator) => Response | Promise<Response>,
  ) =>
    route(
      {
        scenario: context.scenario,
        name,
        method: deskEndpointRoutes[name].method,
        url: joinUrl(context.baseUrl, deskEndpointRoutes[name].path),
        authorize: moderatorOf,
        keyScope: (request) => `desk:${moderatorOf(request)?.id ?? ''}`,
      },
      resolve,
    );
  const created = (isNew: boolean) => ({ status: isNew ? 201 : 200 });
  return [
    at('getMe', (_request, moderator) => respond(moderatorSchema, moderator)),
    at('listQueue', ({ url }, moderator) =>
      respond(
        queuePageSchema,
        desk.queue(moderator, parseQuery(url, queueQuerySchema, ['status'], ['overdue'])),
      ),
    ),
    at('getDeskTicket', (request, moderator) =>
      respond(deskTicketSchema, desk.ticket(moderator, param(request, 'id'))),
    ),
    at('markDeskTicketRead', (request, moderator) => {
      desk.markRead(moderator, param(request, 'id'));
      return new HttpResponse(null, { status: 204 });
    }),
    // The ticket actions take a key if the client sends one, and are safe to repeat without.
    at('takeTicket', async (request, moderator) =>
      respond(
        deskTicketSchema,
        desk.take(
          moderator,
          param(request, 'id'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    at('resolveTicket', async (request, moderator) =>
      respond(
        deskTicketSchema,
        desk.resolve(
          moderator,
          param(request, 'id'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    at('closeTicket', async (request, moderator) =>
      respond(
        deskTicketSchema,
        desk.close(
          moderator,
          param(request, 'id'),
          await readJson(request.request),
          optionalIdempotencyKey(request.request),
        ),
      ),
    ),
    at('postDeskMessage', async (request, moderator) => {
      const key = idempotencyKey(request.request);
      const { created: isNew, value } = desk.postMessage(
        moderator,
        param(request, 'id'),
        await readJson(request.request),
        key,
      );
      return respond(deskTicketEventSchema, value, created(isNew));
    }),
    at('recordStep', async (request, moderator) => {
      const key = idempotencyKey(request.request);
      const { created: isNew, value } = desk.recordStep(
        moderator,
        param(request, 'id'),
        await readJson(request.request),
        key,
      );
      return respond(deskTicketEventSchema, value, created(isNew));
    }),
    at('involveThirdParty', async (request, moderator) => {
      const key = idempotencyKey(request.request);
      const { created: isNew, value } = desk.involveThirdParty(
        moderator,
        param(request, 'id'),
        await readJson(request.request),
        key,
      );
      return respond(deskTicketEventSchema, value, created(isNew));
    }),
    at('proposeOffer', async (request, moderator) => {
      const key = idempotencyKey(request.request);
      const { created: isNew, value } = desk.proposeOffer(
        moderator,
        param(request, 'id'),
        await readJson(request.request),
        key,
      );
      return respond(deskTicketEventSchema, value, created(isNew));
    }),
    at('addNote', async (request, moderator) => {
      const key = idempotencyKey(request.request);
      const { created: isNew, value } = desk.addNote(
        moderator,
        param(request, 'id'),
        await readJson(request.request),
        key,
      );
      return respond(deskTicketEventSchema, value, created(isNew));
    }),
    at('getDeskAttachment', (request, moderator) => {
      const { attachment, bytes } = desk.attachmentContent(moderator, param(request, 'id'));
      return new HttpResponse(bytes, {
        status: 200,
        headers: {
          'Content-Type': attachment.type,
          'Content-Length': String(bytes.length),
          'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
        },
      });
    }),
    at('uploadDeskAttachment', async ({ request }, moderator) => {
      const file = await readUploadedFile(request, context.store.dataset.policy.attachments.maxFileBytes);
      const { created: isNew, value } = desk.uploadAttachment(moderator, file, idempotencyKey(request));
      return respond(attachmentSchema, value, created(isNew));
    }),
    // Every ticket's changes, internal notes included, each saying who may see it.
    at('streamDeskEvents', ({ request, url }) => {
      if (!context.scenario.offers('liveEvents'))
        throw new ProblemError(404, `No endpoint GET ${url.pathname}.`);
      return liveStreamResponse(request, {
        log: context.store.live,
        scope: 'desk',
        heartbeatSeconds: context.heartbeatSeconds ?? defaultHeartbeatSeconds,
        ticketData: ({ ticketId, eventId, kind, at, visibility }) =>
          liveData(
            deskLiveTicketChangeSchema,
            { ticketId, eventId, kind, at, visibility },
            'DeskLiveTicketChange',
          ),
      });
    }),
  ];
}
