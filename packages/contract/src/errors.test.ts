import { describe, expect, it } from 'vitest';
import {
  ApiError,
  MalformedResponseError,
  NetworkError,
  RateLimitedError,
  ServerError,
  ValidationError,
  errorFromResponse,
  isApiError,
  parseRetryAfter,
  summarizeIssues,
} from './errors';
import { orderSchema } from './schemas';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');

  it.each([
    ['delta seconds', '120', 120],
    ['zero', '0', 0],
    ['spaces around seconds', ' 30 ', 30],
    ['an HTTP date', 'Fri, 20 Nov 2026 10:01:30 GMT', 90],
    ['an HTTP date in the past', 'Fri, 20 Nov 2026 09:00:00 GMT', 0],
    ['nothing', null, null],
    ['words', 'soon', null],
    ['a negative number', '-5', null],
    ['a fraction', '1.5', null],
    ['a date that is not an HTTP date', '2026-11-20T10:01:30Z', null],
    ['an impossible HTTP date', 'Fri, 45 Nov 2026 10:01:30 GMT', null],
    ['a number too large to be a wait', '9'.repeat(400), null],
  ])('reads %s', (_what, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('errorFromResponse', () => {
  it('keeps field errors of a 422 problem', () => {
    const body = JSON.stringify({
      title: 'Invalid',
      status: 422,
      errors: [{ path: 'fields.itemSku', message: 'Required' }],
    });
    const error = errorFromResponse(422, new Headers(), body);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error instanceof ValidationError ? error.fieldErrors : null).toEqual([
      { path: 'fields.itemSku', message: 'Required' },
    ]);
  });

  it('keeps the code of each field error, a code it does not know as well', () => {
    const body = JSON.stringify({
      status: 422,
      errors: [
        { path: 'fields.incidentDate', message: 'cannot be in the future', code: 'in_future' },
        { path: 'subject', message: 'sounds like spam', code: 'spam_like' },
      ],
    });
    const error = errorFromResponse(422, new Headers(), body);
    expect(error instanceof ValidationError ? error.fieldErrors.map(({ code }) => code) : null).toEqual([
      'in_future',
      'spam_like',
    ]);
  });

  it('dates the end of a 429 wait from when the answer arrived', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    const error = errorFromResponse(429, new Headers({ 'Retry-After': '30' }), '', now);
    expect(error instanceof RateLimitedError ? [error.retryAfterSeconds, error.retryAt] : error).toEqual([
      30,
      now + 30_000,
    ]);
    const noWait = errorFromResponse(429, new Headers(), '', now);
    expect(noWait instanceof RateLimitedError ? noWait.retryAt : noWait).toBeNull();
  });

  it('falls back to a status message when the body is not a problem', () => {
    const error = errorFromResponse(504, new Headers(), '<html>Gateway Timeout</html>');
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toBe('Server error (HTTP 504)');
  });
});

describe('error classes', () => {
  it('can be made by stories and tests with defaults', () => {
    const validation = new ValidationError({ fieldErrors: [{ path: 'subject', message: 'Too short' }] });
    expect([validation.kind, validation.status, validation.problem, validation.name]).toEqual([
      'validation',
      422,
      null,
      'ValidationError',
    ]);
    expect(new RateLimitedError().retryAfterSeconds).toBeNull();
    expect(new ServerError({ status: 503 }).status).toBe(503);
    expect(new NetworkError().status).toBe(0);
    expect(new MalformedResponseError({ status: 200, summary: 'items: expected array' })).toBeInstanceOf(
      ApiError,
    );
  });

  it('are told apart from other errors by isApiError', () => {
    expect(isApiError(new NetworkError())).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isApiError(undefined)).toBe(false);
    expect(isApiError({ kind: 'network', status: 0 })).toBe(false);
  });
});

describe('summarizeIssues', () => {
  it('names paths and rules in one line', () => {
    const result = orderSchema.safeParse({ id: '', createdAt: 'now', status: 'lost', total: { amount: 1 } });
    if (result.success) throw new Error('expected a failure');
    const summary = summarizeIssues(result.error);
    expect(summary).toContain('createdAt: invalid datetime');
    expect(summary).toContain('total.amount: expected string');
    expect(summary).toMatch(/; and \d+ more$/);
  });
});
