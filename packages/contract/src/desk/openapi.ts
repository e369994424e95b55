import {
  buildDocument,
  Examples,
  jsonBody,
  liveStreamOperation,
  ok,
  pageDescription,
  pathParameter,
  queryParameters,
  repeatable,
  responses,
  type OpenApiDocument,
} from '../openapi';
import { attachmentSchema } from '../schemas/attachments';
import { defaultPageLimit, maxPageLimit } from '../schemas/request-limits';
import { moderatorSchema } from '../schemas/tickets';
import { attachmentExample, moderatorExample, problemExamples } from '../testing/examples';
import {
  closeBodyExample,
  deskMessageBodyExample,
  deskMessageEventExample,
  deskNoteEventExample,
  deskOfferEventExample,
  deskStepEventExample,
  deskThirdPartyEventExample,
  deskTicketExample,
  noteBodyExample,
  proposeOfferBodyExamples,
  queuePageExample,
  resolveBodyExample,
  stepBodyExample,
  takeTicketBodyExample,
  thirdPartyBodyExample,
} from './examples';
import { deskApiBasePath, deskApiPaths } from './paths';
import {
  closeBodySchema,
  deskMessageBodySchema,
  deskLiveTicketChangeSchema,
  deskTicketEventSchema,
  deskTicketSchema,
  noteBodySchema,
  proposeOfferBodySchema,
  queuePageSchema,
  queueQuerySchema,
  resolveBodySchema,
  stepBodySchema,
  takeTicketBodySchema,
  thirdPartyBodySchema,
} from './schemas';

const description = `What the support service implements for the moderator's desk, beside the seller's API \
(whose conventions it shares: ISO 8601 timestamps with an offset, money as a decimal string with an ISO 4217 \
code, RFC 9457 problem details, responses read tolerantly and requests strictly). The desk acts on the same \
tickets: every event the desk records with \`visibility: seller\` is what the seller's \`GET /tickets/{id}\` \
shows, and a note (\`visibility: internal\`) never leaves this API.

## Authentication

Every call carries \`Authorization: Bearer <token>\`, a moderator's token. A missing or expired token is a 401 \
with \`WWW-Authenticate: Bearer\`.

## The queue

\`GET /queue\` lists the open tickets (neither \`resolved\` nor \`closed\`, unless \`status\` says otherwise), the \
first answer due soonest first (\`firstResponseDueAt\` ascending); the tickets already answered, whose due time \
is null, follow by \`updatedAt\` descending; ties by \`id\`. \`limit\` defaults to ${defaultPageLimit} and is at \
most ${maxPageLimit}; \`nextCursor\` fetches the next page, null on the last.

## Idempotency

Every \`POST\` takes an \`Idempotency-Key\` with the seller API's rules; the scope of a key is the moderator \
(the token) and the operation. The creating ones (\`/attachments\`, messages, steps, third parties, offers, \
notes) answer 201 first and 200 with the same event on a replay; the ticket actions (take, resolve, close) are \
safe to repeat without a key.`;

const conflictExample = {
  ...problemExamples['409'],
  detail: 'Модератор Олег ведёт это обращение.',
};

