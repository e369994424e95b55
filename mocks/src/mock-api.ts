import type { HttpHandler } from 'msw';
import { defaultBaseUrl } from './endpoints';
import { createDataset, isDataset, type Dataset, type DatasetOptions } from './factories';
import { createHandlers } from './handlers';
import { createModeratorSimulator, type ModeratorClock, type ModeratorSimulator } from './moderator';
import { Scenario, type ScenarioOptions } from './scenario';
import { MockStore } from './store';

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
}

/** The one mock layer: a dataset, a store over it, a scenario and the handlers that serve them. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  const datasetOption = options.dataset ?? {};
  const dataset = isDataset(datasetOption) ? datasetOption : createDataset(datasetOption);
  const store = new MockStore(dataset);
  const scenario = new Scenario(options.scenario);
  const moderator = createModeratorSimulator({
    store,
    clock: options.moderator === false ? { mode: 'off' } : (options.moderator ?? { mode: 'manual' }),
  });
  return { handlers: createHandlers({ baseUrl, store, scenario }), store, scenario, moderator, baseUrl };
}
