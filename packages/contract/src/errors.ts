import type * as z from 'zod/mini';
import { problemSchema, type Problem } from './schemas';

/** The discriminator of every {@link ApiError}; UI code switches on it to pick a message. */
export type ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'payloadTooLarge'
  | 'unsupportedMediaType'
  | 'rateLimited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformedResponse';

/** A field the server refused: `path` is a dot path into the request body, as in `errors[]` of a 422. */
export interface FieldError {
  path: string;
  message: string;
  /**
   * Why, as a word the client translates (`required`, `in_future`…, see `fieldErrorCodes`); a code
   * this version does not know is kept as it came. Absent when the server sent none.
   */
  code?: string | undefined;
}

interface ProblemInit {
  /** The parsed problem details, or null when the body was not one (an HTML page from a proxy, nothing). */
  problem?: Problem | null | undefined;
  message?: string | undefined;
}

/**
 * Base of every error the API client throws. Messages are for logs and developers, never shown as
 * they are: the UI picks its own translated text by `kind`.
 */
export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  /** HTTP status of the response; 0 when no response arrived. */
  readonly status: number;
  readonly problem: Problem | null;

  protected constructor(status: number, problem: Problem | null, message: string, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.problem = problem;
  }
}

function messageOf(init: ProblemInit, status: number, fallback: string): string {
  return (
    init.message ?? init.problem?.detail ?? init.problem?.title ?? `${fallback} (HTTP ${String(status)})`
  );
}

/** 422: the request was understood but refused; `fieldErrors` say which fields and why. */
export class ValidationError extends ApiError {
  readonly kind = 'validation';
  override readonly name = 'ValidationError';
  readonly fieldErrors: readonly FieldError[];

  constructor(init: ProblemInit & { fieldErrors?: readonly FieldError[] | undefined } = {}) {
    super(422, init.problem ?? null, messageOf(init, 422, 'Validation failed'));
    this.fieldErrors =
      init.fieldErrors ??
      init.problem?.errors?.map(({ path, message, code }) => ({ path, message, code })) ??
      [];
  }
}

/** 401: the token is missing or expired; the host should renew it. */
export class UnauthorizedError extends ApiError {
  readonly kind = 'unauthorized';
  override readonly name = 'UnauthorizedError';
  constructor(init: ProblemInit = {}) {
    super(401, init.problem ?? null, messageOf(init, 401, 'Unauthorized'));
  }
}

/** 403: the seller is not allowed to do this. */
export class ForbiddenError extends ApiError {
  readonly kind = 'forbidden';
  override readonly name = 'ForbiddenError';
  constructor(init: ProblemInit = {}) {
    super(403, init.problem ?? null, messageOf(init, 403, 'Forbidden'));
  }
}

/** 404: no such resource (or not the seller's). */
export class NotFoundError extends ApiError {
  readonly kind = 'notFound';
  override readonly name = 'NotFoundError';
  constructor(init: ProblemInit = {}) {
    super(404, init.problem ?? null, messageOf(init, 404, 'Not found'));
  }
}

/**
 * 409: the resource is not in a state that allows this, for example an offer already decided
 * otherwise. With `retryAfterSeconds` (from `Retry-After`) it is a request with the same
 * idempotency key still in progress: retrying after that wait gets its result.
 */
