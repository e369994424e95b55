import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildOpenApiDocument } from '../openapi';
import { contractRegistry } from '../schemas/registry';
import { FetchDeskClient } from './client';
import { buildDeskOpenApiDocument } from './openapi';

const document = buildDeskOpenApiDocument();

/** Every value under `node`, depth first, with its JSON pointer. */
function* walk(node: unknown, pointer = '#'): Generator<[string, unknown]> {
  yield [pointer, node];
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    yield* walk(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function operations() {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ key: `${method} ${path}`, operation })),
  );
}

describe('openapi-desk.json', () => {
  it('is up to date with the schemas', () => {
    const written: unknown = JSON.parse(
      readFileSync(new URL('../../openapi-desk.json', import.meta.url), 'utf8'),
    );
    expect(
      written,
      'openapi-desk.json is out of date: run `pnpm --filter @seller-support/contract openapi` and commit it',
    ).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('leaves the seller’s openapi.json as it was, with the desk’s schemas registered beside it', () => {
    const written: unknown = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    const seller = buildOpenApiDocument();
    expect(written).toEqual(JSON.parse(JSON.stringify(seller)));
    expect(Object.keys(seller.components.schemas)).not.toContain('DeskTicket');
    expect(Object.keys(document.components.schemas)).not.toContain('CreateTicketBody');
  });
});

describe('buildDeskOpenApiDocument', () => {
  it('has one operation per client method, under the desk’s base path', () => {
    expect(document.servers.map((server) => server.url)).toEqual(['/api/desk/v1']);
    // Every method of the client, and the live stream (read by an EventSource-like reader, not a method).
    expect(operations().length).toBe(Object.getOwnPropertyNames(FetchDeskClient.prototype).length - 1 + 1);
    expect(operations().map(({ key }) => key)).toEqual([
      'get /me',
      'get /queue',
      'get /tickets/{id}',
      'post /tickets/{id}/read',
      'post /tickets/{id}/take',
      'post /tickets/{id}/messages',
      'post /tickets/{id}/steps',
      'post /tickets/{id}/third-party',
      'post /tickets/{id}/offers',
      'post /tickets/{id}/resolve',
      'post /tickets/{id}/close',
      'post /tickets/{id}/notes',
      'post /attachments',
      'get /events',
      'get /attachments/{id}',
    ]);
  });

  it('takes an Idempotency-Key on every POST but the read mark, scoped to the moderator', () => {
    for (const { key, operation } of operations()) {
      if (!key.startsWith('post ') || key.endsWith('/read')) continue;
      const refs = (operation.parameters ?? []).flatMap((parameter) =>
        '$ref' in parameter ? [parameter.$ref] : [],
      );
      expect(
        refs.filter((ref) => ref.includes('IdempotencyKey')),
        key,
      ).toHaveLength(1);
    }
    expect(document.components.parameters['IdempotencyKey']?.description).toContain(
      'the moderator (the token)',
    );
  });

  it('sends WWW-Authenticate with every 401 and lists 401 for every operation', () => {
    expect(document.components.responses['Unauthorized']?.headers?.['WWW-Authenticate']?.required).toBe(true);
    for (const { key, operation } of operations())
      expect(Object.keys(operation.responses), key).toContain('401');
  });

  it('names every variant of the desk’s unions and maps each tag to it', () => {
    const events = document.components.schemas['DeskTicketEvent']?.discriminator;
    expect(events).toMatchObject({ propertyName: 'kind' });
    expect(isRecord(events) && isRecord(events['mapping']) ? Object.keys(events['mapping']) : []).toContain(
      'note',
    );
    expect(document.components.schemas['DeskTicketEventNote']).toMatchObject({
      properties: { kind: { const: 'note' }, visibility: { const: 'internal' } },
    });
    expect(document.components.schemas['ProposeOfferBody']?.discriminator).toEqual({
      propertyName: 'kind',
      mapping: {
        discount: '#/components/schemas/ProposeOfferBodyDiscount',
        compensation: '#/components/schemas/ProposeOfferBodyCompensation',
        alternative: '#/components/schemas/ProposeOfferBodyAlternative',
      },
    });
  });

  it('resolves every $ref inside the document', () => {
    for (const [pointer, value] of walk(document)) {
      if (!isRecord(value) || typeof value['$ref'] !== 'string') continue;
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(value['$ref']) ?? [];
      const components: Record<string, Record<string, unknown>> = { ...document.components };
      expect(
        section !== undefined && name !== undefined && name in (components[section] ?? {}),
        pointer,
      ).toBe(true);
    }
  });
});

describe('desk examples', () => {
  it('are given for every request and response media type, and each parses with its schema', () => {
    const mediaTypes = [...walk(document)].flatMap(([pointer, value]) =>
      /\/content\/[^/]+$/.test(pointer) && isRecord(value) ? [{ pointer, mediaType: value }] : [],
    );
    expect(mediaTypes.length).toBeGreaterThan(25);
    for (const { pointer, mediaType } of mediaTypes) {
      const named = mediaType['examples'];
      const examples: [string, unknown][] = isRecord(named)
        ? Object.entries(named).map(([name, example]) => [
            name,
            isRecord(example) ? example['value'] : undefined,
          ])
        : [];
      if ('example' in mediaType) examples.push(['example', mediaType['example']]);
      expect(examples.length, `${pointer} has no example`).toBeGreaterThan(0);
      const schema = mediaType['schema'];
      const ref = isRecord(schema) ? schema['$ref'] : undefined;
      // The multipart upload's inline schema is the seller's, checked by its own test.
      if (typeof ref !== 'string') continue;
      const zodSchema = contractRegistry._idmap.get(ref.replace('#/components/schemas/', ''));
      if (zodSchema === undefined) throw new Error(`${pointer}: ${ref} is not a registered schema`);
      for (const [name, example] of examples) {
        const parsed = z.safeParse(zodSchema, example);
        expect(parsed.success ? [] : parsed.error.issues, `${pointer} ${name}`).toEqual([]);
      }
    }
  });
});
