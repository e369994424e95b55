import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { FetchApiClient } from './client';
import { buildOpenApiDocument } from './openapi';
import { contractRegistry } from './schemas';

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
];
const creatingPosts = ['post /attachments', 'post /tickets', 'post /tickets/{id}/messages'];

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

  it('has every registered schema as a component, without its own $id or $schema', () => {
    const registered = [...contractRegistry._idmap.keys()].sort();
    expect(registered.length).toBeGreaterThan(20);
    expect(Object.keys(document.components.schemas).sort()).toEqual(registered);
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
        .sort(),
    ).toEqual(methods.sort());
  });

  it('asks for an Idempotency-Key on creating POSTs only', () => {
    for (const { key, operation } of operations()) {
      const hasKey = (operation.parameters ?? []).some(
        (parameter) => '$ref' in parameter && parameter.$ref === '#/components/parameters/IdempotencyKey',
      );
      expect(hasKey, key).toBe(creatingPosts.includes(key));
    }
    expect(document.components.parameters['IdempotencyKey']).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
    });
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

  it('tags the discriminated unions for code generators', () => {
    expect(document.components.schemas['CreateTicketBody']).toMatchObject({
      discriminator: { propertyName: 'topic' },
    });
    expect(document.components.schemas['TicketEvent']).toMatchObject({
      discriminator: { propertyName: 'kind' },
    });
  });
});
