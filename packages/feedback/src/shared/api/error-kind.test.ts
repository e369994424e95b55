import {
  ConflictError,
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@seller-support/contract';
import { describe, expect, it } from 'vitest';
import { failureOf, type Failure } from './error-kind';

const now = Date.parse('2026-11-25T12:00:00+03:00');

describe('failureOf', () => {
  it('sorts every error of the API client by what the seller can do about it', () => {
    const cases: [unknown, Failure['kind']][] = [
      [new NetworkError(), 'network'],
      [new TimeoutError({ timeoutMs: 20_000 }), 'timeout'],
      [new ServerError({ status: 502 }), 'server'],
      [new UnauthorizedError(), 'unauthorized'],
      [new ForbiddenError(), 'forbidden'],
      [new NotFoundError(), 'notFound'],
      [new ConflictError(), 'conflict'],
      [new PayloadTooLargeError(), 'tooLarge'],
      [new UnsupportedMediaTypeError(), 'unsupportedType'],
      [new ValidationError(), 'validation'],
      [new MalformedResponseError({ status: 200, summary: 'id: expected string' }), 'malformed'],
      [new Error('a bug'), 'unknown'],
      [new DOMException('Cancelled', 'AbortError'), 'unknown'],
      ['thrown text', 'unknown'],
    ];
    for (const [error, kind] of cases) expect(failureOf(error).kind).toBe(kind);
  });

  it('keeps the wait a 429 named, counted from when its answer came', () => {
    expect(failureOf(new RateLimitedError({ retryAfterSeconds: 30, now }))).toEqual({
      kind: 'rateLimited',
      wait: { seconds: 30, until: now + 30_000 },
    });
    expect(failureOf(new RateLimitedError())).toEqual({ kind: 'rateLimited', wait: null });
  });
});
