import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { defaultArticleLimit, defaultPageLimit, maxPageLimit } from './schemas';

// The prose outline of the contract (docs/api.md) is what a backend team reads first: it must
// name the same endpoints, methods and query parameters as the OpenAPI document built from the
// schemas, or it misleads.
const prose = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

/** Every "`METHOD /path?query=&…`" the page opens a line with, as "METHOD /path" → its query names. */
function proseEndpoints(): Map<string, string[]> {
  const endpoints = new Map<string, string[]>();
  for (const match of prose.matchAll(/^`(GET|POST) (\/[^`?\s]*)(\?[^`\s]*)?`/gm)) {
    const [, method = '', path = '', query = ''] = match;
    const names = [...new URLSearchParams(query.slice(1)).keys()].sort();
    const key = `${method} ${path}`;
    endpoints.set(key, [...new Set([...(endpoints.get(key) ?? []), ...names])].sort());
  }
  return endpoints;
}

/** Every "`METHOD /path…`" line of the page, as "METHOD /path" → the rest of its line. */
function proseLines(): Map<string, string> {
  const lines = new Map<string, string>();
  for (const match of prose.matchAll(/^`(GET|POST) (\/[^`?\s]*)[^`]*`(.*)$/gm)) {
    const [, method = '', path = '', rest = ''] = match;
    lines.set(`${method} ${path}`, `${lines.get(`${method} ${path}`) ?? ''} ${rest}`);
  }
  return lines;
}

/** "METHOD /path" → `required`, `optional` or `none`: how the document takes an `Idempotency-Key`. */
function documentKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [path, operations] of Object.entries(buildOpenApiDocument().paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const refs = (operation.parameters ?? []).flatMap((parameter) =>
        '$ref' in parameter ? [parameter.$ref] : [],
      );
      const kind = refs.includes('#/components/parameters/IdempotencyKey')
        ? 'required'
        : refs.includes('#/components/parameters/OptionalIdempotencyKey')
          ? 'optional'
          : 'none';
      keys.set(`${method.toUpperCase()} ${path}`, kind);
    }
  }
  return keys;
}

function documentEndpoints(): Map<string, string[]> {
  const document = buildOpenApiDocument();
  const shared = document.components.parameters;
  const endpoints = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const names = (operation.parameters ?? [])
        .map((parameter) => ('$ref' in parameter ? shared[parameter.$ref.split('/').pop() ?? ''] : parameter))
        .filter((parameter) => parameter?.in === 'query')
        .map((parameter) => parameter?.name ?? '')
        .sort();
      endpoints.set(`${method.toUpperCase()} ${path}`, names);
    }
  }
  return endpoints;
}

describe('docs/api.md', () => {
  it('names every endpoint of the OpenAPI document, and no other', () => {
    expect([...proseEndpoints().keys()].sort()).toEqual([...documentEndpoints().keys()].sort());
  });

  it('lists the query parameters each list endpoint takes', () => {
    const inProse = proseEndpoints();
    for (const [endpoint, names] of documentEndpoints()) {
      if (names.length > 0) expect({ endpoint, names: inProse.get(endpoint) }).toEqual({ endpoint, names });
    }
  });

  it('marks the Idempotency-Key on exactly the operations that take one, optional where it is', () => {
    const lines = proseLines();
    for (const [endpoint, kind] of documentKeys()) {
      const line = lines.get(endpoint) ?? '';
      const said = line.includes('optional `Idempotency-Key`')
        ? 'optional'
        : line.includes('`Idempotency-Key`')
          ? 'required'
          : 'none';
      expect({ endpoint, said }).toEqual({ endpoint, said: kind });
    }
  });

  it('states the idempotency rules, the list defaults and WWW-Authenticate as the document does', () => {
    const description = buildOpenApiDocument().info.description.replace(/\s+/g, ' ');
    // Line breaks of the page are no part of what it says.
    const flat = prose.replace(/\s+/g, ' ');
    for (const rule of [
      'at least 24 hours',
      'still in progress',
      '409 with `Retry-After`',
      'different body',
    ]) {
      expect(description).toContain(rule);
      expect(flat).toContain(rule);
    }
    expect(flat).toMatch(
      new RegExp(`\`limit\` is ${defaultPageLimit} when left out and at most ${maxPageLimit}`),
    );
    expect(flat).toMatch(new RegExp(`${defaultArticleLimit} unless \`limit\` says otherwise`));
    expect(flat).toContain('`WWW-Authenticate: Bearer`');
  });
});
