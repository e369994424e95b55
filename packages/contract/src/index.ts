/**
 * The HTTP contract of the seller support module: the zod/mini schemas (the single source), the
 * types inferred from them, the typed API client, its errors and the OpenAPI document.
 *
 * Every name below is public: host teams, the mocks and the module code against them, so a change
 * here is a change to the contract and shows in review.
 *
 * @packageDocumentation
 */

// Schemas and the types inferred from them. Documentation sits on each declaration.
export {
  contractRegistry,
  named,
  // common
  timestampSchema,
  dateSchema,
  idSchema,
  moneySchema,
  pageSchema,
  controlCharacters,
  stripControlCharacters,
  visibleLength,
  textSchema,
  type Money,
  type Page,
  // query and header parameters
  maxPageLimit,
  pageLimitSchema,
  cursorSchema,
  searchQuerySchema,
  idempotencyKeySchema,
  listOrdersQuerySchema,
  listFacilitiesQuerySchema,
  listArticlesQuerySchema,
  listTicketsQuerySchema,
  type ListOrdersQuery,
  type ListFacilitiesQuery,
  type ListArticlesQuery,
  type ListTicketsQuery,
  // seller
  sellerTiers,
  sellerTierSchema,
  sellerSchema,
  dealSummarySchema,
  sellerContextSchema,
  inTransitRefSchema,
  type SellerTier,
  type Seller,
  type DealSummary,
  type SellerContext,
  // orders
  orderStatuses,
  orderStatusSchema,
  orderItemSchema,
  deliveryPointSchema,
  trackingSchema,
  orderSchema,
  orderPageSchema,
  type OrderStatus,
  type OrderItem,
  type DeliveryPoint,
  type Tracking,
  type Order,
  // facilities
  facilityTypes,
  facilityTypeSchema,
  facilitySchema,
  facilityPageSchema,
  type FacilityType,
  type Facility,
  // policy and channels
  channelSchema,
  attachmentPolicySchema,
  policySchema,
  type Channel,
  type ChannelKind,
  type AttachmentPolicy,
  type Policy,
  // articles and attachments
  articleSchema,
  articleListSchema,
  attachmentSchema,
  cleanFileName,
  type Article,
  type ArticleList,
  type Attachment,
  // tickets
  topics,
  topicSchema,
  limits,
  ticketStatuses,
  ticketStatusSchema,
  moderatorSchema,
  offerSchema,
  thirdParties,
  ticketEventSchema,
  ratingSchema,
  ticketSchema,
  ticketPageSchema,
  environmentSchema,
  contextSnapshotSchema,
  createTicketBodySchema,
  postMessageBodySchema,
  offerDecisionBodySchema,
  reopenBodySchema,
  ratingBodySchema,
  type Topic,
  type TicketStatus,
  type Moderator,
  type Offer,
  type TicketEvent,
  type TicketEventKind,
  type Ticket,
  type ContextSnapshot,
  type CreateTicketBody,
  type PostMessageBody,
  type OfferDecisionBody,
  type ReopenBody,
  type RatingBody,
  // errors on the wire
  problemSchema,
  type Problem,
} from './schemas';

// The client: an interface to code against, a fetch implementation, and the path templates it shares with the mocks.
export {
  apiPaths,
  buildPath,
  toRoutePattern,
  FetchApiClient,
  type ApiClient,
  type ApiPath,
  type PathParams,
  type FetchApiClientOptions,
  type RequestOptions,
  type IdempotentRequestOptions,
  type UploadFile,
  type UploadRequestOptions,
  type UploadXhr,
  type UploadProgressEvent,
} from './client';

// What the client throws.
export {
  ApiError,
  ValidationError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  RateLimitedError,
  ServerError,
  NetworkError,
  MalformedResponseError,
  isApiError,
  type AnyApiError,
  type ApiErrorKind,
  type FieldError,
} from './errors';

// The OpenAPI document built from the schemas (packages/contract/openapi.json is this, written out).
export { buildOpenApiDocument, type OpenApiDocument, type JsonSchema } from './openapi';

// When support's first answer is due: one rule for the module, the mocks and the service.
export {
  expectedFirstResponse,
  isWithinDayHours,
  minuteOfDay,
  wallClockMinuteOfDay,
  type FirstResponseExpectation,
} from './response-time';
