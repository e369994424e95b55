import type { FieldErrorCode, Problem } from '@seller-support/contract';

/** One field a request got wrong: a dot path into the body (or a parameter's name), words for a developer, a code for the seller. */
export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode;
}

const titles: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

// The same problem types as the mocks, so a client (and the conformance suite) cannot tell them apart.
const slugs: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
};

/** An RFC 9457 problem document for a status. */
export function makeProblem(status: number, detail?: string, errors?: readonly FieldError[]): Problem {
  const slug = slugs[status] ?? (status >= 500 ? 'server-error' : 'error');
  return {
    type: `https://api.market.example/problems/${slug}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors: errors.map((error) => ({ ...error })) }),
  };
}

/**
 * What the service's layers throw for a request they refuse; the error handler answers it as
 * `application/problem+json`. The layers below the routes know nothing else of HTTP.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    detail?: string,
    errors?: readonly FieldError[],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? titles[status] ?? `HTTP ${status}`);
    this.problem = makeProblem(status, detail, errors);
    this.headers = headers;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** A 422 with one field error: a body that is well-formed but names something wrong. */
export function fieldProblem(path: string, message: string, code: FieldErrorCode): ProblemError {
  return new ProblemError(422, 'The request has invalid fields.', [{ path, message, code }]);
}

/** A 404 that says only that there is no such thing here, never whose it is. */
export function notFound(what: string): ProblemError {
  return new ProblemError(404, `There is no ${what}.`);
}