function paths(): OpenApiDocument['paths'] {
  const ticketId = pathParameter('id', 'Ticket id.');
  const idempotencyKey = { $ref: '#/components/parameters/IdempotencyKey' };
  const optionalIdempotencyKey = { $ref: '#/components/parameters/OptionalIdempotencyKey' };
  const replayed = (what: string) => `An idempotent replay: the ${what} created earlier with this key.`;
  const creating = (
    operationId: string,
    summary: string,
    text: string,
    body: ReturnType<typeof jsonBody>,
    event: unknown,
  ) => ({
    post: {
      operationId,
      summary,
      description: text,
      tags: ['Tickets'],
      parameters: [ticketId, idempotencyKey],
      requestBody: body,
      responses: responses(
        {
          '201': ok('The new event.', deskTicketEventSchema, event),
          '200': ok(replayed('event'), deskTicketEventSchema, event),
        },
        '400',
        '404',
        '409',
        '422',
      ),
    },
  });
  return {
    [deskApiPaths.me]: {
      get: {
        operationId: 'getMe',
        summary: 'The moderator the token belongs to',
        tags: ['Moderator'],
        responses: responses({ '200': ok('The moderator.', moderatorSchema, moderatorExample) }),
      },
    },
    [deskApiPaths.queue]: {
      get: {
        operationId: 'listQueue',
        summary: 'The queue of open tickets',
        description:
          '`counts` are over the open tickets whatever the filters; `overdue` and `unread` are as of the answer. ' +
          pageDescription(
            '`firstResponseDueAt` ascending, then the answered ones (due null) by `updatedAt` descending, then `id`.',
          ),
        tags: ['Queue'],
        parameters: queryParameters(queueQuerySchema, {
          assignee: '`me`: held by this moderator; `unassigned`: held by nobody; `any` (the default): all.',
          status: 'Any of these statuses; repeat the parameter for each. Without it, the open ones.',
          topic: 'Only tickets of this topic.',
          q: 'The request number, the seller’s id or legal name, or an order id.',
          overdue:
            '`true`: only tickets whose first answer is overdue; `false` is the same as leaving it out.',
        }),
        responses: responses({ '200': ok('A page of the queue.', queuePageSchema, queuePageExample) }, '422'),
      },
    },
    [deskApiPaths.ticket]: {
      get: {
        operationId: 'getDeskTicket',
        summary: 'One ticket with the seller’s request, its context snapshot and every event',
        description: 'Events oldest first, internal notes included; `offers` as they stand now.',
        tags: ['Tickets'],
        parameters: [ticketId],
        responses: responses({ '200': ok('The ticket.', deskTicketSchema, deskTicketExample) }, '404'),
      },
    },
    [deskApiPaths.ticketRead]: {
      post: {
        operationId: 'markDeskTicketRead',
        summary: 'This moderator has read the ticket',
        description: 'The ticket’s `unread` becomes 0 for this moderator. Repeating it changes nothing.',
        tags: ['Tickets'],
        parameters: [ticketId],
        responses: responses({ '204': { description: 'Marked read.' } }, '404'),
      },
    },
    [deskApiPaths.ticketTake]: {
      post: {
        operationId: 'takeTicket',
        summary: 'Take the ticket under control',
        description:
          'The assignee becomes this moderator, with an `assigned` event; a `new` ticket becomes `in_progress`. ' +
          'Taking one this moderator holds already answers 200 with no new event; one another moderator holds ' +
          'is a 409 unless `force` is true. ' +
          repeatable('the take', 'a take of a ticket another moderator holds, without `force`,'),
        tags: ['Tickets'],
        parameters: [ticketId, optionalIdempotencyKey],
        requestBody: jsonBody(takeTicketBodySchema, takeTicketBodyExample),
        responses: responses(
          { '200': ok('The ticket, taken.', deskTicketSchema, deskTicketExample) },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [deskApiPaths.ticketMessages]: creating(
      'postDeskMessage',
      'Reply to the seller',
      'The seller sees a `message` whose author is `moderator`. With `awaitSeller: true` the message asks ' +
        'the seller something and the ticket becomes `waiting_seller` (the seller’s reply makes it ' +
        '`in_progress` again). 409 when the ticket is closed.',
      jsonBody(deskMessageBodySchema, deskMessageBodyExample),
      deskMessageEventExample,
    ),
    [deskApiPaths.ticketSteps]: creating(
      'recordStep',
      'Record a step',
      'A `step` event the seller sees. 409 when the ticket is resolved or closed.',
      jsonBody(stepBodySchema, stepBodyExample),
      deskStepEventExample,
    ),
    [deskApiPaths.ticketThirdParty]: creating(
      'involveThirdParty',
      'Involve a carrier, a warehouse, a service centre or another party',
      'A `third_party` event; the ticket becomes `waiting_third_party`. 409 when it is resolved or closed.',
      jsonBody(thirdPartyBodySchema, thirdPartyBodyExample),
      deskThirdPartyEventExample,
    ),
    [deskApiPaths.ticketOffers]: creating(
      'proposeOffer',
      'Propose a discount, a compensation or an alternative',
      'An `offer` event with a `pending` offer; the ticket becomes `offer_proposed`. `amount` is money for a ' +
        'discount or a compensation and null for an alternative. 409 while another offer is pending, or when ' +
        'the ticket is resolved or closed.',
      jsonBody(
        proposeOfferBodySchema,
        new Examples(
          Object.fromEntries(
            Object.entries(proposeOfferBodyExamples).map(([kind, value]) => [
              kind,
              { summary: `An offer of the kind \`${kind}\``, value },
            ]),
          ),
        ),
      ),
      deskOfferEventExample,
    ),
    [deskApiPaths.ticketResolve]: {
      post: {
        operationId: 'resolveTicket',
        summary: 'Resolve the ticket',
        description:
          'A `resolved` event; the seller may then rate it or reopen it. ' +
          repeatable('the resolve (the same `note`)', 'resolving a closed ticket'),
        tags: ['Tickets'],
        parameters: [ticketId, optionalIdempotencyKey],
        requestBody: jsonBody(resolveBodySchema, resolveBodyExample),
        responses: responses(
          {
            '200': ok('The resolved ticket.', deskTicketSchema, { ...deskTicketExample, status: 'resolved' }),
          },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [deskApiPaths.ticketClose]: {
      post: {
        operationId: 'closeTicket',
        summary: 'Close the ticket',
        description: `A \`closed\` event; the seller can no longer reply or reopen. ${repeatable('the close', 'nothing else')}`,
        tags: ['Tickets'],
        parameters: [ticketId, optionalIdempotencyKey],
        requestBody: jsonBody(closeBodySchema, closeBodyExample),
        responses: responses(
          { '200': ok('The closed ticket.', deskTicketSchema, { ...deskTicketExample, status: 'closed' }) },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [deskApiPaths.ticketNotes]: creating(
      'addNote',
      'Add an internal note',
      'A `note` event with `visibility: internal`: the seller’s API never returns it.',
      jsonBody(noteBodySchema, noteBodyExample),
      deskNoteEventExample,
    ),
    [deskApiPaths.attachments]: {
      post: {
        operationId: 'uploadDeskAttachment',
        summary: 'Upload an attachment for a reply',
        description:
          'The same limits and checks as the seller’s upload. The returned id goes into `attachmentIds` of a message.',
        tags: ['Attachments'],
        parameters: [idempotencyKey],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
                required: ['file'],
              },
              example: { file: '(the bytes of photo.png)' },
            },
          },
        },
        responses: responses(
          {
            '201': ok('The stored attachment.', attachmentSchema, attachmentExample),
            '200': ok(replayed('attachment'), attachmentSchema, attachmentExample),
          },
          '400',
          '409',
          '413',
          '415',
          '422',
        ),
      },
    },
    [deskApiPaths.events]: {
      get: liveStreamOperation(
        'getDeskLiveEvents',
        deskLiveTicketChangeSchema,
        {
          ticketId: 'T-000123',
          eventId: 'e-9',
          kind: 'note',
          at: '2026-03-14T10:25:00.000Z',
          visibility: 'internal',
        },
        'any ticket (an internal note included, with its `visibility`)',
      ),
    },
    [deskApiPaths.attachment]: {
      get: {
        operationId: 'getDeskAttachment',
        summary: 'The content of an attachment',
        description:
          'The bytes of a file of any ticket (the seller’s request or a message) or of this moderator’s ' +
          'own upload, with the type the server found by content. An unknown id, or another moderator’s ' +
          'upload no message carries yet, is a 404.',
        tags: ['Attachments'],
        parameters: [pathParameter('id', 'Attachment id.')],
        responses: responses(
          {
            '200': {
              description: 'The file, `Content-Type` as the attachment’s `type`.',
              headers: {
                'Content-Disposition': {
                  description: '`inline` with the file name (RFC 6266 `filename*`).',
                  schema: { type: 'string' },
                  example: "inline; filename*=UTF-8''photo.png",
                },
              },
              content: {
                'application/octet-stream': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                  example: '(the bytes of photo.png)',
                },
              },
            },
          },
          '404',
        ),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the desk's API; `openapi-desk.json` is this, written out. */
export function buildDeskOpenApiDocument(): OpenApiDocument {
  return buildDocument({
    title: 'Moderator desk API',
    description,
    server: { url: deskApiBasePath, description: 'The demo’s support service.' },
    tags: [
      { name: 'Moderator', description: 'Who is signed in.' },
      { name: 'Queue', description: 'The open tickets, most urgent first.' },
      { name: 'Tickets', description: 'One ticket and the moderator’s actions on it.' },
      { name: 'Attachments', description: 'Files for the moderator’s replies.' },
      { name: 'Live', description: 'Changes pushed as they happen (optional; the desk polls without it).' },
    ],
    paths: paths(),
    bearerDescription: 'A moderator’s access token.',
    idempotencyScope: 'the moderator (the token)',
    errors: {
      '403': {
        description: 'The moderator is not allowed to do this.',
        example: { ...problemExamples['403'], detail: 'This moderator may not act on this ticket.' },
      },
      '409': {
        description:
          'The ticket is not in a state that allows this (held by another moderator, an offer pending, ' +
          'resolved, closed). Or: a request with the same `Idempotency-Key` is still in progress; then ' +
          '`Retry-After` is present, and the client waits that long and retries with the same key and body.',
        example: conflictExample,
      },
    },
  });
}
