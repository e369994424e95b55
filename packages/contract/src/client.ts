import {
  FetchTransport,
  toSearchParams,
  type ActionRequestOptions,
  type FetchApiClientOptions,
  type IdempotentRequestOptions,
  type RequestOptions,
  type Revalidated,
  type UploadFile,
  type UploadRequestOptions,
} from './http-transport';
import { listTicketsOver } from './list-tickets';
import { apiPaths, buildPath } from './paths';
import { getCall, postCall, postJsonCall, uploadAttachmentOver } from './request-calls';
import {
  receivedArticleListSchema,
  receivedFacilityPageSchema,
  receivedOrderPageSchema,
  receivedOrderSchema,
  receivedPolicySchema,
  receivedSellerContextSchema,
  receivedTicketChangesSchema,
  receivedTicketEventSchema,
  receivedTicketSchema,
  type Attachment,
  type CreateTicketBody,
  type ListArticlesQuery,
  type ListFacilitiesQuery,
  type ListOrdersQuery,
  type ListTicketsQuery,
  type OfferDecisionBody,
  type PostMessageBody,
  type RatingBody,
  type ReceivedArticleList,
  type ReceivedFacilityPage,
  type ReceivedOrder,
  type ReceivedOrderPage,
  type ReceivedPolicy,
  type ReceivedSellerContext,
  type ReceivedTicket,
  type ReceivedTicketChanges,
  type ReceivedTicketEvent,
  type ReceivedTicketPage,
  type ReopenBody,
} from './schemas';

// The paths and the transport live in modules of their own, so that a bundle needing one
// endpoint does not carry the whole client; they are exported from here as before.
export { apiPaths, buildPath, toRoutePattern, type ApiPath, type PathParams } from './paths';
export { listTicketsOver } from './list-tickets';
export { listUnreadOver } from './list-unread';
export {
  defaultClientTimeouts,
  FetchTransport,
  inProgressRetries,
  type ActionRequestOptions,
  type ApiCall,
  type ClientTimeouts,
  type FetchApiClientOptions,
  type IdempotentRequestOptions,
  type RequestOptions,
  type Revalidated,
  type UploadFile,
  type UploadProgressEvent,
  type UploadRequestOptions,
  type UploadXhr,
} from './http-transport';

/**
 * The seller support API as the module sees it. Every method resolves with a body read the way a
 * client reads the contract (tolerantly: an unknown enum value kept, unknown fields dropped, a
 * malformed list item left out and counted; see `schemas/tolerance.ts`), or rejects with an
 * {@link ApiError} subclass (or the abort reason). A body even that reading refuses is a
 * {@link MalformedResponseError}.
 */
