import * as z from 'zod/mini';
import packageJson from '../package.json' with { type: 'json' };
import { apiPaths } from './client';
import {
  articleListSchema,
  attachmentSchema,
  contractRegistry,
  createTicketBodySchema,
  facilityPageSchema,
  idempotencyKeySchema,
  idSchema,
  listArticlesQuerySchema,
  listFacilitiesQuerySchema,
  listOrdersQuerySchema,
  listTicketsQuerySchema,
  offerDecisionBodySchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  postMessageBodySchema,
  ratingBodySchema,
  reopenBodySchema,
  sellerContextSchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketEventsQuerySchema,
  ticketPageSchema,
  ticketSchema,
} from './schemas';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it). */
export type JsonSchema = z.core.JSONSchema.BaseSchema;
type Ref = { $ref: string };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}
interface MediaType {
  schema: JsonSchema;
  encoding?: Record<string, { contentType: string }>;
}
interface RequestBody {
  required: true;
  content: Record<string, MediaType>;
}
interface Response {
  description: string;
  headers?: Record<string, { description: string; required?: boolean; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (Parameter | Ref)[];
  requestBody?: RequestBody;
  responses: Record<string, Response | Ref>;
}

/** The OpenAPI 3.1 document of the contract, as {@link buildOpenApiDocument} builds it. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<'get' | 'post', Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
    parameters: Record<string, Parameter>;
    responses: Record<string, Response>;
  };
}

const componentPrefix = '#/components/schemas/';

// The input view: what a server may send and a client may submit. It leaves objects open
// (no `additionalProperties: false`), since adding optional fields is not a breaking change.
const jsonSchemaOptions = {
  io: 'input',
  unrepresentable: 'throw',
  override: ({ zodSchema, jsonSchema }) => {
    // OpenAPI's `discriminator` lets code generators pick the variant by its tag instead of trying each.
    const def = zodSchema._zod.def;
    if (def.type === 'union' && 'discriminator' in def && typeof def.discriminator === 'string') {
      jsonSchema['discriminator'] = { propertyName: def.discriminator };
    }
  },
} satisfies z.core.ToJSONSchemaParams;

function schemaRef(schema: z.ZodMiniType): Ref {
  const id = contractRegistry.get(schema)?.id;
  if (id === undefined) throw new Error('The schema is not registered in contractRegistry');
  return { $ref: `${componentPrefix}${id}` };
}

// Inside the document a schema is named by its place (`#/components/schemas/<id>`), and the dialect
// is the document's: a per-schema `$id` or `$schema` would only restate, or contradict, that.
function embeddable(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

/** An unregistered schema, inline. */
function inline(schema: z.ZodMiniType): JsonSchema {
  return embeddable(z.toJSONSchema(schema, jsonSchemaOptions));
}

// Said here rather than where the schemas are registered, so that the module's bundle, which holds
// the schemas, does not carry the document's prose.
const componentDescriptions: Readonly<Record<string, string>> = {
  SnapshotDealSummary:
    'The deal summary as the server sent it, echoed; null when the client could not read it.',
  SnapshotMoney:
    'Money as the server sent it, echoed in a context snapshot: the amount and the currency as spelled.',
  SnapshotOrder:
    'An order as the server sent it, echoed: a status this version does not list is kept, money is kept as spelled.',
  SnapshotSeller: 'The seller as the server sent it, echoed: a tier this version does not list is kept.',
};

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(contractRegistry, {
    ...jsonSchemaOptions,
    uri: (id) => `${componentPrefix}${id}`,
  });
  const entries = Object.entries(schemas)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, schema]): [string, JsonSchema] => {
      const description = componentDescriptions[id];
      return [id, description === undefined ? embeddable(schema) : { description, ...embeddable(schema) }];
    });
  return Object.fromEntries(entries);
}

