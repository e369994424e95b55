import * as z from 'zod/mini';

// What the transport checks of every call, apart from the schemas of the endpoints (params.ts):
// a bundle that calls one endpoint (a host page's unread badge) carries none of the others.

/** Largest `limit` a list endpoint accepts; a server may return fewer items than asked for. */
export const maxPageLimit = 100;

/** Page size of a cursor-paginated list when the request gives no `limit`. */
export const defaultPageLimit = 20;

/** How many articles `GET /articles` returns when the request gives no `limit`. */
export const defaultArticleLimit = 5;

/**
 * The `Idempotency-Key` header of a creating `POST`: a UUID the client generates once per logical
 * action and reuses on retry. Any visible ASCII is accepted so that hosts are free in how they make keys.
 */
export const idempotencyKeySchema = z
  .string()
  .check(z.regex(/^[\x21-\x7E]{1,255}$/, '1 to 255 visible ASCII characters, such as a UUID'));