export interface ApiClient {
  /** `GET /context`: the seller, their deal summary and the orders in transit. */
  getContext(options?: RequestOptions): Promise<ReceivedSellerContext>;
  /** `GET /orders`: the deal history, newest first. */
  listOrders(query?: ListOrdersQuery, options?: RequestOptions): Promise<ReceivedOrderPage>;
  /** `GET /orders/{id}`. */
  getOrder(id: string, options?: RequestOptions): Promise<ReceivedOrder>;
  /** `GET /facilities`: warehouses, pickup points, distribution centres. */
  listFacilities(query?: ListFacilitiesQuery, options?: RequestOptions): Promise<ReceivedFacilityPage>;
  /** `GET /policy`: response times, attachment limits and the other channels. */
  getPolicy(options?: RequestOptions): Promise<ReceivedPolicy>;
  /** `GET /articles`: help articles for a topic or a search. */
  listArticles(query?: ListArticlesQuery, options?: RequestOptions): Promise<ReceivedArticleList>;
  /** `POST /attachments` (multipart, one part `file`); with `onProgress`, reports the bytes sent. */
  uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment>;
  /**
   * `GET /attachments/{id}`: the file's content, with the token like every call; the seller's own
   * files only (a 404 for any other).
   */
  getAttachment(id: string, options?: RequestOptions): Promise<Blob>;
  /** `POST /tickets`: submits a request; a replay with the same key returns the original. */
  createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<ReceivedTicket>;
  /** `GET /tickets`: the seller's requests, without events. */
  listTickets(query?: ListTicketsQuery, options?: RequestOptions): Promise<ReceivedTicketPage>;
  /** `GET /tickets/{id}`: one request with its events. */
  getTicket(id: string, options?: RequestOptions): Promise<ReceivedTicket>;
  /**
   * `GET /tickets/{id}` again, with `If-None-Match: etag` when the ticket came with an `ETag`:
   * `notModified` when the server answers 304, else the ticket and its `ETag` (null from a server
   * that sends none, which then always answers in full).
   */
  getTicketIfChanged(
    id: string,
    etag: string | undefined,
    options?: RequestOptions,
  ): Promise<Revalidated<ReceivedTicket>>;
  /**
   * `GET /tickets/{id}/events?after=`: the events after `after` (a ticket's or a previous answer's
   * `eventsCursor`), the ticket as it stands and the next cursor. Offered by a server whose tickets
   * carry `eventsCursor`; one that does not offer it answers 404 or 405.
   */
  getTicketEvents(id: string, after: string, options?: RequestOptions): Promise<ReceivedTicketChanges>;
  /** `POST /tickets/{id}/messages`. */
  postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedTicketEvent>;
  /**
   * `POST /tickets/{id}/offers/{offerId}/decision`; 409 when already decided otherwise. Safe to
   * retry: the same decision again resolves with the ticket.
   */
  decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/reopen`; 409 when not resolved or too late. Safe to retry, like a decision. */
  reopenTicket(ticketId: string, body: ReopenBody, options?: ActionRequestOptions): Promise<ReceivedTicket>;
  /**
   * `POST /tickets/{id}/rating`; 409 when not resolved/closed or already rated otherwise. Safe to
   * retry, like a decision.
   */
  rateTicket(ticketId: string, body: RatingBody, options?: ActionRequestOptions): Promise<ReceivedTicket>;
  /** `POST /tickets/{id}/read`: marks the events read (`unread` becomes 0). */
  markRead(ticketId: string, options?: RequestOptions): Promise<void>;
}

/**
 * The {@link ApiClient} over `fetch`; tests and the dev harness pass their own `fetch`.
 * Every method is async throughout: even a bad argument (an empty id or idempotency key) rejects, never throws.
 */
export class FetchApiClient implements ApiClient {
  readonly #http: FetchTransport;

  constructor(options: FetchApiClientOptions) {
    this.#http = new FetchTransport(options);
  }

  async getContext(options?: RequestOptions): Promise<ReceivedSellerContext> {
    return this.#http.json(receivedSellerContextSchema, getCall(apiPaths.context, options));
  }

  async listOrders(query: ListOrdersQuery = {}, options?: RequestOptions): Promise<ReceivedOrderPage> {
    return this.#http.json(
      receivedOrderPageSchema,
      getCall(
        apiPaths.orders,
        options,
        toSearchParams({
          query: query.query,
          status: query.status,
          from: query.from,
          to: query.to,
          cursor: query.cursor,
          limit: query.limit,
        }),
      ),
    );
  }

  async getOrder(id: string, options?: RequestOptions): Promise<ReceivedOrder> {
    return this.#http.json(receivedOrderSchema, getCall(buildPath(apiPaths.order, { id }), options));
  }

  async listFacilities(
    query: ListFacilitiesQuery = {},
    options?: RequestOptions,
  ): Promise<ReceivedFacilityPage> {
    return this.#http.json(
      receivedFacilityPageSchema,
      getCall(
        apiPaths.facilities,
        options,
        toSearchParams({
          type: query.type,
          query: query.query,
          cursor: query.cursor,
          limit: query.limit,
        }),
      ),
    );
  }

  async getPolicy(options?: RequestOptions): Promise<ReceivedPolicy> {
    return this.#http.json(receivedPolicySchema, getCall(apiPaths.policy, options));
  }

  async listArticles(query: ListArticlesQuery = {}, options?: RequestOptions): Promise<ReceivedArticleList> {
    return this.#http.json(
      receivedArticleListSchema,
      getCall(
        apiPaths.articles,
        options,
        toSearchParams({ topic: query.topic, query: query.query, limit: query.limit }),
      ),
    );
  }

  async uploadAttachment(file: UploadFile, options: UploadRequestOptions): Promise<Attachment> {
    return uploadAttachmentOver(this.#http, apiPaths.attachments, file, options);
  }

  async getAttachment(id: string, options?: RequestOptions): Promise<Blob> {
    return this.#http.blob(getCall(buildPath(apiPaths.attachment, { id }), options));
  }

  async createTicket(body: CreateTicketBody, options: IdempotentRequestOptions): Promise<ReceivedTicket> {
    return this.#http.json(receivedTicketSchema, postJsonCall(apiPaths.tickets, body, options));
  }

  async listTickets(query: ListTicketsQuery = {}, options?: RequestOptions): Promise<ReceivedTicketPage> {
    return listTicketsOver(this.#http, query, options);
  }

  async getTicket(id: string, options?: RequestOptions): Promise<ReceivedTicket> {
    return this.#http.json(receivedTicketSchema, getCall(buildPath(apiPaths.ticket, { id }), options));
  }

  async getTicketIfChanged(
    id: string,
    etag: string | undefined,
    options?: RequestOptions,
  ): Promise<Revalidated<ReceivedTicket>> {
    return this.#http.revalidated(receivedTicketSchema, {
      ...getCall(buildPath(apiPaths.ticket, { id }), options),
      ifNoneMatch: etag,
    });
  }

  async getTicketEvents(id: string, after: string, options?: RequestOptions): Promise<ReceivedTicketChanges> {
    // An empty cursor would be left out of the query, asking for nothing the contract defines.
    if (after === '') throw new TypeError('after must be a cursor the server handed out, not empty');
    return this.#http.json(
      receivedTicketChangesSchema,
      getCall(buildPath(apiPaths.ticketEvents, { id }), options, toSearchParams({ after })),
    );
  }

  async postMessage(
    ticketId: string,
    body: PostMessageBody,
    options: IdempotentRequestOptions,
  ): Promise<ReceivedTicketEvent> {
    return this.#http.json(
      receivedTicketEventSchema,
      postJsonCall(buildPath(apiPaths.ticketMessages, { id: ticketId }), body, options),
    );
  }

  async decideOffer(
    ticketId: string,
    offerId: string,
    body: OfferDecisionBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedTicket> {
    return this.#http.json(
      receivedTicketSchema,
      postJsonCall(buildPath(apiPaths.offerDecision, { id: ticketId, offerId }), body, options),
    );
  }

  async reopenTicket(
    ticketId: string,
    body: ReopenBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedTicket> {
    return this.#http.json(
      receivedTicketSchema,
      postJsonCall(buildPath(apiPaths.ticketReopen, { id: ticketId }), body, options),
    );
  }

  async rateTicket(
    ticketId: string,
    body: RatingBody,
    options?: ActionRequestOptions,
  ): Promise<ReceivedTicket> {
    return this.#http.json(
      receivedTicketSchema,
      postJsonCall(buildPath(apiPaths.ticketRating, { id: ticketId }), body, options),
    );
  }

  async markRead(ticketId: string, options?: RequestOptions): Promise<void> {
    // The contract says 204: nothing to read.
    await this.#http.empty(postCall(buildPath(apiPaths.ticketRead, { id: ticketId }), options));
  }
}
