import {
  contractRegistry,
  idempotencyKeySchema,
  problemSchema,
  type Problem,
} from '@seller-support/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { ProblemError } from './problem';

/** Thrown instead of answering when the service is about to send what the contract does not allow. */
export class ContractDriftError extends Error {
  override name = 'ContractDriftError';
  constructor(schema: z.ZodMiniType, issues: readonly z.core.$ZodIssue[]) {
    const name = contractRegistry.get(schema)?.id ?? 'the contract schema';
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    super(`Response does not match ${name}: ${summary}`);
  }
}

/**
 * The only way a route answers with JSON: parsed with the contract's schema first (which also
 * drops whatever the schema does not list, such as a ticket's owner), so the service cannot drift.
 */
export function sendJson<S extends z.ZodMiniType>(
  reply: FastifyReply,
  schema: S,
  data: z.input<S>,
  status = 200,
): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(jsonOf(schema, data));
}

/** The JSON an answer would carry, held to the contract's schema (see {@link sendJson}). */
export function jsonOf<S extends z.ZodMiniType>(schema: S, data: z.input<S>): string {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new ContractDriftError(schema, result.error.issues);
  return JSON.stringify(result.data);
}

/**
 * A JSON answer with a strong validator (`ETag`, the hash of its bytes): a client that sends it
 * back in `If-None-Match` gets a 304 without a body while nothing it could see has changed.
 */
export function sendJsonWithEtag<S extends z.ZodMiniType>(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: S,
  data: z.input<S>,
): FastifyReply {
  const body = jsonOf(schema, data);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const ifNoneMatch = request.headers['if-none-match'];
  const matches =
    typeof ifNoneMatch === 'string' &&
    ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  reply.header('ETag', etag);
  if (matches) return reply.code(304).send();
  return reply.code(200).type('application/json; charset=utf-8').send(body);
}

/** A problem+json answer, itself held to the contract's problem schema. */
export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  const result = z.safeParse(problemSchema, problem);
  if (!result.success) throw new ContractDriftError(problemSchema, result.error.issues);
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json')
    .send(JSON.stringify(result.data));
}

/** The `Idempotency-Key` header; missing or malformed is a 400, since no retry can fix it. */
export function idempotencyKeyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !z.safeParse(idempotencyKeySchema, key).success) {
    throw new ProblemError(400, 'Send an Idempotency-Key header (a UUID) with every creating POST.', [
      {
        path: 'Idempotency-Key',
        message: key === undefined ? 'required header' : '1 to 255 visible ASCII characters',
      },
    ]);
  }
  return key;
}

/** The `Idempotency-Key` of an operation that takes one but does not need it (a ticket action); malformed is a 400. */
export function optionalIdempotencyKeyOf(request: FastifyRequest): string | undefined {
  return request.headers['idempotency-key'] === undefined ? undefined : idempotencyKeyOf(request);
}

/** A JSON body; a request without one is a 400, as one that is not JSON is. */
export function jsonBodyOf(request: FastifyRequest): unknown {
  if (request.body === undefined || request.body === null)
    throw new ProblemError(400, 'The request body is not valid JSON.');
  return request.body;
}

/** A path parameter the route guarantees. */
export function paramOf(request: FastifyRequest, name: string): string {
  const params: unknown = request.params;
  const value: unknown =
    params !== null && typeof params === 'object' && name in params ? Reflect.get(params, name) : undefined;
  if (typeof value !== 'string' || value === '') throw new ProblemError(404, 'There is no such resource.');
  return value;
}
