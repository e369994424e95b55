import * as z from 'zod/mini';
import packageJson from '../package.json' with { type: 'json' };
import { apiPaths } from './client';
import {
  articleListSchema,
  attachmentSchema,
  contractRegistry,
  createTicketBodySchema,
  defaultArticleLimit,
  defaultPageLimit,
  facilityPageSchema,
  idempotencyKeySchema,
  idSchema,
  listArticlesQuerySchema,
  listFacilitiesQuerySchema,
  listOrdersQuerySchema,
  listTicketsQuerySchema,
  maxPageLimit,
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
  liveReadySchema,
  liveResetSchema,
  liveStreamMediaType,
  liveTicketChangeSchema,
} from './schemas';
import {
  articleListExample,
  attachmentExample,
  createdTicketExample,
  createTicketBodyExamples,
  facilityPageExample,
  offerDecisionBodyExample,
  orderExample,
  orderPageExample,
  policyExample,
  postMessageBodyExample,
  problemExamples,
  ratingBodyExample,
  reopenBodyExample,
  sellerContextExample,
  ticketChangesExample,
  ticketEventExamples,
  ticketExample,
  ticketPageExample,
} from './testing/examples';

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
/** A named example of a media type; the tests parse every `value` with the media type's schema. */
interface Example {
  summary: string;
  value: unknown;
}
/** A media type has an `example` or, where one value cannot show the variety (a union), `examples`. */
interface MediaType {
  schema: JsonSchema;
  example?: unknown;
  examples?: Record<string, Example>;
  encoding?: Record<string, { contentType: string }>;
}
interface RequestBody {
  required: true;
  content: Record<string, MediaType>;
}
interface Header {
  description: string;
  required?: boolean;
  schema: JsonSchema;
  example?: unknown;
}
export interface Response {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, MediaType>;
}
export interface Operation {
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
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
    contact: { name: string };
  };
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as a schema: every object is one to JSON Schema's own type, which has no required keys. */
function isSchema(value: unknown): value is JsonSchema {
  return isRecord(value);
}

/** The constant a variant of a discriminated union has in its tag property, if it has one. */
function tagOf(variant: Record<string, unknown>, property: string): string | undefined {
  const properties = variant['properties'];
  const tag = isRecord(properties) ? properties[property] : undefined;
  if (!isRecord(tag)) return undefined;
  if (typeof tag['const'] === 'string') return tag['const'];
  const values = tag['enum'];
  return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string'
    ? values[0]
    : undefined;
}

function pascalCase(word: string): string {
  return word
    .split(/[^A-Za-z0-9]+/)
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join('');
}

/**
 * `node` with each inline variant of a discriminated `oneOf` moved into a component of its own,
 * named after the component that holds the union and the variant's tag (`TicketEvent` and
 * `offer_decided` → `TicketEventOfferDecided`), and the tags mapped to them. Generators that need
 * a named schema per variant get one, and a reader sees which tag value selects which schema.
 */
function hoistVariants(node: unknown, owner: string, hoisted: Map<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((item) => hoistVariants(item, owner, hoisted));
  if (!isRecord(node)) return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, hoistVariants(value, owner, hoisted)]),
  );
  const discriminator = copy['discriminator'];
  const variants = copy['oneOf'];
  if (!isRecord(discriminator) || !Array.isArray(variants)) return copy;
  const property = discriminator['propertyName'];
  if (typeof property !== 'string') return copy;
  const mapping: Record<string, string> = {};
  copy['oneOf'] = variants.map((variant: unknown) => {
    if (!isSchema(variant) || variant.$ref !== undefined) return variant;
    const tag = tagOf(variant, property);
    if (tag === undefined) throw new Error(`A variant of ${owner} has no constant "${property}"`);
    const id = `${owner}${pascalCase(tag)}`;
    if (hoisted.has(id)) throw new Error(`Two variants of ${owner} would both be named ${id}`);
    hoisted.set(id, { description: `${owner} whose \`${property}\` is \`${tag}\`.`, ...variant });
    mapping[tag] = `${componentPrefix}${id}`;
    return { $ref: mapping[tag] };
  });
  copy['discriminator'] = { ...discriminator, mapping };
  return copy;
}

