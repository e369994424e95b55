import * as z from 'zod/mini';
import { issuesToFieldErrors } from '@seller-support/contract/problems';
import { ProblemError, type FieldError } from './problem';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Fields of `input` that the schema dropped from `output`: the contract's objects strip keys they
 * do not know, so whatever the parse left out is a field the contract does not have. Not looked
 * for under `tolerant` paths (the context snapshot echoes what the client read from a server,
 * and the client keeps what a newer server sends).
 */
function unknownFields(
  input: unknown,
  output: unknown,
  path: string[],
  tolerant: ReadonlySet<string>,
): FieldError[] {
  if (tolerant.has(path.join('.'))) return [];
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) =>
      unknownFields(item, output[index], [...path, String(index)], tolerant),
    );
  }
  if (!isRecord(input) || !isRecord(output)) return [];
  return Object.keys(input).flatMap((key) =>
    key in output
      ? unknownFields(input[key], output[key], [...path, key], tolerant)
      : [
          {
            path: [...path, key].join('.'),
            message: 'not a field of this request',
            code: 'invalid' as const,
          },
        ],
  );
}

/** Parts of a body where unknown fields are kept rather than refused. */
const tolerantPaths: ReadonlySet<string> = new Set(['context']);

/**
 * A request body checked strictly against the contract's schema: whatever the schema refuses, and
 * every field it does not know, is a 422 whose `errors` name the fields.
 */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new ProblemError(
      422,
      'The request body does not match the contract.',
      issuesToFieldErrors(result.error.issues),
    );
  }
  const unknown = unknownFields(body, result.data, [], tolerantPaths);
  if (unknown.length > 0)
    throw new ProblemError(422, 'The request body has fields the contract does not.', unknown);
  return result.data;
}

/**
 * A query string read into the contract's query schema, as the mocks read it: parameters listed in
 * `repeated` become arrays, `limit` a number, `booleans` true/false from the words; empty values
 * count as absent. Anything the schema refuses is a 422 naming the parameter.
 */
export function parseQuery<S extends z.ZodMiniType>(
  search: URLSearchParams,
  schema: S,
  repeated: readonly string[] = [],
  booleans: readonly string[] = [],
): z.output<S> {
  const raw: Record<string, string | string[] | number | boolean> = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name).filter((value) => value !== '');
    const first = values[0];
    if (first === undefined) continue;
    if (repeated.includes(name)) raw[name] = values;
    else if (name === 'limit' && /^\d+$/.test(first)) raw[name] = Number(first);
    else if (booleans.includes(name) && (first === 'true' || first === 'false')) raw[name] = first === 'true';
    else raw[name] = first;
  }
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    throw new ProblemError(
      422,
      'The query does not match the contract.',
      issuesToFieldErrors(result.error.issues),
    );
  }
  return result.data;
}
