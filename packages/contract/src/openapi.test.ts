import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import packageJson from '../package.json' with { type: 'json' };
import { FetchApiClient } from './client';
import { buildOpenApiDocument, type JsonSchema } from './openapi';
import { contractRegistry, defaultArticleLimit, defaultPageLimit } from './schemas';

const document = buildOpenApiDocument();

/** Every `METHOD path` of api.md, written out here so that the document cannot drift from it unnoticed. */
const apiMdOperations = [
  'get /context',
  'get /orders',
  'get /orders/{id}',
  'get /facilities',
  'get /policy',
  'get /articles',
  'post /attachments',
  'get /attachments/{id}',
  'post /tickets',
  'get /tickets',
  'get /tickets/{id}',
  'get /tickets/{id}/events',
  'post /tickets/{id}/messages',
  'post /tickets/{id}/offers/{offerId}/decision',
  'post /tickets/{id}/reopen',
  'post /tickets/{id}/rating',
  'post /tickets/{id}/read',
  // The live stream: read by an EventSource-like reader, not by a method of the client.
  'get /events',
];
/** Operations no method of `FetchApiClient` calls. */
const streams = ['getLiveEvents'];
const creatingPosts = ['post /attachments', 'post /tickets', 'post /tickets/{id}/messages'];
const ticketActions = [
  'post /tickets/{id}/offers/{offerId}/decision',
  'post /tickets/{id}/reopen',
  'post /tickets/{id}/rating',
];

function operations() {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ key: `${method} ${path}`, operation })),
  );
}

/** Every value under `node`, depth first, with its JSON pointer. */
function* walk(node: unknown, pointer = '#'): Generator<[string, unknown]> {
  yield [pointer, node];
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    yield* walk(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}

function resolve(ref: string): unknown {
  let node: unknown = document;
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = Object.entries(node).find(([name]) => name === key)?.[1];
  }
  return node;
}

function refs(): [string, string][] {
  const found: [string, string][] = [];
  for (const [pointer, value] of walk(document)) {
    if (typeof value === 'object' && value !== null && '$ref' in value && typeof value.$ref === 'string') {
      found.push([pointer, value.$ref]);
    }
  }
  return found;
}