/** The component names `node` refers to with `$ref`. */
function referencedComponents(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) referencedComponents(item, found);
  else if (isRecord(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(componentPrefix))
        found.add(value.slice(componentPrefix.length));
      else referencedComponents(value, found);
    }
  }
  return found;
}

/**
 * The components `roots` need, directly or through other components. One registry names the
 * schemas of both documents (the desk's reuse the seller's), so each document keeps only its own.
 */
function componentSchemas(roots: unknown): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(contractRegistry, {
    ...jsonSchemaOptions,
    uri: (id) => `${componentPrefix}${id}`,
  });
  const all = new Map<string, JsonSchema>();
  const hoisted = new Map<string, JsonSchema>();
  for (const [id, schema] of Object.entries(schemas)) {
    const description = componentDescriptions[id];
    const named = hoistVariants(embeddable(schema), id, hoisted);
    if (!isSchema(named)) throw new Error(`The schema ${id} is not an object`);
    all.set(id, description === undefined ? named : { description, ...named });
  }
  for (const [id, schema] of hoisted) {
    if (all.has(id)) throw new Error(`A variant would take the name of the component ${id}`);
    all.set(id, schema);
  }
  const needed = referencedComponents(roots, new Set());
  for (const id of needed) referencedComponents(all.get(id), needed);
  return Object.fromEntries(
    [...all].filter(([id]) => needed.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

const queryDescriptions: Record<string, string> = {
  query: 'Free-text search.',
  status: 'Any of these statuses; repeat the parameter for each.',
  from: 'Orders created at or after this moment.',
  to: 'Orders created before this moment.',
  cursor: '`nextCursor` of the previous page; omit for the first page.',
  limit: `Page size, ${defaultPageLimit} when left out; the server may return fewer items.`,
  type: 'Only facilities of this type.',
  topic: 'Articles for this topic.',
  unread: '`true`: only tickets with unread events (`unread > 0`); `false` is the same as leaving it out.',
};

/**
 * Query parameters of an operation; `descriptions` replaces the shared wording where a name means
 * more, `defaults` gives the value the server uses for a parameter left out.
 */
export function queryParameters(
  schema: z.ZodMiniObject,
  descriptions: Readonly<Record<string, string>> = {},
  defaults: Readonly<Record<string, unknown>> = { limit: defaultPageLimit },
): Parameter[] {
  const json = inline(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    if (typeof property === 'boolean') throw new Error(`Query parameter "${name}" has no schema`);
    const fallback = defaults[name];
    const parameter: Parameter = {
      name,
      in: 'query',
      required: required.has(name),
      schema: fallback === undefined ? property : { ...property, default: fallback },
    };
    const description = descriptions[name] ?? queryDescriptions[name];
    if (description !== undefined) parameter.description = description;
    if (property.type === 'array') {
      parameter.style = 'form';
      parameter.explode = true;
    }
    return parameter;
  });
}

export function pathParameter(name: string, description: string): Parameter {
  return { name, in: 'path', required: true, description, schema: inline(idSchema) };
}

/** Several named examples of one media type, where one value cannot show the variety (a union). */
export class Examples {
  constructor(readonly byName: Record<string, Example>) {}
}

/** A JSON body of a registered schema, with its example (or examples). */
export function json(schema: z.ZodMiniType, example: unknown): Record<string, MediaType> {
  const examples = example instanceof Examples ? { examples: example.byName } : { example };
  return { 'application/json': { schema: schemaRef(schema), ...examples } };
}
export function jsonBody(schema: z.ZodMiniType, example: unknown): RequestBody {
  return { required: true, content: json(schema, example) };
}
export function ok(description: string, schema: z.ZodMiniType, example: unknown): Response {
  return { description, content: json(schema, example) };
}

/** A message of the live stream: its `event:` name, whether it has an `id:`, and the JSON its `data:` holds. */
function liveMessage(event: string, data: z.ZodMiniType, withId: boolean, description: string): JsonSchema {
  return {
    type: 'object',
    title: `event: ${event}`,
    description,
    properties: {
      event: { const: event },
      ...(withId
        ? { id: { type: 'string', description: 'Opaque; send the last one as `Last-Event-ID`.' } }
        : {}),
      data: { type: 'string', contentMediaType: 'application/json', contentSchema: schemaRef(data) },
    },
    required: withId ? ['event', 'id', 'data'] : ['event', 'data'],
  };
}

/**
 * `GET /events` of a document: the live stream (schemas/live.ts says the protocol). OpenAPI 3.1
 * has no schema for a stream's items, so the media type's schema is one message, its `data` the
 * JSON of the message's component; `change` is the `event: ticket` data of this document.
 */
export function liveStreamOperation(
  operationId: string,
  change: z.ZodMiniType,
  changeExample: unknown,
  whatChanges: string,
): Operation {
  // One message each, as the schema describes one (the stream's text is these, one after another).
  const examples: Record<string, Example> = {
    ready: {
      summary: 'First: the stream is open',
      value: { event: 'ready', data: JSON.stringify({ heartbeatSeconds: 15 }) },
    },
    ticket: {
      summary: 'A change',
      value: { event: 'ticket', id: 'eyJzIjoxMn0', data: JSON.stringify(changeExample) },
    },
    reset: {
      summary: 'Cannot resume from Last-Event-ID',
      value: { event: 'reset', id: 'eyJzIjoxMn0', data: '{}' },
    },
  };
  return {
    operationId,
    summary: 'Live updates (Server-Sent Events)',
    description:
      'Optional: a server that offers it answers 200 `text/event-stream` and sends `event: ready` at once; ' +
      'any other answer (404, 405, 501, another media type, no `ready` within a few seconds) means no ' +
      'stream, and the client polls. Then `event: ticket` for each change of ' +
      `${whatChanges}, with an opaque \`id\` that only ever grows, and comment lines (\`: keep-alive\`) at ` +
      'least every `heartbeatSeconds`. On reconnect the client sends the last `id` as `Last-Event-ID`: ' +
      'the server sends every change after it, in order, then the live ones, nothing lost or repeated; ' +
      'when it cannot (too old, unknown, another caller’s) it sends `event: reset` with an `id` to go ' +
      'on from, and the client refetches what it shows. A message names a change; the data is read ' +
      'from the REST resources. Counts as one read against the rate limit.',
    tags: ['Live'],
    parameters: [
      {
        name: 'Last-Event-ID',
        in: 'header',
        required: false,
        description: 'The `id` of the last message received, to resume after it.',
        schema: { type: 'string' },
      },
    ],
    responses: responses(
      {
        '200': {
          description: 'The stream: `ready`, then `ticket` messages (or a `reset`), and keep-alive comments.',
          headers: {
            'Cache-Control': { description: 'Always `no-store`.', schema: { type: 'string' } },
          },
          content: {
            [liveStreamMediaType]: {
              schema: {
                description: 'One message of the stream (the stream is a sequence of them).',
                oneOf: [
                  liveMessage('ready', liveReadySchema, false, 'First, once: the stream is open.'),
                  liveMessage('ticket', change, true, 'Something happened on a ticket.'),
                  liveMessage(
                    'reset',
                    liveResetSchema,
                    true,
                    'The changes since `Last-Event-ID` cannot be replayed.',
                  ),
                ],
              },
              examples,
            },
          },
        },
      },
      '404',
    ),
  };
}

export const errorStatuses = ['400', '401', '403', '404', '409', '413', '415', '422', '429', '5XX'] as const;
export type ErrorStatus = (typeof errorStatuses)[number];
const errorComponents: Record<ErrorStatus, { name: string; description: string }> = {
  '400': {
    name: 'BadRequest',
    description:
      'The request cannot be read: the body is not JSON (or not multipart for an upload), or the ' +
      '`Idempotency-Key` header an operation requires is missing or malformed. No retry fixes it.',
  },
  '401': {
    name: 'Unauthorized',
    description:
      'The token is missing or expired. The client fetches a new token from the host and retries once.',
  },
  '403': { name: 'Forbidden', description: 'The seller is not allowed to do this.' },
  '404': { name: 'NotFound', description: 'No such resource.' },
  '409': {
    name: 'Conflict',
    description:
      'The resource is not in a state that allows this (an offer decided otherwise, a request not ' +
      'resolved, already rated differently, closed). Or: a request with the same `Idempotency-Key` is ' +
      'still in progress; then `Retry-After` is present, and the client waits that long and retries ' +
      'with the same key and body.',
  },
  '413': { name: 'PayloadTooLarge', description: 'The attachment is larger than the policy allows.' },
  '415': {
    name: 'UnsupportedMediaType',
    description: 'The attachment type, checked by content, is refused.',
  },
  '422': {
    name: 'ValidationFailed',
    description:
      'The request was refused; `errors[].path` names each field (a dot path into the request body). ' +
      'Also the answer to an `Idempotency-Key` reused with a different body (`errors[].path` is ' +
      '`Idempotency-Key`).',
  },
  '429': { name: 'RateLimited', description: 'Too many requests; retry after `Retry-After` seconds.' },
  '5XX': { name: 'ServerError', description: 'A server failure; retry later.' },
};

const retryAfterSchema: JsonSchema = { type: 'integer', minimum: 0 };

const inProgressProblemExample = {
  ...problemExamples['409'],
  detail: 'A request with this Idempotency-Key is still in progress; retry in 1 second.',
};

/** Where a document words an error status, or shows its problem, its own way. */
export type ErrorWording = Partial<Record<ErrorStatus, { description?: string; example?: unknown }>>;

function problemResponse(status: ErrorStatus, wording: ErrorWording): Response {
  const description = wording[status]?.description ?? errorComponents[status].description;
  const example = wording[status]?.example ?? problemExamples[status];
  const problem = { $ref: `${componentPrefix}Problem` };
  const response: Response = {
    description,
    content: { 'application/problem+json': { schema: problem, example } },
  };
  if (status === '401') {
    response.headers = {
      'WWW-Authenticate': {
        description: 'The scheme to authenticate with (RFC 6750): always `Bearer`.',
        required: true,
        schema: { type: 'string' },
        example: 'Bearer',
      },
    };
  }
  if (status === '409') {
    response.content = {
      'application/problem+json': {
        schema: problem,
        examples: {
          state: { summary: 'The resource does not allow this', value: example },
          inProgress: { summary: 'The same key is still in progress', value: inProgressProblemExample },
        },
      },
    };
    response.headers = {
      'Retry-After': {
        description:
          'Present only when a request with the same `Idempotency-Key` is still in progress: seconds ' +
          'to wait before retrying with the same key and body.',
        schema: retryAfterSchema,
        example: 1,
      },
    };
  }
  if (status === '429') {
    response.headers = {
      'Retry-After': {
        description: 'Seconds to wait before retrying.',
        required: true,
        schema: retryAfterSchema,
        example: 30,
      },
    };
  }
  return response;
}

/** Successful responses plus the problem responses every call can get and the ones named. */
export function responses(
  success: Record<string, Response>,
  ...errors: ErrorStatus[]
): Record<string, Response | Ref> {
  const all: ErrorStatus[] = ['401', '403', ...errors, '429', '5XX'];
  const result: Record<string, Response | Ref> = { ...success };
  for (const status of all)
    result[status] = { $ref: `#/components/responses/${errorComponents[status].name}` };
  return result;
}

const idempotencyDescription = (scope: string) =>
  'Generated by the client once per logical action (a UUID) and sent again, unchanged, with every ' +
  `retry of that action, with the same body. Scope: ${scope} and the operation (method ` +
  'and path template); the server keeps the key and its result for at least 24 hours. The same key ' +
  'with the same request → the original result (200 with the same resource where the first answer ' +
  'was 201), nothing created or changed again; with a different body (or different path ' +
  'parameters) → 422; while the first request with it is still in progress → 409 with ' +
  '`Retry-After`, and the client waits that long and retries with the same key and body. A request ' +
  'refused with 4xx (other than that 409) records nothing: corrected, it may be sent with the same key.';

/**
 * The ticket actions that are safe to retry: said once, since the three are alike. `what` is what
 * repeating means for the action, `conflict` when it is a 409.
 */
export function repeatable(what: string, conflict: string): string {
  return (
    `Safe to retry after a timeout or a lost answer. Repeating ${what} that the server has already ` +
    'applied changes nothing and answers 200 with the current ticket, with or without an ' +
    `\`Idempotency-Key\`; ${conflict} is a 409. With a key the idempotency rules of the key apply.`
  );
}

/** How a cursor-paginated list is ordered, and its paging. */
export const pageDescription = (order: string) =>
  `${order} Without \`limit\` a page has ${defaultPageLimit} items (\`limit\` is at most ${maxPageLimit}); ` +
  '`nextCursor` is null on the last page.';

const liveTicketChangeExample = {
  ticketId: 'T-000123',
  eventId: 'e-6',
  kind: 'message',
  at: '2026-03-14T10:20:00.000Z',
};

function paths(): OpenApiDocument['paths'] {
  // Built here rather than at module level, so a bundle that only uses the client drops all of this.
  const ticketId = pathParameter('id', 'Ticket id.');
  const idempotencyKey: Ref = { $ref: '#/components/parameters/IdempotencyKey' };
  const optionalIdempotencyKey: Ref = { $ref: '#/components/parameters/OptionalIdempotencyKey' };
  const replayed = (what: string) => `An idempotent replay: the ${what} created earlier with this key.`;
  const messageEventExample = ticketEventExamples.find((event) => event.kind === 'message');
  return {
    [apiPaths.context]: {
      get: {
        operationId: 'getContext',
        summary: 'The seller, their deal summary and the orders in transit',
        description:
          '`inTransit` holds at most 200 orders, newest first; `GET /orders?status=in_transit` pages through all.',
        tags: ['Context'],
        responses: responses({ '200': ok('The seller context.', sellerContextSchema, sellerContextExample) }),
      },
    },
    [apiPaths.orders]: {
      get: {
        operationId: 'listOrders',
        summary: 'The deal history',
        description: `\`query\` matches the order id, an item name or a SKU. ${pageDescription(
          'Newest first (`createdAt` descending).',
        )}`,
        tags: ['Orders'],
        parameters: queryParameters(listOrdersQuerySchema),
        responses: responses({ '200': ok('A page of orders.', orderPageSchema, orderPageExample) }, '422'),
      },
    },
    [apiPaths.order]: {
      get: {
        operationId: 'getOrder',
        summary: 'One order',
        description: 'Any order of the seller’s, in transit or not; another seller’s order is a 404.',
        tags: ['Orders'],
        parameters: [pathParameter('id', 'Order id.')],
        responses: responses({ '200': ok('The order.', orderSchema, orderExample) }, '404'),
      },
    },
    [apiPaths.facilities]: {
      get: {
        operationId: 'listFacilities',
        summary: 'Warehouses, pickup points and distribution centres',
        description: pageDescription(
          'Warehouses first, then distribution centres, then pickup points; within a type in an order ' +
            'the server keeps stable from page to page.',
        ),
        tags: ['Facilities'],
        parameters: queryParameters(listFacilitiesQuerySchema),
        responses: responses(
          { '200': ok('A page of facilities.', facilityPageSchema, facilityPageExample) },
          '422',
        ),
      },
    },
    [apiPaths.policy]: {
      get: {
        operationId: 'getPolicy',
        summary: 'Response times, attachment limits and the other channels',
        description: 'Channels in the order the module shows them.',
        tags: ['Policy'],
        responses: responses({ '200': ok('The policy.', policySchema, policyExample) }),
      },
    },
    [apiPaths.articles]: {
      get: {
        operationId: 'listArticles',
        summary: 'Help articles for a topic or a search',
        description:
          'Not paginated: the best matches first (with `query`), else the topic’s articles in the ' +
          `server’s order; ${defaultArticleLimit} articles when \`limit\` is left out.`,
        tags: ['Articles'],
        parameters: queryParameters(
          listArticlesQuerySchema,
          { limit: `How many articles, ${defaultArticleLimit} when left out.` },
          { limit: defaultArticleLimit },
        ),
        responses: responses(
          { '200': ok('The best matching articles.', articleListSchema, articleListExample) },
          '422',
        ),
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
    [apiPaths.tickets]: {
      get: {
        operationId: 'listTickets',
        summary: "The seller's requests",
        description: `Tickets in the list carry no \`events\` and no \`request\`. ${pageDescription(
          'Most recently updated first (`updatedAt` descending, then `number` descending).',
        )}`,
        tags: ['Tickets'],
        parameters: queryParameters(listTicketsQuerySchema, {
          topic: 'Any of these topics; repeat the parameter for each.',
        }),
        responses: responses({ '200': ok('A page of tickets.', ticketPageSchema, ticketPageExample) }, '422'),
      },
      post: {
        operationId: 'createTicket',
        summary: 'Submit a request',
        description:
          'One body per topic (`topic` selects the variant), each with its own `fields` and rules.',
        tags: ['Tickets'],
        parameters: [idempotencyKey],
        requestBody: jsonBody(
          createTicketBodySchema,
          new Examples(
            Object.fromEntries(
              Object.entries(createTicketBodyExamples).map(([topic, value]) => [
                topic,
                { summary: `A request of the topic \`${topic}\``, value },
              ]),
            ),
          ),
        ),
        responses: responses(
          {
            '201': ok('The new ticket.', ticketSchema, createdTicketExample),
            '200': ok(replayed('ticket'), ticketSchema, createdTicketExample),
          },
          '400',
          '409',
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
        description:
          'The ticket with `events` (oldest first) and `request` (what the seller sent), which lists leave out.',
        responses: responses(
          { '200': ok('The ticket with `events` and `request`.', ticketSchema, ticketExample) },
          '404',
        ),
      },
    },
    [apiPaths.ticketMessages]: {
      post: {
        operationId: 'postMessage',
        summary: 'Reply in a request',
        description: '409 when the request is closed.',
        tags: ['Tickets'],
        parameters: [ticketId, idempotencyKey],
        requestBody: jsonBody(postMessageBodySchema, postMessageBodyExample),
        responses: responses(
          {
            '201': ok('The message event.', ticketEventSchema, messageEventExample),
            '200': ok(replayed('message event'), ticketEventSchema, messageEventExample),
          },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [apiPaths.offerDecision]: {
      post: {
        operationId: 'decideOffer',
        summary: 'Accept or decline an offer',
        description: repeatable(
          'the decision (the same `decision` and `comment`)',
          'a different decision on an offer already decided',
        ),
        tags: ['Tickets'],
        parameters: [ticketId, pathParameter('offerId', 'Offer id.'), optionalIdempotencyKey],
        requestBody: jsonBody(offerDecisionBodySchema, offerDecisionBodyExample),
        responses: responses(
          { '200': ok('The ticket after the decision.', ticketSchema, ticketExample) },
          '400',
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
        description:
          '409 when the ticket is not resolved or `reopenWithinDays` of the policy have passed. ' +
          repeatable(
            'the reopen (the same `reason`, while the request is still open from it)',
            'any other reopen of a request that is not resolved',
          ),
        tags: ['Tickets'],
        parameters: [ticketId, optionalIdempotencyKey],
        requestBody: jsonBody(reopenBodySchema, reopenBodyExample),
        responses: responses(
          { '200': ok('The reopened ticket.', ticketSchema, ticketExample) },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [apiPaths.ticketRating]: {
      post: {
        operationId: 'rateTicket',
        summary: 'Rate the help',
        description:
          '409 when the ticket is neither resolved nor closed. ' +
          repeatable('the rating (the same `score` and `comment`)', 'a different rating of a rated request'),
        tags: ['Tickets'],
        parameters: [ticketId, optionalIdempotencyKey],
        requestBody: jsonBody(ratingBodySchema, ratingBodyExample),
        responses: responses(
          { '200': ok('The rated ticket.', ticketSchema, ticketExample) },
          '400',
          '404',
          '409',
          '422',
        ),
      },
    },
    [apiPaths.ticketRead]: {
      post: {
        operationId: 'markRead',
        summary: 'Mark the events of a request read',
        description: '`unread` of the ticket becomes 0. Repeating it changes nothing.',
        tags: ['Tickets'],
        parameters: [ticketId],
        responses: responses({ '204': { description: 'Marked read.' } }, '404'),
      },
    },
  };
}

const description = `What a host backend implements for the seller support module. Timestamps are ISO 8601 with an offset; \
money is a decimal string with an ISO 4217 code; lists are cursor-paginated; errors are RFC 9457 \
problem details. Adding optional fields and endpoints is not a breaking change; clients ignore what they do not know.

Responses are read tolerantly, requests strictly. The response schemas below are what a server \
sends; a client reading them keeps an enum value it does not list (a status, a kind, a tier) as \
an unknown value and shows it neutrally, drops fields it does not know, leaves out (and counts) \
one malformed item of a list instead of failing the whole answer, and treats an unreadable \
non-essential value (a due time, an unread count, a total, an amount) as absent. Request bodies \
are checked strictly, except the context snapshot of \`POST /tickets\`: it echoes what the server \
sent as the client read it, so it accepts values this version does not list.

## Lists

\`GET /orders\`, \`GET /facilities\` and \`GET /tickets\` are cursor-paginated: \`limit\` defaults to \
${defaultPageLimit} and is at most ${maxPageLimit}; \`nextCursor\` of a page fetches the next, null on the last. \
Orders come newest first, tickets most recently updated first, facilities by type (warehouses, \
distribution centres, pickup points). \`GET /articles\` is not paginated: the best matches, \
${defaultArticleLimit} unless \`limit\` says otherwise.

## Authentication

Every call carries \`Authorization: Bearer <token>\`, the host's token. A missing or expired token \
is a 401 with \`WWW-Authenticate: Bearer\`.

## Idempotency

Every \`POST\` that creates something (\`/attachments\`, \`/tickets\`, \`/tickets/{id}/messages\`) \
requires an \`Idempotency-Key\` header; the ticket actions (offer decision, reopen, rating) accept \
one. The client generates a key (a UUID) once per logical action and sends it again, unchanged, \
with the same body on every retry of that action.

- **Scope:** a key belongs to one seller (the token's) and one operation (method and path \
template). The same key from another seller, or for another operation, is another key.
- **Retention:** the server keeps each key with the result of its request for at least 24 hours.
- **Same key, same request:** the original result: 200 with the same resource where the first \
answer was 201 (or the current ticket for a ticket action); nothing is created or changed again.
- **Same key, different body** (or different path parameters): 422, \`errors[].path\` \
\`Idempotency-Key\`.
- **Same key while the first request with it is still in progress:** 409 with \`Retry-After\` \
(seconds). The client waits that long and retries with the same key and body; it gets the \
original result once the first request is done.
- A request refused with 4xx (other than that 409) records nothing: corrected, it may be sent \
again with the same key.

The offer decision, the reopen and the rating are safe to retry without a key too: repeating the \
identical action the server has already applied answers 200 with the current ticket and changes \
nothing; a different decision on a decided offer, or a different rating of a rated request, is a 409.`;

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
    [apiPaths.events]: {
      get: liveStreamOperation(
        'getLiveEvents',
        liveTicketChangeSchema,
        liveTicketChangeExample,
        'one of the seller’s tickets',
      ),
    },
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
        responses: responses(
          { '200': ok('The changes since `after`.', ticketChangesSchema, ticketChangesExample) },
          '404',
          '422',
        ),
      },
    },
  };
}

/** What makes one of the contract's documents: the seller's or the desk's. */
export interface DocumentSpec {
  title: string;
  description: string;
  server: { url: string; description: string };
  tags: { name: string; description: string }[];
  paths: OpenApiDocument['paths'];
  /** Who holds the bearer token. */
  bearerDescription: string;
  /** Whose keys `Idempotency-Key`s are: "the seller (the token)". */
  idempotencyScope: string;
  /** Error statuses worded the document's own way. */
  errors?: ErrorWording | undefined;
}

/** A document of the contract from its parts: the components are the registered schemas its paths use. */
export function buildDocument(spec: DocumentSpec): OpenApiDocument {
  const wording = spec.errors ?? {};
  const parameters: OpenApiDocument['components']['parameters'] = {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: idempotencyDescription(spec.idempotencyScope),
      schema: inline(idempotencyKeySchema),
    },
    OptionalIdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: `Optional here: the action is safe to repeat without it (see the operation). ${idempotencyDescription(spec.idempotencyScope)}`,
      schema: inline(idempotencyKeySchema),
    },
  };
  const responses: OpenApiDocument['components']['responses'] = Object.fromEntries(
    errorStatuses.map((status) => [errorComponents[status].name, problemResponse(status, wording)]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: spec.title,
      version: packageJson.version,
      description: spec.description,
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: 'The seller support team' },
    },
    servers: [spec.server],
    security: [{ bearerAuth: [] }],
    tags: spec.tags,
    paths: spec.paths,
    components: {
      schemas: componentSchemas([spec.paths, responses]),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: spec.bearerDescription },
      },
      parameters,
      responses,
    },
  };
}

/**
 * The OpenAPI 3.1 document of the contract, built from the zod schemas: one source for the types,
 * the client's parsing, the mocks and what host teams implement. `openapi.json` is this, written out.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return buildDocument({
    title: 'Seller support module API',
    description,
    server: {
      url: '/api/seller-support/v1',
      description: 'The demo host; a real host passes its own base URL.',
    },
    tags: [
      { name: 'Context', description: 'Who the seller is and what is under way.' },
      { name: 'Orders', description: 'The deal history.' },
      { name: 'Facilities', description: 'Warehouses, pickup points and distribution centres.' },
      { name: 'Policy', description: 'How support works: hours, response times, limits, channels.' },
      { name: 'Articles', description: 'Help articles.' },
      { name: 'Attachments', description: 'Files for tickets and messages.' },
      { name: 'Tickets', description: "The seller's requests and their conversation." },
      { name: 'Live', description: 'Changes pushed as they happen (optional; clients poll without it).' },
    ],
    paths: withIncrementalUpdates(paths()),
    bearerDescription: "The host's access token, fetched from the host before every request.",
    idempotencyScope: 'the seller (the token)',
  });
}