const queryDescriptions: Record<string, string> = {
  query: 'Free-text search.',
  status: 'Any of these statuses; repeat the parameter for each.',
  from: 'Orders created at or after this moment.',
  to: 'Orders created before this moment.',
  cursor: '`nextCursor` of the previous page; omit for the first page.',
  limit: 'Page size; the server may return fewer items.',
  type: 'Only facilities of this type.',
  topic: 'Articles for this topic.',
  unread: '`true`: only tickets with unread events (`unread > 0`); `false` is the same as leaving it out.',
};

/** Query parameters of an operation; `descriptions` replaces the shared wording where a name means more. */
function queryParameters(
  schema: z.ZodMiniObject,
  descriptions: Readonly<Record<string, string>> = {},
): Parameter[] {
  const json = inline(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    if (typeof property === 'boolean') throw new Error(`Query parameter "${name}" has no schema`);
    const parameter: Parameter = { name, in: 'query', required: required.has(name), schema: property };
    const description = descriptions[name] ?? queryDescriptions[name];
    if (description !== undefined) parameter.description = description;
    if (property.type === 'array') {
      parameter.style = 'form';
      parameter.explode = true;
    }
    return parameter;
  });
}

function pathParameter(name: string, description: string): Parameter {
  return { name, in: 'path', required: true, description, schema: inline(idSchema) };
}

function json(schema: z.ZodMiniType): Record<string, MediaType> {
  return { 'application/json': { schema: schemaRef(schema) } };
}
function jsonBody(schema: z.ZodMiniType): RequestBody {
  return { required: true, content: json(schema) };
}
function ok(description: string, schema: z.ZodMiniType): Response {
  return { description, content: json(schema) };
}

const errorStatuses = ['401', '403', '404', '409', '413', '415', '422', '429', '5XX'] as const;
type ErrorStatus = (typeof errorStatuses)[number];
const errorComponents: Record<ErrorStatus, { name: string; description: string }> = {
  '401': { name: 'Unauthorized', description: 'The token is missing or expired.' },
  '403': { name: 'Forbidden', description: 'The seller is not allowed to do this.' },
  '404': { name: 'NotFound', description: 'No such resource.' },
  '409': { name: 'Conflict', description: 'The resource is not in a state that allows this.' },
  '413': { name: 'PayloadTooLarge', description: 'The attachment is larger than the policy allows.' },
  '415': {
    name: 'UnsupportedMediaType',
    description: 'The attachment type, checked by content, is refused.',
  },
  '422': {
    name: 'ValidationFailed',
    description:
      'The request was refused; `errors[].path` names each field (a dot path into the request body). ' +
      'Also the answer to an `Idempotency-Key` reused with a different body.',
  },
  '429': { name: 'RateLimited', description: 'Too many requests; retry after `Retry-After` seconds.' },
  '5XX': { name: 'ServerError', description: 'A server failure; retry later.' },
};

function problemResponse(status: ErrorStatus): Response {
  const { description } = errorComponents[status];
  const response: Response = {
    description,
    content: { 'application/problem+json': { schema: { $ref: `${componentPrefix}Problem` } } },
  };
  if (status === '429') {
    response.headers = {
      'Retry-After': {
        description: 'Seconds to wait before retrying.',
        required: true,
        schema: { type: 'integer', minimum: 0 },
      },
    };
  }
  return response;
}

/** Successful responses plus the problem responses every call can get and the ones named. */
function responses(
  success: Record<string, Response>,
  ...errors: ErrorStatus[]
): Record<string, Response | Ref> {
  const all: ErrorStatus[] = ['401', '403', ...errors, '429', '5XX'];
  const result: Record<string, Response | Ref> = { ...success };
  for (const status of all)
    result[status] = { $ref: `#/components/responses/${errorComponents[status].name}` };
  return result;
}