describe('openapi.json', () => {
  it('is up to date with the schemas', () => {
    const written: unknown = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(
      written,
      'openapi.json is out of date: run `pnpm --filter @seller-support/contract openapi` and commit it',
    ).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe('buildOpenApiDocument', () => {
  it('describes the module API in OpenAPI 3.1 with the package version and the demo server', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Seller support module API');
    expect(document.info.version).toBe(packageJson.version);
    expect(document.servers).toEqual([expect.objectContaining({ url: '/api/seller-support/v1' })]);
    expect(document.components.securitySchemes['bearerAuth']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
  });

  it('has every registered schema and every variant of a union as a component, without its own $id or $schema', () => {
    const registered = [...contractRegistry._idmap.keys()].sort();
    expect(registered.length).toBeGreaterThan(20);
    const variants = [...walk(document.components.schemas)].flatMap(([pointer, value]) =>
      pointer.endsWith('/discriminator') && isRecord(value) && isRecord(value['mapping'])
        ? Object.values(value['mapping']).map((ref) => String(ref).replace('#/components/schemas/', ''))
        : [],
    );
    expect(Object.keys(document.components.schemas).sort()).toEqual([...registered, ...variants].sort());
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect(Object.keys(schema), name).not.toContain('$id');
      expect(Object.keys(schema), name).not.toContain('$schema');
    }
  });

  it('resolves every $ref inside the document', () => {
    const all = refs();
    expect(all.length).toBeGreaterThan(50);
    for (const [pointer, ref] of all) {
      expect(ref.startsWith('#/'), `${pointer} → ${ref}`).toBe(true);
      expect(resolve(ref), `${pointer} → ${ref}`).toBeDefined();
    }
  });

  it('leaves response objects open: a server may add fields', () => {
    const closed = [...walk(document.components.schemas)]
      .filter(([pointer, value]) => pointer.endsWith('/additionalProperties') && value === false)
      .map(([pointer]) => pointer);
    expect(closed).toEqual([]);
  });

  it('has exactly the operations of api.md, one per client method', () => {
    const keys = operations().map(({ key }) => key);
    expect(keys.sort()).toEqual([...apiMdOperations].sort());

    // `getTicketIfChanged` is `getTicket` sent with `If-None-Match`: the same operation.
    const methods = Object.getOwnPropertyNames(FetchApiClient.prototype).filter(
      (name) => name !== 'constructor' && name !== 'getTicketIfChanged',
    );
    expect(
      operations()
        .map(({ operation }) => operation.operationId)
        .filter((id) => !streams.includes(id))
        .sort(),
    ).toEqual(methods.sort());
  });

  it('requires an Idempotency-Key on creating POSTs and takes an optional one on the ticket actions only', () => {
    const keyOf = (operation: (typeof all)[number]['operation']) =>
      (operation.parameters ?? []).flatMap((parameter) => ('$ref' in parameter ? [parameter.$ref] : []));
    const all = operations();
    for (const { key, operation } of all) {
      const expected = creatingPosts.includes(key)
        ? ['#/components/parameters/IdempotencyKey']
        : ticketActions.includes(key)
          ? ['#/components/parameters/OptionalIdempotencyKey']
          : [];
      expect(keyOf(operation), key).toEqual(expected);
    }
    expect(document.components.parameters['IdempotencyKey']).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
    });
    expect(document.components.parameters['OptionalIdempotencyKey']).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
    });
  });

  it('writes down the idempotency rules: scope, retention, replay, 422, 409 with Retry-After', () => {
    for (const text of [
      document.info.description,
      document.components.parameters['IdempotencyKey']?.description ?? '',
    ]) {
      expect(text).toMatch(/seller/);
      expect(text).toMatch(/operation/);
      expect(text).toMatch(/at least 24 hours/);
      expect(text).toMatch(/original result/);
      expect(text).toMatch(/422/);
      expect(text).toMatch(/409 with `Retry-After`/);
    }
    const conflict = document.components.responses['Conflict'];
    expect(conflict?.headers?.['Retry-After']).toMatchObject({ schema: { type: 'integer' } });
    for (const key of ticketActions) {
      const operation = operations().find((candidate) => candidate.key === key)?.operation;
      expect(operation?.description, key).toMatch(/answers 200 with the current ticket/);
    }
  });

  it('states the default limit and the order of every list', () => {
    for (const key of ['get /orders', 'get /facilities', 'get /tickets', 'get /articles']) {
      const operation = operations().find((candidate) => candidate.key === key)?.operation;
      const limit = operation?.parameters?.find(
        (parameter) => 'name' in parameter && parameter.name === 'limit',
      );
      const expected = key === 'get /articles' ? defaultArticleLimit : defaultPageLimit;
      expect(limit, key).toMatchObject({ schema: { default: expected } });
      expect(operation?.description, key).toContain(String(expected));
      expect(operation?.description, key).toMatch(/first/);
    }
  });

  it('sends WWW-Authenticate: Bearer with every 401', () => {
    const unauthorized = document.components.responses['Unauthorized'];
    expect(unauthorized?.headers?.['WWW-Authenticate']).toMatchObject({ required: true, example: 'Bearer' });
    for (const { key, operation } of operations()) {
      expect(operation.responses['401'], key).toEqual({ $ref: '#/components/responses/Unauthorized' });
    }
  });

  it('names the licence of the repository and a contact', () => {
    const licence = readFileSync(new URL('../../feedback/LICENSE', import.meta.url), 'utf8');
    expect(licence.startsWith('MIT License')).toBe(true);
    expect(document.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(document.info.contact.name).not.toBe('');
  });

  it('answers creating POSTs with 201 and an idempotent replay with 200', () => {
    for (const { key, operation } of operations()) {
      if (!creatingPosts.includes(key)) continue;
      expect(Object.keys(operation.responses), key).toEqual(expect.arrayContaining(['200', '201']));
    }
    expect(Object.keys(document.paths['/tickets/{id}/read']?.post?.responses ?? {})).toContain('204');
  });

  it('documents problem responses, with Retry-After on 429', () => {
    for (const { key, operation } of operations()) {
      expect(Object.keys(operation.responses), key).toEqual(
        expect.arrayContaining(['401', '403', '429', '5XX']),
      );
    }
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(Object.keys(response.content ?? {}), name).toEqual(['application/problem+json']);
    }
    expect(document.components.responses['RateLimited']?.headers?.['Retry-After']).toBeDefined();

    const statuses = (key: string) =>
      Object.keys(operations().find((operation) => operation.key === key)?.operation.responses ?? {});
    expect(statuses('post /attachments')).toEqual(expect.arrayContaining(['413', '415', '422']));
    expect(statuses('post /tickets/{id}/offers/{offerId}/decision')).toContain('409');
    expect(statuses('post /tickets/{id}/reopen')).toContain('409');
    expect(statuses('post /tickets/{id}/rating')).toContain('409');
    expect(statuses('get /orders/{id}')).toContain('404');
    expect(statuses('post /tickets')).toContain('422');
  });

  it('declares every path parameter and the repeated status filter', () => {
    for (const { key, operation } of operations()) {
      const names = [...key.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).flatMap((parameter) =>
        'in' in parameter && parameter.in === 'path' ? [parameter.name] : [],
      );
      expect(declared, key).toEqual(names);
    }
    const status = document.paths['/orders']?.get?.parameters?.find(
      (parameter) => 'name' in parameter && parameter.name === 'status',
    );
    expect(status).toMatchObject({ in: 'query', style: 'form', explode: true, schema: { type: 'array' } });
  });

  it('sends uploads as multipart with one part `file`', () => {
    const body = document.paths['/attachments']?.post?.requestBody;
    expect(Object.keys(body?.content ?? {})).toEqual(['multipart/form-data']);
    expect(body?.content['multipart/form-data']?.schema).toMatchObject({ required: ['file'] });
  });

  it('tags the discriminated unions for code generators, each variant a named schema', () => {
    expect(document.components.schemas['CreateTicketBody']).toMatchObject({
      discriminator: { propertyName: 'topic' },
    });
    expect(document.components.schemas['TicketEvent']).toMatchObject({
      discriminator: { propertyName: 'kind' },
    });
    expect(document.components.schemas['Channel']?.discriminator).toEqual({
      propertyName: 'kind',
      mapping: {
        phone: '#/components/schemas/ChannelPhone',
        email: '#/components/schemas/ChannelEmail',
        compliance: '#/components/schemas/ChannelCompliance',
        post: '#/components/schemas/ChannelPost',
        chat: '#/components/schemas/ChannelChat',
        community: '#/components/schemas/ChannelCommunity',
      },
    });
    expect(document.components.schemas['TicketEventOfferDecided']).toMatchObject({
      properties: { kind: { const: 'offer_decided' } },
    });

    const unions = [...walk(document)].filter(
      ([, value]) => isRecord(value) && 'discriminator' in value && 'oneOf' in value,
    );
    expect(unions.length).toBeGreaterThanOrEqual(3);
    for (const [pointer, union] of unions) {
      if (!isRecord(union) || !Array.isArray(union['oneOf']) || !isRecord(union['discriminator'])) continue;
      const mapping = union['discriminator']['mapping'];
      expect(isRecord(mapping), pointer).toBe(true);
      const refs = union['oneOf'].map((variant) => (isRecord(variant) ? variant['$ref'] : undefined));
      expect(
        refs.every((ref) => typeof ref === 'string'),
        `${pointer}: a variant is inline`,
      ).toBe(true);
      expect(Object.values(isRecord(mapping) ? mapping : {}).sort(), pointer).toEqual([...refs].sort());
      for (const [tag, ref] of Object.entries(isRecord(mapping) ? mapping : {})) {
        expect(resolve(String(ref)), `${pointer} ${tag}`).toMatchObject({
          properties: { [String(union['discriminator']['propertyName'])]: { const: tag } },
        });
      }
    }
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every media type of the document (requests, responses, shared responses) with its pointer. */
function mediaTypes(): { pointer: string; mediaType: Record<string, unknown> }[] {
  return [...walk(document)].flatMap(([pointer, value]) => {
    const match = /\/content\/[^/]+$/.test(pointer);
    return match && isRecord(value) ? [{ pointer, mediaType: value }] : [];
  });
}

function examplesOf(mediaType: Record<string, unknown>): [string, unknown][] {
  const named = mediaType['examples'];
  const examples: [string, unknown][] = isRecord(named)
    ? Object.entries(named).map(([name, example]) => [name, isRecord(example) ? example['value'] : undefined])
    : [];
  if ('example' in mediaType) examples.push(['example', mediaType['example']]);
  return examples;
}

/**
 * Whether `value` fits a schema written out in the document (the few inline ones: a multipart
 * form, a file): the keywords those use. The registered schemas are checked with zod instead.
 */
function fitsInline(schema: JsonSchema, value: unknown): boolean {
  if (schema.type === 'string') return typeof value === 'string';
  if (schema.type === 'object') {
    if (!isRecord(value)) return false;
    if (!(schema.required ?? []).every((name) => name in value)) return false;
    return Object.entries(schema.properties ?? {}).every(
      ([name, property]) =>
        !(name in value) || typeof property === 'boolean' || fitsInline(property, value[name]),
    );
  }
  throw new Error(`fitsInline does not know the schema ${JSON.stringify(schema)}`);
}

/**
 * A message of a `text/event-stream` example held to the variant of the media type's `oneOf`
 * its `event` names: the fields it requires, and its `data` parsed with the registered schema its
 * `contentSchema` refers to.
 */
function streamExampleIssues(schema: Record<string, unknown>, example: unknown): unknown[] {
  if (!isRecord(example)) return ['the example is not a message'];
  const variants = Array.isArray(schema['oneOf']) ? schema['oneOf'].filter(isRecord) : [];
  const event = example['event'];
  const variant = variants.find((candidate) => {
    const properties = candidate['properties'];
    return isRecord(properties) && isRecord(properties['event']) && properties['event']['const'] === event;
  });
  if (variant === undefined) return [`no variant for event ${String(event)}`];
  const issues: unknown[] = [];
  const required = Array.isArray(variant['required']) ? variant['required'].map(String) : [];
  for (const name of required) if (!(name in example)) issues.push(`${String(event)} without ${name}`);
  const properties = isRecord(variant['properties']) ? variant['properties'] : {};
  const data = isRecord(properties['data']) ? properties['data'] : {};
  const content = isRecord(data['contentSchema']) ? data['contentSchema'] : {};
  const zodSchema = contractRegistry._idmap.get(String(content['$ref']).replace('#/components/schemas/', ''));
  if (zodSchema === undefined) return [...issues, `${String(event)}: data without a registered schema`];
  const parsed = z.safeParse(zodSchema, JSON.parse(String(example['data'])));
  return parsed.success ? issues : [...issues, ...parsed.error.issues];
}

describe('examples', () => {
  it('are given for every request and response media type, and each parses with its schema', () => {
    const all = mediaTypes();
    expect(all.length).toBeGreaterThan(30);
    for (const { pointer, mediaType } of all) {
      const examples = examplesOf(mediaType);
      expect(examples.length, `${pointer} has no example`).toBeGreaterThan(0);
      const schema = mediaType['schema'];
      if (!isRecord(schema)) throw new Error(`${pointer} has no schema`);
      for (const [name, example] of examples) {
        const ref = schema['$ref'];
        if (pointer.endsWith('/text~1event-stream')) {
          expect(streamExampleIssues(schema, example), `${pointer} ${name}`).toEqual([]);
        } else if (typeof ref === 'string') {
          const zodSchema = contractRegistry._idmap.get(ref.replace('#/components/schemas/', ''));
          if (zodSchema === undefined) throw new Error(`${pointer}: ${ref} is not a registered schema`);
          const parsed = z.safeParse(zodSchema, example);
          expect(parsed.success ? [] : parsed.error.issues, `${pointer} ${name}`).toEqual([]);
        } else {
          expect(fitsInline(schema, example), `${pointer} ${name}`).toBe(true);
        }
      }
    }
  });

  it('show one request body per topic of POST /tickets', () => {
    const examples = document.paths['/tickets']?.post?.requestBody?.content['application/json']?.examples;
    expect(Object.keys(examples ?? {}).sort()).toEqual([
      'account',
      'fraud',
      'logistics_info',
      'orders',
      'parcel_location',
      'payments',
      'staff_complaint',
      'warranty',
    ]);
  });

  it('give each problem response the status it stands for', () => {
    for (const [name, response] of Object.entries(document.components.responses)) {
      const mediaType = response.content?.['application/problem+json'];
      for (const [example, value] of examplesOf({ ...mediaType })) {
        const status = isRecord(value) ? value['status'] : undefined;
        const expected = Object.entries(document.paths)
          .flatMap(([, item]) => Object.values(item))
          .flatMap((operation) => Object.entries(operation.responses))
          .find(([, ref]) => '$ref' in ref && ref.$ref === `#/components/responses/${name}`)?.[0];
        expect(String(status).startsWith(expected?.replace('XX', '') ?? '?'), `${name} ${example}`).toBe(
          true,
        );
      }
    }
  });
});
