import {
  apiPaths,
  toRoutePattern,
  type ApiPath,
  articleListSchema,
  attachmentSchema,
  facilityPageSchema,
  orderPageSchema,
  orderSchema,
  policySchema,
  receivedArticleListSchema,
  receivedFacilityPageSchema,
  receivedOrderPageSchema,
  receivedOrderSchema,
  receivedPolicySchema,
  receivedSellerContextSchema,
  receivedTicketChangesSchema,
  receivedTicketEventSchema,
  receivedTicketPageSchema,
  receivedTicketSchema,
  sellerContextSchema,
  ticketChangesSchema,
  ticketEventSchema,
  ticketPageSchema,
  ticketSchema,
} from '@seller-support/contract';

/** Endpoint names: the same as the `ApiClient` methods, so a story says which call fails in the client's words. */
export const endpointNames = [
  'getContext',
  'listOrders',
  'getOrder',
  'listFacilities',
  'getPolicy',
  'listArticles',
  'uploadAttachment',
  'getAttachment',
  'createTicket',
  'listTickets',
  'getTicket',
  'getTicketEvents',
  'postMessage',
  'decideOffer',
  'reopenTicket',
  'rateTicket',
  'markRead',
  'streamEvents',
] as const;
export type EndpointName = (typeof endpointNames)[number];

const get = (template: ApiPath) => ({ method: 'get', path: toRoutePattern(template) }) as const;
const post = (template: ApiPath) => ({ method: 'post', path: toRoutePattern(template) }) as const;

/**
 * Method and MSW path (relative to the API base URL) of every endpoint in api.md, built from the
 * contract's own path templates so the client and the mocks cannot disagree on a URL.
 */
export const endpointRoutes = {
  getContext: get(apiPaths.context),
  listOrders: get(apiPaths.orders),
  getOrder: get(apiPaths.order),
  listFacilities: get(apiPaths.facilities),
  getPolicy: get(apiPaths.policy),
  listArticles: get(apiPaths.articles),
  uploadAttachment: post(apiPaths.attachments),
  getAttachment: get(apiPaths.attachment),
  createTicket: post(apiPaths.tickets),
  listTickets: get(apiPaths.tickets),
  getTicket: get(apiPaths.ticket),
  getTicketEvents: get(apiPaths.ticketEvents),
  postMessage: post(apiPaths.ticketMessages),
  decideOffer: post(apiPaths.offerDecision),
  reopenTicket: post(apiPaths.ticketReopen),
  rateTicket: post(apiPaths.ticketRating),
  markRead: post(apiPaths.ticketRead),
  streamEvents: get(apiPaths.events),
} satisfies Record<EndpointName, { method: 'get' | 'post'; path: string }>;

/**
 * The contract schema of each endpoint's successful body (`markRead` answers 204 without one,
 * `getAttachment` with the file's bytes, `streamEvents` with a stream of messages).
 */
export const endpointResponseSchemas = {
  getContext: sellerContextSchema,
  listOrders: orderPageSchema,
  getOrder: orderSchema,
  listFacilities: facilityPageSchema,
  getPolicy: policySchema,
  listArticles: articleListSchema,
  uploadAttachment: attachmentSchema,
  createTicket: ticketSchema,
  listTickets: ticketPageSchema,
  getTicket: ticketSchema,
  getTicketEvents: ticketChangesSchema,
  postMessage: ticketEventSchema,
  decideOffer: ticketSchema,
  reopenTicket: ticketSchema,
  rateTicket: ticketSchema,
} as const;
export type JsonEndpointName = keyof typeof endpointResponseSchemas;

/**
 * How the client reads each endpoint's body (tolerantly: see the contract's `schemas/tolerance.ts`).
 * Only `mockForeignResponse` uses these, to stand in for a server that is not ours.
 */
export const endpointReceivedSchemas = {
  getContext: receivedSellerContextSchema,
  listOrders: receivedOrderPageSchema,
  getOrder: receivedOrderSchema,
  listFacilities: receivedFacilityPageSchema,
  getPolicy: receivedPolicySchema,
  listArticles: receivedArticleListSchema,
  uploadAttachment: attachmentSchema,
  createTicket: receivedTicketSchema,
  listTickets: receivedTicketPageSchema,
  getTicket: receivedTicketSchema,
  getTicketEvents: receivedTicketChangesSchema,
  postMessage: receivedTicketEventSchema,
  decideOffer: receivedTicketSchema,
  reopenTicket: receivedTicketSchema,
  rateTicket: receivedTicketSchema,
} as const satisfies Record<JsonEndpointName, unknown>;

/** The API base URL of the demo and of every mock unless told otherwise. */
export const defaultBaseUrl = '/api/seller-support/v1';

/**
 * The MSW path of an endpoint under a base URL. An absolute base matches exactly; a relative one
 * (`/api/...`) matches on any origin, so the same handlers serve the browser, Node tests and the
 * contract server whatever host and port they run on.
 */
export function endpointUrl(baseUrl: string, name: EndpointName): string {
  return joinUrl(baseUrl, endpointRoutes[name].path);
}

export function joinUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(base)) return `${base}${path}`;
  return `*${base.startsWith('/') || base === '' ? base : `/${base}`}${path}`;
}