export class ConflictError extends ApiError {
  readonly kind = 'conflict';
  override readonly name = 'ConflictError';
  /** Null for a conflict of state, which no wait resolves. */
  readonly retryAfterSeconds: number | null;
  constructor(init: ProblemInit & { retryAfterSeconds?: number | null | undefined } = {}) {
    super(409, init.problem ?? null, messageOf(init, 409, 'Conflict'));
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** 413: the attachment is larger than the policy allows. */
export class PayloadTooLargeError extends ApiError {
  readonly kind = 'payloadTooLarge';
  override readonly name = 'PayloadTooLargeError';
  constructor(init: ProblemInit = {}) {
    super(413, init.problem ?? null, messageOf(init, 413, 'Payload too large'));
  }
}

/** 415: the attachment's type (checked by content) is refused. */
export class UnsupportedMediaTypeError extends ApiError {
  readonly kind = 'unsupportedMediaType';
  override readonly name = 'UnsupportedMediaTypeError';
  constructor(init: ProblemInit = {}) {
    super(415, init.problem ?? null, messageOf(init, 415, 'Unsupported media type'));
  }
}

/** 429: too many requests; `retryAfterSeconds` from `Retry-After`, null when the server gave none. */
export class RateLimitedError extends ApiError {
  readonly kind = 'rateLimited';
  override readonly name = 'RateLimitedError';
  readonly retryAfterSeconds: number | null;
  /**
   * When the wait is over (epoch milliseconds), counted from when the answer arrived, so a screen
   * that shows the error later still counts down from the right moment. Null without a wait.
   */
  readonly retryAt: number | null;
  constructor(
    init: ProblemInit & { retryAfterSeconds?: number | null | undefined; now?: number | undefined } = {},
  ) {
    super(429, init.problem ?? null, messageOf(init, 429, 'Rate limited'));
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.retryAt =
      this.retryAfterSeconds === null ? null : (init.now ?? Date.now()) + this.retryAfterSeconds * 1000;
  }
}

/** 5xx, or any status the contract does not name: retry later. */
export class ServerError extends ApiError {
  readonly kind = 'server';
  override readonly name = 'ServerError';
  constructor(init: ProblemInit & { status?: number | undefined } = {}) {
    const status = init.status ?? 500;
    super(status, init.problem ?? null, messageOf(init, status, 'Server error'));
  }
}

/** No response arrived: offline, DNS, CORS, connection reset. Aborts are not this: they propagate as they are. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  override readonly name = 'NetworkError';
  constructor(init: { cause?: unknown; message?: string | undefined } = {}) {
    super(0, null, init.message ?? 'Network request failed', { cause: init.cause });
  }
}

/**
 * No whole answer came within the client's time limit (see `FetchApiClientOptions.timeouts`). Like
 * a lost connection, the request may have reached the server: a creating `POST` is sent again with
 * the same idempotency key.
 */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  override readonly name = 'TimeoutError';
  /** The limit that ran out. */
  readonly timeoutMs: number;
  constructor(init: { timeoutMs: number; message?: string | undefined }) {
    super(0, null, init.message ?? `No answer within ${String(init.timeoutMs)} ms`);
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * A successful response whose body was not JSON or did not match the contract. `summary` names the
 * offending fields and rules; the body itself is never kept, it may hold personal data.
 */
export class MalformedResponseError extends ApiError {
  readonly kind = 'malformedResponse';
  override readonly name = 'MalformedResponseError';
  readonly summary: string;
  constructor(init: { status: number; summary: string; message?: string | undefined }) {
    super(
      init.status,
      null,
      init.message ?? `Malformed response (HTTP ${String(init.status)}): ${init.summary}`,
    );
    this.summary = init.summary;
  }
}

/** Every concrete API error; narrow it with a `switch` on `kind`. */
export type AnyApiError =
  | ValidationError
  | UnauthorizedError
  | ForbiddenError
  | NotFoundError
  | ConflictError
  | PayloadTooLargeError
  | UnsupportedMediaTypeError
  | RateLimitedError
  | ServerError
  | NetworkError
  | TimeoutError
  | MalformedResponseError;

/** True for anything the API client throws on purpose (aborts and programming errors are not). */
export function isApiError(error: unknown): error is AnyApiError {
  return error instanceof ApiError;
}

const maxIssuesInSummary = 5;

/** A one-line account of why a body failed its schema: paths and rules, never the values. */
export function summarizeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.slice(0, maxIssuesInSummary).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    // zod/mini ships no locale, so its default message is a bare "Invalid input": say which rule instead.
    const rule =
      issue.message !== 'Invalid input'
        ? issue.message
        : issue.code === 'invalid_type'
          ? `expected ${issue.expected}`
          : issue.code === 'invalid_format'
            ? `invalid ${issue.format}`
            : issue.code;
    return `${path}: ${rule}`;
  });
  const more = error.issues.length - maxIssuesInSummary;
  return more > 0 ? `${lines.join('; ')}; and ${String(more)} more` : lines.join('; ');
}

/**
 * Seconds to wait from a `Retry-After` value: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  // Beyond 2^53 seconds the number is not a wait any more, just noise.
  if (/^\d+$/.test(trimmed)) return Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : null;
  // Only a date with a weekday and "GMT" is an HTTP date; Date.parse alone would read "5 minutes" as something.
  if (!/^[A-Za-z]{3},\s.*\bGMT$/.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function problemFrom(bodyText: string): Problem | null {
  if (bodyText.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return null;
  }
  const parsed = problemSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Maps a non-2xx response to its typed error. The body is read as problem details when it is one;
 * anything else (an HTML page from a proxy, an empty body) still maps by status.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  now?: number,
): AnyApiError {
  const problem = problemFrom(bodyText);
  switch (status) {
    case 401:
      return new UnauthorizedError({ problem });
    case 403:
      return new ForbiddenError({ problem });
    case 404:
      return new NotFoundError({ problem });
    case 409:
      return new ConflictError({
        problem,
        retryAfterSeconds: parseRetryAfter(headers.get('Retry-After'), now),
      });
    case 413:
      return new PayloadTooLargeError({ problem });
    case 415:
      return new UnsupportedMediaTypeError({ problem });
    case 422:
      return new ValidationError({ problem });
    case 429:
      return new RateLimitedError({
        problem,
        retryAfterSeconds: parseRetryAfter(headers.get('Retry-After'), now),
        now,
      });
    default:
      return new ServerError({ status, problem });
  }
}
