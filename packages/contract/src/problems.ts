/**
 * How a server of the contract refuses a request: RFC 9457 problem documents with the contract's
 * problem types and titles, and zod's issues worded as the contract's `errors[]`. One module for
 * every server of the contract (the mocks and the support service), so a client, and the
 * conformance suite, cannot tell their refusals apart. Server-side only: its own entry
 * (`@seller-support/contract/problems`), which the module's bundle never imports.
 */
import type * as z from 'zod/mini';
import { isVisibleMinimumMessage } from './schemas/common';
import type { FieldErrorCode, Problem } from './schemas/problem';

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
  413: 'Attachment too large',
  415: 'Attachment type refused',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

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
 * What a server's layers throw for a request they refuse; its HTTP edge answers it as
 * `application/problem+json` with `headers`. The layers below know nothing else of HTTP.
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

/** The contract's code for a schema's complaint: what a client translates for the seller. */
function codeOfIssue(issue: z.core.$ZodIssue): FieldErrorCode {
  switch (issue.code) {
    case 'too_small':
      // An empty list or text is missing rather than short.
      return issue.origin === 'array' || Number(issue.minimum) <= 1 ? 'required' : 'too_short';
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set' ? 'too_many' : 'too_long';
    case 'custom':
      // The contract counts a text's minimum in visible characters with a refinement (no pattern
      // can): falling short of it is being too short, which the client words with the number.
      return isVisibleMinimumMessage(issue.message) ? 'too_short' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Zod issues as the contract's `errors[]`: a dot path into the body, a message and a code. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: codeOfIssue(issue),
  }));
}
