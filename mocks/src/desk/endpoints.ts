import { attachmentSchema, moderatorSchema, toRoutePattern } from '@seller-support/contract';
import {
  deskApiBasePath,
  deskApiPaths,
  deskTicketEventSchema,
  deskTicketSchema,
  queuePageSchema,
  type DeskApiPath,
} from '@seller-support/contract/desk';

/**
 * The desk's endpoint names: its OpenAPI operation ids, distinct from the seller's endpoint names,
 * so `scenario.failures.getDeskTicket` fails the desk's call and never the seller's `getTicket`.
 */
export const deskEndpointNames = [
  'getMe',
  'listQueue',
  'getDeskTicket',
  'markDeskTicketRead',
  'takeTicket',
  'postDeskMessage',
  'recordStep',
  'involveThirdParty',
  'proposeOffer',
  'resolveTicket',
  'closeTicket',
  'addNote',
  'uploadDeskAttachment',
  'getDeskAttachment',
  'streamDeskEvents',
] as const;
export type DeskEndpointName = (typeof deskEndpointNames)[number];

const get = (template: DeskApiPath) => ({ method: 'get', path: toRoutePattern(template) }) as const;
const post = (template: DeskApiPath) => ({ method: 'post', path: toRoutePattern(template) }) as const;

/** Method and MSW path (relative to the desk's base URL) of every desk endpoint, from the contract's templates. */
export const deskEndpointRoutes = {
  getMe: get(deskApiPaths.me),
  listQueue: get(deskApiPaths.queue),
  getDeskTicket: get(deskApiPaths.ticket),
  markDeskTicketRead: post(deskApiPaths.ticketRead),
  takeTicket: post(deskApiPaths.ticketTake),
  postDeskMessage: post(deskApiPaths.ticketMessages),
  recordStep: post(deskApiPaths.ticketSteps),
  involveThirdParty: post(deskApiPaths.ticketThirdParty),
  proposeOffer: post(deskApiPaths.ticketOffers),
  resolveTicket: post(deskApiPaths.ticketResolve),
  closeTicket: post(deskApiPaths.ticketClose),
  addNote: post(deskApiPaths.ticketNotes),
  uploadDeskAttachment: post(deskApiPaths.attachments),
  getDeskAttachment: get(deskApiPaths.attachment),
  streamDeskEvents: get(deskApiPaths.events),
} satisfies Record<DeskEndpointName, { method: 'get' | 'post'; path: string }>;

/**
 * The contract schema of each desk endpoint's successful body (`markDeskTicketRead` answers 204,
 * `getDeskAttachment` with the file's bytes, `streamDeskEvents` with a stream of messages).
 */
export const deskEndpointResponseSchemas = {
  getMe: moderatorSchema,
  listQueue: queuePageSchema,
  getDeskTicket: deskTicketSchema,
  takeTicket: deskTicketSchema,
  postDeskMessage: deskTicketEventSchema,
  recordStep: deskTicketEventSchema,
  involveThirdParty: deskTicketEventSchema,
  proposeOffer: deskTicketEventSchema,
  resolveTicket: deskTicketSchema,
  closeTicket: deskTicketSchema,
  addNote: deskTicketEventSchema,
  uploadDeskAttachment: attachmentSchema,
} as const satisfies Partial<Record<DeskEndpointName, unknown>>;

/** The desk's base URL in the demo and in every mock unless told otherwise: `/api/desk/v1`. */
export const defaultDeskBaseUrl = deskApiBasePath;
