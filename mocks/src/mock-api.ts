import type { HttpHandler } from 'msw';
import { defaultBaseUrl } from './endpoints';
import { createDataset, isDataset, type Dataset, type DatasetOptions } from './factories';
import { defaultDeskBaseUrl } from './desk/endpoints';
import { createDeskHandlers } from './desk/handlers';
import { deskStoreOf, type DeskStore } from './desk/store';
import { createHandlers } from './handlers';
import { defaultHeartbeatSeconds, type LiveOptions } from './live-stream';
import { createModeratorSimulator, type ModeratorClock, type ModeratorSimulator } from './moderator';
import { Scenario, type ScenarioOptions } from './scenario';
import { MockStore, type StoreClock } from './store';
import { minuteMs, toMoscowIso } from './time';

export interface MockApiOptions {
  /** Where the API lives: a path (any origin) or an absolute URL. Default `/api/seller-support/v1`. */
  baseUrl?: string;
  /** Options for a new dataset, or a dataset to share between several mock APIs. */
  dataset?: DatasetOptions | Dataset;
  /** Latency and failures; default: no latency, no failures. */
  scenario?: ScenarioOptions;
  /**
   * The simulated moderator who answers requests: `{ mode: 'manual' }` (default: nothing moves
   * until `moderator.step()`), `{ mode: 'timer', delaysMs }` (moves by itself), or `false` (none).
   */
  moderator?: Exclude<ModeratorClock, { mode: 'off' }> | false;
  /**
   * `dataset` (default): the store's clock starts at the dataset's pinned `now` and moves a
   * minute per change, so tests and stories read the same on any day. `wall`: the demo's world,
   * a dataset anchored to the real now (unless the options name a `now`) and a store on real time.
   */
  clock?: StoreClock;
  /** Where the numbers of new tickets and uploads start (see `MockStore`); default after the dataset's. */
  numbersFrom?: number;
  /** Where the moderator's desk API lives: a path (any origin) or an absolute URL. Default `/api/desk/v1`. */
  deskBaseUrl?: string;
  /**
   * The live streams (`GET /events` of both APIs): on by default, `{ heartbeatSeconds }` to send
   * keep-alives more often, `false` for a server without them (`/events` is a 404 and clients poll;
   * the same as `scenario: { without: ['liveEvents'] }`, which `scenario.setOffered` can flip).
   */
  live?: LiveOptions | false;
}

export interface MockApi {
  /** MSW handlers for every endpoint of api.md. */
  handlers: HttpHandler[];
  /** The server-side state behind the handlers; `store.reset()` between tests. */
  store: MockStore;
  /** Latency and failure switches; `scenario.reset()` between tests. */
  scenario: Scenario;
  /** The simulated moderator over `store` (mode `off` when the options said `moderator: false`). */
  moderator: ModeratorSimulator;
  baseUrl: string;
  /** MSW handlers for every endpoint of the desk's contract, over the same store and scenario. */
  deskHandlers: HttpHandler[];
  /** The desk's state over `store` (notes, read marks) and the moderators' operations on it. */
  desk: DeskStore;
  deskBaseUrl: string;
}

function heartbeatOf(live: LiveOptions | false | undefined): number {
  const seconds = live === false ? undefined : live?.heartbeatSeconds;
  if (seconds === undefined) return defaultHeartbeatSeconds;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300)
    throw new RangeError(`live.heartbeatSeconds must be a whole number from 1 to 300, not ${seconds}`);
  return seconds;
}

/** The one mock layer: a dataset, a store over it, a scenario and the handlers that serve them. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  const clock = options.clock ?? 'dataset';
  const datasetOption = options.dataset ?? {};
  const dataset = isDataset(datasetOption)
    ? datasetOption
    : createDataset(
        clock === 'wall' && datasetOption.now === undefined
          ? { ...datasetOption, now: toMoscowIso(Math.floor(Date.now() / minuteMs) * minuteMs) }
          : datasetOption,
      );
  const store = new MockStore(dataset, {
    clock,
    ...(options.numbersFrom === undefined ? {} : { numbersFrom: options.numbersFrom }),
  });
  const scenario = new Scenario(
    options.live === false
      ? { ...options.scenario, without: [...(options.scenario?.without ?? []), 'liveEvents'] }
      : options.scenario,
  );
  const heartbeatSeconds = heartbeatOf(options.live);
  const moderator = createModeratorSimulator({
    store,
    clock: options.moderator === false ? { mode: 'off' } : (options.moderator ?? { mode: 'manual' }),
  });
  const deskBaseUrl = options.deskBaseUrl ?? defaultDeskBaseUrl;
  return {
    handlers: createHandlers({ baseUrl, store, scenario, heartbeatSeconds }),
    store,
    scenario,
    moderator,
    baseUrl,
    deskHandlers: createDeskHandlers({ baseUrl: deskBaseUrl, store, scenario, heartbeatSeconds }),
    desk: deskStoreOf(store),
    deskBaseUrl,
  };
}

/**
 * The mock API for the moderator's desk (its stories, browser tests, demo page): `createMockApi`
 * whose dataset also has the desk's queue tickets (`tickets: { deskQueue: true }`: one overdue at
 * `defaultNow`, one held by each demo moderator, more unassigned), unless a dataset is given. Use
 * `deskHandlers` for the desk and `handlers` for the seller's side of the same tickets.
 */
export function createMockDeskApi(options: MockApiOptions = {}): MockApi {
  const dataset = options.dataset ?? {};
  if (isDataset(dataset)) return createMockApi(options);
  const tickets = dataset.tickets;
  return createMockApi({
    ...options,
    dataset: {
      ...dataset,
      tickets:
        typeof tickets === 'number' ? { count: tickets, deskQueue: true } : { ...tickets, deskQueue: true },
    },
  });
}
