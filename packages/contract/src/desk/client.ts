import {
  FetchTransport,
  toSearchParams,
  type ActionRequestOptions,
  type FetchApiClientOptions,
  type IdempotentRequestOptions,
  type RequestOptions,
  type UploadFile,
  type UploadRequestOptions,
} from '../http-transport';
import { buildPath } from '../paths';
import { getCall, postCall, postJsonCall, uploadAttachmentOver } from '../request-calls';
import type { Attachment } from '../schemas/attachments';
import { moderatorSchema, type Moderator } from '../schemas/tickets';
import { deskApiPaths } from './paths';
import {
  receivedDeskTicketEventSchema,
  receivedDeskTicketSchema,
  receivedQueuePageSchema,
  type CloseBody,
  type DeskMessageBody,
  type NoteBody,
  type ProposeOfferBody,
  type QueueQuery,
  type ReceivedDeskTicket,
  type ReceivedDeskTicketEvent,
  type ReceivedQueuePage,
  type ResolveBody,
  type StepBody,
  type TakeTicketBody,
  type ThirdPartyBody,
} from './schemas';

/**
 * The moderator's desk's API, as the desk codes against it. Creating calls (messages, steps, third
 * parties, offers, notes, uploads) need an `Idempotency-Key`, generated once per logical action and
 * reused on retry; the ticket actions (take, resolve, close) are safe to repeat and take one too.
 * Failures reject with the same typed errors as the seller's client (`ApiError` and its kinds).
 */
