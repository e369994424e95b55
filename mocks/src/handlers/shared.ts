import {
  contractRegistry,
  idempotencyKeySchema,
  problemSchema,
  type Problem,
} from '@seller-support/contract';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod/mini';
import { endpointUrl, type EndpointName, endpointRoutes } from '../endpoints';
import { issuesToFieldErrors, makeProblem, ProblemError } from '../problem';
import type { Scenario, FailureOutcome, ScenarioOperation } from '../scenario';
import type { MockStore } from '../store';

/** What every resource's handlers are built from. */
export interface HandlerContext {
  baseUrl: string;
  store: MockStore;
  scenario: Scenario;
  /** The live stream's keep-alive period (`GET /events`); default `defaultHeartbeatSeconds`. */
  heartbeatSeconds?: number;
}

/** Thrown when a mock is about to answer something the contract does not allow. */
export class ContractDriftError extends Error {
  constructor(schemaName: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super(`Mock response does not match ${schemaName}: ${summary}`);
    this.name = 'ContractDriftError';
  }
}

function schemaName(schema: z.ZodMiniType): string {
  return contractRegistry.get(schema)?.id ?? 'the contract schema';
}

/**
 * The only way a handler answers with JSON: the body is parsed with the contract's schema first,
 * and a mismatch throws instead of answering, so mocks cannot drift from the contract unnoticed.
 */
export function respond<S extends z.ZodMiniType>(
  schema: S,
  data: z.input<S>,
  init: ResponseInit = {},
): Response {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new ContractDriftError(schemaName(schema), result.error.issues);
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(result.data), { ...init, headers });
}

/** A problem+json answer, itself checked against the contract's problem schema. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return respond(problemSchema, problem, {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A body that no schema of the contract accepts, for "the server answered nonsense" states. */
export const malformedBody = { malformed: true, id: 42, items: 'not-a-list', seller: null, kind: 'nonsense' };

/** The answer a scenario failure stands for. */
export function failureResponse(outcome: FailureOutcome): Response {
  switch (outcome.kind) {
    case 'network':
      return HttpResponse.error();
    case 'malformed':
      // Deliberately not through `respond`: breaking the contract is the point.
      return HttpResponse.json(malformedBody, { status: 200 });
    case 'status': {
      const detail =
        outcome.detail ??
        (outcome.status === 401
          ? 'The access token is missing or expired.'
          : outcome.status === 429
            ? 'Too many requests; retry later.'
            : 'The mock scenario made this request fail.');
      const headers: Record<string, string> =
        outcome.status === 429
          ? { 'Retry-After': String(outcome.retryAfterSeconds ?? 30) }
          : outcome.status === 401
            ? unauthorizedHeaders
            : {};
      return problemResponse(makeProblem(outcome.status, detail), headers);
    }
  }
}

/** Every 401 names the scheme to authenticate with, as RFC 9110 asks. */
const unauthorizedHeaders = { 'WWW-Authenticate': 'Bearer' };

/**
 * How long a request with the same `Idempotency-Key` as one still in progress is told to wait
 * (`Retry-After`, seconds): the mocks' slowest realistic answer is well under it.
 */
export const inProgressRetryAfterSeconds = 1;

function isAuthorized(request: Request): boolean {
  return /^Bearer\s+\S+/i.test(request.headers.get('Authorization') ?? '');
}

export interface EndpointRequest {
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
}

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/** How one route of the mocks is reached and who may call it; see {@link route}. */
export interface RouteSpec<A> {
  scenario: Scenario;
  /** The name scenario failures and call counts use. */
  name: ScenarioOperation;
  method: 'get' | 'post';
  /** The MSW path. */
  url: string;
  /** Who sends the request; undefined is a 401. */
  authorize: (request: Request) => A | undefined;
  /** Whose `Idempotency-Key`s a request's key is among: by default the one seller's. */
  keyScope?: (request: Request) => string;
}

/**
 * One route of the mocks: latency and failures from the scenario, the bearer-token check, then
 * the resolver with who called; a `ProblemError` from the store becomes a problem+json answer.
 */
