import { randomUUID } from 'node:crypto';
import { problemSchema, type FieldErrorCode, type Problem } from '@seller-support/contract';
import { expect } from 'vitest';

/** An HTTP answer as the suite inspects it: the status, the headers and the body read once. */
export interface Answer {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  /** The body parsed as JSON, or `undefined` when it is empty or not JSON. */
  readonly json: unknown;
}

/** The part of a zod schema the suite needs: the contract's schemas, whatever zod flavour built them. */
export interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface RequestOptions {
  /** `null` sends no Authorization header at all; a string replaces the whole header. */
  authorization?: string | null;
  query?: Readonly<Record<string, QueryValue>>;
  idempotencyKey?: string;
  /** A JSON body; `rawBody` sends bytes as they are instead. */
  body?: unknown;
  rawBody?: BodyInit;
  contentType?: string;
  /** Other request headers, e.g. `If-None-Match`. */
  headers?: Readonly<Record<string, string>>;
}

/** A fresh `Idempotency-Key`, as a client makes one per logical action. */
export const newKey = (): string => randomUUID();

function queryString(query: Readonly<Record<string, QueryValue>> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];
    for (const item of values) params.append(name, String(item));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The seller API of one target as one seller (or nobody) calls it: plain `fetch`, nothing hidden. */
export class SellerHttp {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null,
  ) {}

  /** The same API as another caller. */
  as(token: string | null): SellerHttp {
    return new SellerHttp(this.baseUrl, token);
  }

  async request(method: 'GET' | 'POST', path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers = new Headers();
    const authorization =
      options.authorization === undefined
        ? this.token === null
          ? null
          : `Bearer ${this.token}`
        : options.authorization;
    if (authorization !== null) headers.set('Authorization', authorization);
    if (options.idempotencyKey !== undefined) headers.set('Idempotency-Key', options.idempotencyKey);
    let body: BodyInit | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('Content-Type', 'application/json');
    }
    if (options.contentType !== undefined) headers.set('Content-Type', options.contentType);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    const response = await fetch(`${this.baseUrl}${path}${queryString(options.query)}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    let json: unknown;
    try {
      json = bytes.length === 0 ? undefined : JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      json = undefined;
    }
    return { method, path, status: response.status, headers: response.headers, bytes, json };
  }

  get(
    path: string,
    query?: Readonly<Record<string, QueryValue>>,
    options: RequestOptions = {},
  ): Promise<Answer> {
    return this.request('GET', path, { ...options, ...(query === undefined ? {} : { query }) });
  }

  /** A JSON `POST`; `idempotencyKey: null` leaves the header out. */
  post(path: string, body: unknown, options: RequestOptions = {}): Promise<Answer> {
    return this.request('POST', path, { ...options, body });
  }

  /** `POST /attachments` with one multipart part `file`. */
  upload(
    file: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string },
    idempotencyKey: string | null = newKey(),
    field = 'file',
  ): Promise<Answer> {
    const form = new FormData();
    form.append(field, new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
    return this.request('POST', '/attachments', {
      rawBody: form,
      ...(idempotencyKey === null ? {} : { idempotencyKey }),
    });
  }
}

function describeAnswer(answer: Answer): string {
  const text = new TextDecoder().decode(answer.bytes.subarray(0, 600));
  return `${answer.method} ${answer.path} → ${answer.status} ${answer.headers.get('Content-Type') ?? ''} ${text}`;
}

/** Parses with a contract schema: every field, every item, or the test fails naming what broke. */
export function parseStrictly<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 8)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${what} does not match the contract: ${issues}`);
  }
  return result.data;
}

/** A successful JSON answer with one of the `statuses`, its body read with the contract's schema. */
export function expectJson<T>(answer: Answer, statuses: number | readonly number[], schema: Schema<T>): T {
  const allowed = typeof statuses === 'number' ? [statuses] : statuses;
  expect(allowed, describeAnswer(answer)).toContain(answer.status);
  expect(answer.headers.get('Content-Type') ?? '', describeAnswer(answer)).toMatch(/^application\/json\b/);
  return parseStrictly(schema, answer.json, describeAnswer(answer));
}

/**
 * An RFC 9457 problem with this status: `application/problem+json`, and `type`, `title` and
 * `status` present in the body as sent (the client's schema would default a missing `type`).
 */
export function expectProblem(answer: Answer, status: number): Problem {
  const where = describeAnswer(answer);
  expect(answer.status, where).toBe(status);
  expect(answer.headers.get('Content-Type') ?? '', where).toMatch(/^application\/problem\+json\b/);
  const raw = answer.json;
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: the problem is not a JSON object`);
  expect('type' in raw && typeof raw.type === 'string' && raw.type !== '', `${where}: type`).toBe(true);
  expect('title' in raw && typeof raw.title === 'string' && raw.title !== '', `${where}: title`).toBe(true);
  expect('status' in raw ? raw.status : undefined, `${where}: status`).toBe(status);
  return parseStrictly(problemSchema, raw, where);
}

/** A client error of some 4xx status as a problem: what the contract leaves open (a missing key, broken JSON). */
export function expectClientProblem(answer: Answer): Problem {
  expect(answer.status, describeAnswer(answer)).toBeGreaterThanOrEqual(400);
  expect(answer.status, describeAnswer(answer)).toBeLessThan(500);
  return expectProblem(answer, answer.status);
}

/** The field error of a 422 that names `path` (a dot path into the body or the query parameter's name). */
export function expectFieldError(problem: Problem, path: string | RegExp, code?: FieldErrorCode): void {
  const errors = problem.errors ?? [];
  for (const error of errors) {
    expect(error.message, 'every field error says why in words').toBeTypeOf('string');
  }
  const matches = errors.filter((error) =>
    typeof path === 'string' ? error.path === path : path.test(error.path),
  );
  expect(matches.length, `an error for ${String(path)} in ${JSON.stringify(errors)}`).toBeGreaterThan(0);
  if (code !== undefined) {
    expect(
      matches.map((error) => error.code),
      `code of ${String(path)}`,
    ).toContain(code);
  }
}

/** A 422 naming the field, with the code when given. */
export function expectValidation(answer: Answer, path: string | RegExp, code?: FieldErrorCode): Problem {
  const problem = expectProblem(answer, 422);
  expectFieldError(problem, path, code);
  return problem;
}