function paths(): OpenApiDocument['paths'] {
  // Built here rather than at module level, so a bundle that only uses the client drops all of this.
  const ticketId = pathParameter('id', 'Ticket id.');
  const idempotencyKey: Ref = { $ref: '#/components/parameters/IdempotencyKey' };
  const replayed = (what: string) => `An idempotent replay: the ${what} created earlier with this key.`;
  return {
    [apiPaths.context]: {
      get: {
        operationId: 'getContext',
        summary: 'The seller, their deal summary and the orders in transit',
        description:
          '`inTransit` holds at most 200 orders; `GET /orders?status=in_transit` pages through all.',
        tags: ['Context'],
        responses: responses({ '200': ok('The seller context.', sellerContextSchema) }),
      },
    },
    [apiPaths.orders]: {
      get: {
        operationId: 'listOrders',
        summary: 'The deal history',
        description: '`query` matches the order id, an item name or a SKU.',
        tags: ['Orders'],
        parameters: queryParameters(listOrdersQuerySchema),
        responses: responses({ '200': ok('A page of orders.', orderPageSchema) }, '422'),
      },
    },
    [apiPaths.order]: {
      get: {
        operationId: 'getOrder',
        summary: 'One order',
        tags: ['Orders'],
        parameters: [pathParameter('id', 'Order id.')],
        responses: responses({ '200': ok('The order.', orderSchema) }, '404'),
      },
    },
    [apiPaths.facilities]: {
      get: {
        operationId: 'listFacilities',
        summary: 'Warehouses, pickup points and distribution centres',
        tags: ['Facilities'],
        parameters: queryParameters(listFacilitiesQuerySchema),
        responses: responses({ '200': ok('A page of facilities.', facilityPageSchema) }, '422'),
      },
    },
    [apiPaths.policy]: {
      get: {
        operationId: 'getPolicy',
        summary: 'Response times, attachment limits and the other channels',
        tags: ['Policy'],
        responses: responses({ '200': ok('The policy.', policySchema) }),
      },
    },
    [apiPaths.articles]: {
      get: {
        operationId: 'listArticles',
        summary: 'Help articles for a topic or a search',
        tags: ['Articles'],
        parameters: queryParameters(listArticlesQuerySchema),
        responses: responses({ '200': ok('The best matching articles.', articleListSchema) }, '422'),
      },
    },
    [apiPaths.attachments]: {
      post: {
        operationId: 'uploadAttachment',
        summary: 'Upload an attachment',
        description:
          'The server checks the content (not the name) against `GET /policy` `attachments`. ' +
          'The returned id goes into `attachmentIds` of a ticket or a message.',
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
            },
          },
        },
        responses: responses(
          {
            '201': ok('The stored attachment.', attachmentSchema),
            '200': ok(replayed('attachment'), attachmentSchema),
          },
          '413',
          '415',
          '422',
        ),
      },
    },
    [apiPaths.attachment]: {
      get: {
        operationId: 'getAttachment',
        summary: 'The content of an attachment',
        description:
          'The bytes of a file the seller uploaded or a message of their request carries, with the ' +
          'type the server found by content. Like every call it takes the token, so a page shows an ' +
          'image by fetching it rather than by linking to it. Another seller’s file is a 404, as is an ' +
          'unknown id: the answer does not tell which files exist.',
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
                },
              },
              content: {
                'application/octet-stream': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
          },
          '404',
        ),
      },
    },
    [apiPaths.tickets]: {
      get: {
        operationId: 'listTickets',
        summary: "The seller's requests",
        description: 'Tickets in the list carry no `events` and no `request`.',
        tags: ['Tickets'],
        parameters: queryParameters(listTicketsQuerySchema, {
          topic: 'Any of these topics; repeat the parameter for each.',
        }),
        responses: responses({ '200': ok('A page of tickets.', ticketPageSchema) }, '422'),
      },
      post: {
        operationId: 'createTicket',
        summary: 'Submit a request',
        tags: ['Tickets'],
        parameters: [idempotencyKey],
        requestBody: jsonBody(createTicketBodySchema),
        responses: responses(
          { '201': ok('The new ticket.', ticketSchema), '200': ok(replayed('ticket'), ticketSchema) },
          '422',
        ),
      },
    },
    [apiPaths.ticket]: {
      get: {
        operationId: 'getTicket',
        summary: 'One request with its events',
        tags: ['Tickets'],
        parameters: [ticketId],
        description: 'The ticket with `events` and `request` (what the seller sent), which lists leave out.',
        responses: responses({ '200': ok('The ticket with `events` and `request`.', ticketSchema) }, '404'),
      },
    },
    [apiPaths.ticketMessages]: {
      post: {
        operationId: 'postMessage',
        summary: 'Reply in a request',
        tags: ['Tickets'],
        parameters: [ticketId, idempotencyKey],
        requestBody: jsonBody(postMessageBodySchema),
        responses: responses(
          {
            '201': ok('The message event.', ticketEventSchema),
            '200': ok(replayed('message event'), ticketEventSchema),
          },
          '404',
          '422',
        ),
      },
    },
    [apiPaths.offerDecision]: {
      post: {
        operationId: 'decideOffer',
        summary: 'Accept or decline an offer',
        tags: ['Tickets'],
        parameters: [ticketId, pathParameter('offerId', 'Offer id.')],
        requestBody: jsonBody(offerDecisionBodySchema),
        responses: responses(
          { '200': ok('The ticket after the decision.', ticketSchema) },
          '404',
          '409',
          '422',
        ),
      },
    },
    [apiPaths.ticketReopen]: {
      post: {
        operationId: 'reopenTicket',
        summary: 'Reopen a resolved request',
        description: '409 when the ticket is not resolved or `reopenWithinDays` of the policy have passed.',
        tags: ['Tickets'],
        parameters: [ticketId],
        requestBody: jsonBody(reopenBodySchema),
        responses: responses({ '200': ok('The reopened ticket.', ticketSchema) }, '404', '409', '422'),
      },
    },
    [apiPaths.ticketRating]: {
      post: {
        operationId: 'rateTicket',
        summary: 'Rate the help',
        description: '409 when the ticket is neither resolved nor closed, or is already rated.',
        tags: ['Tickets'],
        parameters: [ticketId],
        requestBody: jsonBody(ratingBodySchema),
        responses: responses({ '200': ok('The rated ticket.', ticketSchema) }, '404', '409', '422'),
      },
    },
    [apiPaths.ticketRead]: {
      post: {
        operationId: 'markRead',
        summary: 'Mark the events of a request read',
        description: '`unread` of the ticket becomes 0.',
        tags: ['Tickets'],
        parameters: [ticketId],
        responses: responses({ '204': { description: 'Marked read.' } }, '404'),
      },
    },
  };
}