export function route<A>(
  spec: RouteSpec<A>,
  resolve: (request: EndpointRequest, caller: A) => Response | Promise<Response>,
): HttpHandler {
  // Keys of this route's requests still being answered, per scope (the seller, or a moderator).
  const inProgress = new Set<string>();
  return http[spec.method](spec.url, async ({ request, params }) => {
    const header = request.headers.get('Idempotency-Key');
    const key = header === null ? null : `${spec.keyScope?.(request) ?? ''}|${header}`;
    if (key !== null && inProgress.has(key)) {
      if (spec.authorize(request) === undefined) return unauthorized();
      return problemResponse(
        makeProblem(
          409,
          'A request with this Idempotency-Key is still in progress; retry with the same key.',
        ),
        { 'Retry-After': String(inProgressRetryAfterSeconds) },
      );
    }
    // The latency stands for the server's work, so a duplicate that comes during it finds the key taken.
    if (key !== null) {
      inProgress.add(key);
      // A request given up by its client (an endless latency, say) holds its key no longer.
      request.signal.addEventListener('abort', () => inProgress.delete(key), { once: true });
    }
    try {
      const wait = spec.scenario.nextDelay();
      if (wait !== 0) await delay(wait);
      const failure = spec.scenario.take(spec.name);
      if (failure) return failureResponse(failure);
      const caller = spec.authorize(request);
      if (caller === undefined) return unauthorized();
      try {
        return await resolve({ request, url: new URL(request.url), params: stringParams(params) }, caller);
      } catch (error) {
        if (error instanceof ProblemError) return problemResponse(error.problem, { ...error.headers });
        throw error;
      }
    } finally {
      if (key !== null) inProgress.delete(key);
    }
  });
}

/** One endpoint of api.md: any bearer token is the one seller's. */
export function endpoint(
  context: HandlerContext,
  name: EndpointName,
  resolve: (request: EndpointRequest) => Response | Promise<Response>,
): HttpHandler {
  return route(
    {
      scenario: context.scenario,
      name,
      method: endpointRoutes[name].method,
      url: endpointUrl(context.baseUrl, name),
      authorize: (request) => (isAuthorized(request) ? true : undefined),
    },
    (request) => resolve(request),
  );
}

/** The 401 every route answers a request without a token it accepts. */
export function unauthorized(): Response {
  return problemResponse(makeProblem(401, 'Send Authorization: Bearer <token>.'), unauthorizedHeaders);
}

/** A path parameter that the route guarantees. */
export function param(request: EndpointRequest, name: string): string {
  const value = request.params[name];
  if (value === undefined) throw new Error(`Route has no :${name} parameter`);
  return value;
}

/** Reads a JSON body; anything that is not JSON is a 400. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    throw new ProblemError(400, 'The request body is not valid JSON.');
  }
}

/** The `Idempotency-Key` header where an operation takes one but does not need it; malformed is a 400. */
export function optionalIdempotencyKey(request: Request): string | undefined {
  return request.headers.has('Idempotency-Key') ? idempotencyKey(request) : undefined;
}

/** The `Idempotency-Key` header; missing or malformed is a 400, since no retry can fix it. */
export function idempotencyKey(request: Request): string {
  const key = request.headers.get('Idempotency-Key');
  if (key === null || !idempotencyKeySchema.safeParse(key).success) {
    throw new ProblemError(400, 'Send an Idempotency-Key header (a UUID) with every creating POST.', [
      {
        path: 'Idempotency-Key',
        message: key === null ? 'required header' : '1 to 255 visible ASCII characters',
      },
    ]);
  }
  return key;
}

/**
 * Reads a query string into the contract's query schema: parameters listed in `repeated` become
 * arrays (`?status=a&status=b`), `limit` becomes a number, those listed in `booleans` become
 * `true`/`false` from the words `true`/`false`, empty values count as absent. A query the schema
 * refuses is a 422 whose `errors[].path` names the parameter.
 */
export function parseQuery<S extends z.ZodMiniType>(
  url: URL,
  schema: S,
  repeated: readonly string[] = [],
  booleans: readonly string[] = [],
): z.output<S> {
  const raw: Record<string, string | string[] | number | boolean> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name).filter((value) => value !== '');
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