export interface DeskClient {
  /** `GET /me`: the moderator the token belongs to. */
  getMe(options?: RequestOptions): Promise<Moderator>;
  /** `GET /queue`: a page of the queue, most urgent first, and its counters. */
  listQueue(query?: QueueQuery, options?: RequestOptions): Promise<ReceivedQueuePage>;
  /** `GET /tickets/{id}`: the whole ticket, internal notes included. */
  getTicket(id: string, options?: RequestOptions): Promise<ReceivedDeskTicket>;
  /** `POST /tickets/{id}/read`: this moderator has read the ticket (its `unread` goes to 0). */
  markRead(ticketId: string, options?: RequestOptions): Promise<void>;
  /** `POST /tickets/{id}/take`: assign it to this moderator; a `ConflictError` when another holds it, unless `force`. */
  takeTicket(
    ticketId: string,
    body?: TakeTicketBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket>;
  /** `POST /tickets/{id}/messages`: a message the seller sees. */
  postMessage(
    ticketId: string,
    body: DeskMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent>;
  /** `POST /tickets/{id}/steps`: a step the seller sees. */
  recordStep(
    ticketId: string,
    body: StepBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent>;
  /** `POST /tickets/{id}/third-party`: the ticket now waits for a carrier, a warehouse… */
  involveThirdParty(
    ticketId: string,
    body: ThirdPartyBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent>;
  /** `POST /tickets/{id}/offers`: an offer the seller accepts or declines; a `ConflictError` while one is pending. */
  proposeOffer(
    ticketId: string,
    body: ProposeOfferBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent>;
  /** `POST /tickets/{id}/resolve`. */
  resolveTicket(
    ticketId: string,
    body?: ResolveBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket>;
  /** `POST /tickets/{id}/close`. */
  closeTicket(
    ticketId: string,
    body?: CloseBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket>;
  /** `POST /tickets/{id}/notes`: an internal note; the seller's API never returns it. */
  addNote(
    ticketId: string,
    body: NoteBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent>;
  /** `POST /attachments`: a file for a moderator's message. */
  uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment>;
  /** `GET /attachments/{id}`: the content of a ticket's file, or of this moderator's upload. */
  getAttachment(id: string, options?: RequestOptions): Promise<Blob>;
}

/**
 * {@link DeskClient} over `fetch`, on the seller client's transport: the same time limits, waiting
 * out a 409 with `Retry-After` while a keyed request is in progress, and the same typed errors.
 * `baseUrl` is the desk's (`/api/desk/v1` on the demo's service); `getAccessToken` gives a moderator's token.
 */
export class FetchDeskClient implements DeskClient {
  readonly #http: FetchTransport;

  constructor(options: FetchApiClientOptions) {
    this.#http = new FetchTransport(options);
  }

  async getMe(options?: RequestOptions): Promise<Moderator> {
    return this.#http.json(moderatorSchema, getCall(deskApiPaths.me, options));
  }

  async listQueue(query: QueueQuery = {}, options?: RequestOptions): Promise<ReceivedQueuePage> {
    return this.#http.json(
      receivedQueuePageSchema,
      getCall(
        deskApiPaths.queue,
        options,
        toSearchParams({
          assignee: query.assignee,
          status: query.status,
          topic: query.topic,
          q: query.q,
          // `overdue=false` means no filter, so it is left out rather than sent.
          overdue: query.overdue === true ? true : undefined,
          cursor: query.cursor,
          limit: query.limit,
        }),
      ),
    );
  }

  async getTicket(id: string, options?: RequestOptions): Promise<ReceivedDeskTicket> {
    return this.#http.json(
      receivedDeskTicketSchema,
      getCall(buildPath(deskApiPaths.ticket, { id }), options),
    );
  }

  async markRead(ticketId: string, options?: RequestOptions): Promise<void> {
    // The contract says 204: nothing to read.
    await this.#http.empty(postCall(buildPath(deskApiPaths.ticketRead, { id: ticketId }), options));
  }

  async takeTicket(
    ticketId: string,
    body: TakeTicketBody = {},
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket> {
    return this.#action(buildPath(deskApiPaths.ticketTake, { id: ticketId }), body, options);
  }

  async postMessage(
    ticketId: string,
    body: DeskMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#creating(buildPath(deskApiPaths.ticketMessages, { id: ticketId }), body, options);
  }

  async recordStep(
    ticketId: string,
    body: StepBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#creating(buildPath(deskApiPaths.ticketSteps, { id: ticketId }), body, options);
  }

  async involveThirdParty(
    ticketId: string,
    body: ThirdPartyBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#creating(buildPath(deskApiPaths.ticketThirdParty, { id: ticketId }), body, options);
  }

  async proposeOffer(
    ticketId: string,
    body: ProposeOfferBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#creating(buildPath(deskApiPaths.ticketOffers, { id: ticketId }), body, options);
  }

  async resolveTicket(
    ticketId: string,
    body: ResolveBody = {},
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket> {
    return this.#action(buildPath(deskApiPaths.ticketResolve, { id: ticketId }), body, options);
  }

  async closeTicket(
    ticketId: string,
    body: CloseBody = {},
    options?: ActionRequestOptions,
  ): Promise<ReceivedDeskTicket> {
    return this.#action(buildPath(deskApiPaths.ticketClose, { id: ticketId }), body, options);
  }

  async addNote(
    ticketId: string,
    body: NoteBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#creating(buildPath(deskApiPaths.ticketNotes, { id: ticketId }), body, options);
  }

  async uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment> {
    return uploadAttachmentOver(this.#http, deskApiPaths.attachments, file, options);
  }

  async getAttachment(id: string, options?: RequestOptions): Promise<Blob> {
    return this.#http.blob(getCall(buildPath(deskApiPaths.attachment, { id }), options));
  }

  async #creating(
    path: string,
    body: unknown,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedDeskTicketEvent> {
    return this.#http.json(receivedDeskTicketEventSchema, postJsonCall(path, body, options));
  }

  async #action(
    path: string,
    body: unknown,
    options: ActionRequestOptions | undefined,
  ): Promise<ReceivedDeskTicket> {
    return this.#http.json(receivedDeskTicketSchema, postJsonCall(path, body, options));
  }
}