/**
 * What a server may add so that an open request page's refresh costs what changed: an `ETag` on
 * `GET /tickets/{id}` answered 304, and `GET /tickets/{id}/events?after=`. Both optional: a client
 * learns of the first from the `ETag` header, of the second from the ticket's `eventsCursor`.
 * Kept apart from {@link paths} so that either can change without the other.
 */
function withIncrementalUpdates(all: OpenApiDocument['paths']): OpenApiDocument['paths'] {
  const ticketId = pathParameter('id', 'Ticket id.');
  const etag = {
    description:
      'Optional: a validator of this answer. A client sends it back as `If-None-Match` and gets 304 while ' +
      'the ticket (its events, status, unread count…) is unchanged.',
    schema: { type: 'string' },
  } as const;
  const getTicket = all[apiPaths.ticket]?.get;
  if (getTicket === undefined) throw new Error('GET /tickets/{id} is missing from the document');
  const full = getTicket.responses['200'];
  const conditional: Operation = {
    ...getTicket,
    description:
      `${getTicket.description ?? ''} A server may send an \`ETag\`; a client then sends it back as ` +
      '`If-None-Match` and the answer is 304, with no body, while nothing has changed. A server may ' +
      'also carry `eventsCursor` beside `events`, saying it offers `GET /tickets/{id}/events`.',
    parameters: [
      ...(getTicket.parameters ?? []),
      {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The `ETag` of the last answer: 304 if the ticket is unchanged since.',
        schema: { type: 'string' },
      },
    ],
    responses: {
      ...getTicket.responses,
      ...(full === undefined || '$ref' in full
        ? {}
        : { '200': { ...full, headers: { ...full.headers, ETag: etag } } }),
      '304': {
        description: 'Not modified: the ticket is as the `ETag` sent in `If-None-Match` says.',
        headers: { ETag: etag },
      },
    },
  };
  return {
    ...all,
    [apiPaths.ticket]: { ...all[apiPaths.ticket], get: conditional },
    [apiPaths.ticketEvents]: {
      get: {
        operationId: 'getTicketEvents',
        summary: 'What changed on a request since a position in its history',
        description:
          'Optional: offered by a server whose `GET /tickets/{id}` carries `eventsCursor`. Answers the events ' +
          'after `after`, the ticket as it stands (without `events` and `request`), every offer as it stands ' +
          'and the cursor for the next call (the same one when nothing happened). A client that gets 404 or ' +
          '405 here (a server without it) or 422 (a cursor the server can no longer go on from) loads the ' +
          'whole ticket instead.',
        tags: ['Tickets'],
        parameters: [
          ticketId,
          ...queryParameters(ticketEventsQuerySchema, {
            after: '`eventsCursor` of the ticket or of the previous answer.',
          }),
        ],
        responses: responses({ '200': ok('The changes since `after`.', ticketChangesSchema) }, '404', '422'),
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the contract, built from the zod schemas: one source for the types,
 * the client's parsing, the mocks and what host teams implement. `openapi.json` is this, written out.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Seller support module API',
      version: packageJson.version,
      description:
        'What a host backend implements for the seller support module. Timestamps are ISO 8601 with an offset; ' +
        'money is a decimal string with an ISO 4217 code; lists are cursor-paginated; errors are RFC 9457 ' +
        'problem details. Every `POST` that creates something takes an `Idempotency-Key`: the same key with the ' +
        'same body returns the original result, with a different body it is a 422. Adding optional fields and ' +
        'endpoints is not a breaking change; clients ignore what they do not know.\n\n' +
        'Responses are read tolerantly, requests strictly. The response schemas below are what a server ' +
        'sends; a client reading them keeps an enum value it does not list (a status, a kind, a tier) as ' +
        'an unknown value and shows it neutrally, drops fields it does not know, leaves out (and counts) ' +
        'one malformed item of a list instead of failing the whole answer, and treats an unreadable ' +
        'non-essential value (a due time, an unread count, a total, an amount) as absent. Request bodies ' +
        'are checked strictly, except the context snapshot of `POST /tickets`: it echoes what the server ' +
        'sent as the client read it, so it accepts values this version does not list.',
    },
    servers: [
      { url: '/api/seller-support/v1', description: 'The demo host; a real host passes its own base URL.' },
    ],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'Context', description: 'Who the seller is and what is under way.' },
      { name: 'Orders', description: 'The deal history.' },
      { name: 'Facilities', description: 'Warehouses, pickup points and distribution centres.' },
      { name: 'Policy', description: 'How support works: hours, response times, limits, channels.' },
      { name: 'Articles', description: 'Help articles.' },
      { name: 'Attachments', description: 'Files for tickets and messages.' },
      { name: 'Tickets', description: "The seller's requests and their conversation." },
    ],
    paths: withIncrementalUpdates(paths()),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: "The host's access token, fetched from the host before every request.",
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'Generated once per logical action (a UUID) and reused on every retry of it.',
          schema: inline(idempotencyKeySchema),
        },
      },
      responses: Object.fromEntries(
        errorStatuses.map((status) => [errorComponents[status].name, problemResponse(status)]),
      ),
    },
  };
}
