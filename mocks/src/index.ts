/**
 * One mock layer for the demo, Storybook and tests: seeded factories, an in-memory store that
 * behaves like the real backend, scenario switches for latency and failures, and MSW handlers for
 * every endpoint of api.md whose answers are parsed with the contract's schemas.
 *
 * Browser: `@seller-support/mocks/browser` (`startMockWorker`). Node tests:
 * `@seller-support/mocks/node` (`createMockServer`). A real HTTP server:
 * `@seller-support/mocks/http-server` (`startContractServer`).
 *
 * @packageDocumentation
 */

/** Builds handlers, store and scenario in one call; see {@link MockApiOptions}. */
export { createMockApi, createMockDeskApi, type MockApi, type MockApiOptions } from './mock-api';

/**
 * The moderator's desk (`/api/desk/v1`) over the same store: its handlers, its endpoint names (for
 * `scenario.failures`), the demo moderators and their tokens, and the moderators' operations.
 */
export { createDeskHandlers, type DeskHandlerContext } from './desk/handlers';
export {
  defaultDeskBaseUrl,
  deskEndpointNames,
  deskEndpointResponseSchemas,
  deskEndpointRoutes,
  type DeskEndpointName,
} from './desk/endpoints';
export { deskAnna, deskBoris, deskModeratorOf, deskTokens } from './desk/moderators';
export {
  mockDeskFailure,
  mockDeskMalformed,
  mockDeskNetworkError,
  mockDeskPending,
  mockDeskResponse,
} from './desk/overrides';
export {
  DeskStore,
  deskStoreOf,
  type DeskChange,
  type ModeratorAction,
  type ModeratorActionResult,
} from './desk/store';

/** A deterministic moderator that leads new requests to a resolution (manual steps or timers). */
export {
  createModeratorSimulator,
  demoModeratorDelaysMs,
  type ModeratorClock,
  type ModeratorSimulator,
  type ModeratorStep,
  type PendingModeratorStep,
} from './moderator';

/** Endpoint names (the `ApiClient` method names), their routes and the default base URL. */
export {
  defaultBaseUrl,
  endpointNames,
  endpointRoutes,
  endpointResponseSchemas,
  endpointReceivedSchemas,
  endpointUrl,
  type EndpointName,
  type JsonEndpointName,
} from './endpoints';

/** Per-story and per-test handler overrides, to put in front of the default handlers. */
export {
  mockFailure,
  mockForeignResponse,
  mockMalformed,
  mockNetworkError,
  mockPending,
  mockResponse,
  type OverrideOptions,
} from './overrides';

/** MSW handlers over a store and a scenario, and the response helpers every handler uses. */
export {
  createHandlers,
  ContractDriftError,
  malformedBody,
  problemResponse,
  respond,
  type HandlerContext,
} from './handlers';

/** Seeded, deterministic data with overrides. */
export {
  createDataset,
  createRng,
  defaultChannels,
  defaultNow,
  firstResponseDue,
  GeneratedOrders,
  isDataset,
  makeFacilities,
  makeContextSnapshot,
  makeFacility,
  makeDeskQueueTickets,
  makeLongConversationTicket,
  makeOrder,
  makePolicy,
  makeSeller,
  makeTicket,
  makeTickets,
  offerTopics,
  type Dataset,
  type DatasetOptions,
  type OrderFilter,
  type Rng,
  type TicketWithEvents,
} from './factories';
export { defaultArticles, type ArticleEntry } from './articles';
/** Real-looking content (a PNG or a PDF) for a seeded attachment, as `GET /attachments/{id}` serves it. */
export { sampleAttachmentBytes } from './attachment-content';

/** Amounts as the contract carries them (`"1490.00"`) and as the moderator writes them (`1 490,00 ₽`). */
export { formatKopecks, formatRubles } from './money';

/** The server-side state, and what it throws for requests a real server would refuse. */
export {
  MockStore,
  sniffContentType,
  type Created,
  type StoreClock,
  type DistributiveOmit,
  type ModeratorChanges,
  type StoreChange,
  type UploadedFile,
} from './store';
export { makeProblem, ProblemError, type FieldError } from './problem';

/**
 * The live streams (`GET /events`): the store's numbered change log (`store.live`), the stream
 * every `/events` handler answers with, and a reader of such a stream for tests.
 */
export {
  LiveLog,
  defaultLiveRetention,
  type LiveChange,
  type LiveReplay,
  type LiveSubscriber,
} from './live-log';
export {
  defaultHeartbeatSeconds,
  liveStreamResponse,
  type LiveOptions,
  type LiveStreamSpec,
} from './live-stream';
export { readSse, type SseBlock, type SseReader } from './live-reader';

/** Latency and failure switches. */
export {
  optionalFeatures,
  Scenario,
  type OptionalFeature,
  type ScenarioOperation,
  type FailureOutcome,
  type FailureSpec,
  type Latency,
  type ScenarioOptions,
} from './scenario';
