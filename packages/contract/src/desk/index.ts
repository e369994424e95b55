/**
 * The moderator's desk's HTTP contract (`@seller-support/contract/desk`): its schemas, the types
 * inferred from them, its paths and its typed client. A separate entry from the seller's, so the
 * seller's module never carries any of it.
 *
 * @packageDocumentation
 */

export {
  deskLimits,
  eventVisibilities,
  type EventVisibility,
  deskSellerSchema,
  type DeskSeller,
  deskTicketEventSchema,
  deskTicketEventKinds,
  type DeskTicketEvent,
  type DeskTicketEventKind,
  deskTicketSchema,
  type DeskTicket,
  queueItemSchema,
  type QueueItem,
  queueCountsSchema,
  type QueueCounts,
  queuePageSchema,
  type QueuePage,
  queueAssignees,
  queueQuerySchema,
  type QueueQuery,
  takeTicketBodySchema,
  type TakeTicketBody,
  deskMessageBodySchema,
  type DeskMessageBody,
  stepBodySchema,
  type StepBody,
  thirdPartyBodySchema,
  type ThirdPartyBody,
  proposeOfferBodySchema,
  type ProposeOfferBody,
  resolveBodySchema,
  type ResolveBody,
  closeBodySchema,
  type CloseBody,
  noteBodySchema,
  type NoteBody,
  // the client's reading
  receivedDeskSellerSchema,
  type ReceivedDeskSeller,
  receivedDeskTicketEventSchema,
  type ReceivedDeskTicketEvent,
  type ReceivedKnownDeskTicketEvent,
  type UnknownDeskTicketEvent,
  isKnownDeskTicketEvent,
  receivedDeskTicketSchema,
  type ReceivedDeskTicket,
  receivedQueueItemSchema,
  type ReceivedQueueItem,
  receivedQueuePageSchema,
  type ReceivedQueuePage,
  // The desk's live stream (`GET /events`, the seller's protocol).
  deskLiveTicketChangeSchema,
  type DeskLiveTicketChange,
  receivedDeskLiveTicketChangeSchema,
  type ReceivedDeskLiveTicketChange,
} from './schemas';
export { deskApiPaths, deskApiBasePath, type DeskApiPath } from './paths';
export { FetchDeskClient, type DeskClient } from './client';
// The options and errors are the seller client's: one transport serves both.
export {
  type ActionRequestOptions,
  type FetchApiClientOptions,
  type IdempotentRequestOptions,
  type RequestOptions,
  type UploadFile,
  type UploadRequestOptions,
} from '../http-transport';
