import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

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
});
