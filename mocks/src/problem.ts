import type { FieldErrorCode, Problem } from '@seller-support/contract';

export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode;
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Attachment too large',
  415: 'Attachment type refused',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

const slugs: Record<number, string> = {
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

/** Builds an RFC 9457 problem document for a status. */
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
 * Thrown by the store when a request cannot be served; the handlers turn it into a
 * `application/problem+json` response. Keeps the store free of HTTP plumbing.
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    detail?: string,
    errors?: readonly FieldError[],
    headers: Record<string, string> = {},
  ) {
    super(detail ?? titles[status] ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.problem = makeProblem(status, detail, errors);
    this.headers = headers;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** A 422 with one field error: the common case of a semantic check on a valid-looking body. */
export function fieldProblem(path: string, message: string, code: FieldErrorCode): ProblemError {
  return new ProblemError(422, 'The request has invalid fields.', [{ path, message, code }]);
}
