/**
 * Path templates of the desk's contract, relative to its base URL ({@link deskApiBasePath} on the
 * demo's service), in OpenAPI form (`{id}`). Filled with `buildPath` and turned into router
 * patterns with `toRoutePattern`, the same helpers as the seller's `apiPaths`.
 */
export const deskApiPaths = {
  me: '/me',
  queue: '/queue',
  ticket: '/tickets/{id}',
  ticketRead: '/tickets/{id}/read',
  ticketTake: '/tickets/{id}/take',
  ticketMessages: '/tickets/{id}/messages',
  ticketSteps: '/tickets/{id}/steps',
  ticketThirdParty: '/tickets/{id}/third-party',
  ticketOffers: '/tickets/{id}/offers',
  ticketResolve: '/tickets/{id}/resolve',
  ticketClose: '/tickets/{id}/close',
  ticketNotes: '/tickets/{id}/notes',
  attachments: '/attachments',
  attachment: '/attachments/{id}',
  /** The desk's live stream (Server-Sent Events), the seller's protocol (`schemas/live.ts`) over every ticket. */
  events: '/events',
} as const;
/** A path template of the desk's contract. */
export type DeskApiPath = (typeof deskApiPaths)[keyof typeof deskApiPaths];

/** Where the desk's API lives on a server that serves both: beside the seller's `/api/seller-support/v1`. */
export const deskApiBasePath = '/api/desk/v1';

export { buildPath, toRoutePattern, type PathParams } from '../paths';
