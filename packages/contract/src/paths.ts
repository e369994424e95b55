/**
 * Path templates of the contract, relative to the base URL, in OpenAPI form (`{id}`).
 * Shared by the client, the OpenAPI document and the mocks (see {@link toRoutePattern}).
 */
export const apiPaths = {
  context: '/context',
  orders: '/orders',
  order: '/orders/{id}',
  facilities: '/facilities',
  policy: '/policy',
  articles: '/articles',
  attachments: '/attachments',
  attachment: '/attachments/{id}',
  tickets: '/tickets',
  ticket: '/tickets/{id}',
  ticketEvents: '/tickets/{id}/events',
  ticketMessages: '/tickets/{id}/messages',
  offerDecision: '/tickets/{id}/offers/{offerId}/decision',
  ticketReopen: '/tickets/{id}/reopen',
  ticketRating: '/tickets/{id}/rating',
  ticketRead: '/tickets/{id}/read',
  /** The live stream (Server-Sent Events), see `schemas/live.ts`; a server may not offer it. */
  events: '/events',
} as const;
export type ApiPath = (typeof apiPaths)[keyof typeof apiPaths];

type PathParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;
/** The `{name}` parameters a path template needs, e.g. `{ id: string; offerId: string }`. */
export type PathParams<T extends string> = { readonly [K in PathParamNames<T>]: string };

/** Fills a path template (of {@link apiPaths} or the desk's `deskApiPaths`); every value is percent-encoded as one path segment and must not be empty. */
export function buildPath<T extends string>(template: T, params: PathParams<T>): string {
  const values = new Map<string, string>(Object.entries<string>(params));
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values.get(name);
    // An empty id would silently turn `/tickets/{id}` into the list endpoint.
    if (value === undefined || value === '')
      throw new TypeError(`Path parameter "${name}" must not be empty`);
    return encodeURIComponent(value);
  });
}

/** A path template in the `:name` form routers such as msw use: `/tickets/{id}` → `/tickets/:id`. */
export function toRoutePattern(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}
