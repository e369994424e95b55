import { setupWorker, type SetupWorker } from 'msw/browser';
import type { DeskStore } from './desk/store';
import { createMockApi, type MockApiOptions } from './mock-api';
import { demoModeratorDelaysMs, type ModeratorSimulator } from './moderator';
import type { Scenario } from './scenario';
import type { MockStore } from './store';

export interface MockWorkerOptions extends MockApiOptions {
  /** Silence MSW's console lines about intercepted requests. Default true. */
  quiet?: boolean;
  /** Where the page serves `mockServiceWorker.js` (`msw init <public dir>`). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /**
   * Puts `{ store, scenario, moderator }` on `globalThis.__sellerSupportMocks`, so e2e tests of the
   * page can drive the mock backend (`page.evaluate(() => __sellerSupportMocks.moderator.step())`).
   * Default false: a demo page does not expose it.
   */
  exposeForTests?: boolean;
}

export interface MockWorker {
  worker: SetupWorker;
  store: MockStore;
  scenario: Scenario;
  moderator: ModeratorSimulator;
  desk: DeskStore;
}

/** What `exposeForTests` puts on `globalThis.__sellerSupportMocks`. */
export interface ExposedMocks {
  store: MockStore;
  scenario: Scenario;
  moderator: ModeratorSimulator;
  desk: DeskStore;
}

/** The global that `exposeForTests` sets. */
export const exposedMocksKey = '__sellerSupportMocks';

declare global {
  // A `var` is what declares a property of globalThis.
  var __sellerSupportMocks: ExposedMocks | undefined;
}

/**
 * Starts the mock API in the browser (demo host, dev harness). The world is today's (the `wall`
 * clock: data anchored to the real now, the store on real time), latency defaults to `realistic`
 * so loading states are visible, and the moderator to a timer with short delays, so a new request
 * is picked up and led to an offer or a resolution while the seller watches; requests outside the
 * API (the page's own assets) pass through.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const {
    quiet = true,
    serviceWorkerUrl = '/mockServiceWorker.js',
    exposeForTests = false,
    ...apiOptions
  } = options;
  const api = createMockApi({
    ...apiOptions,
    clock: apiOptions.clock ?? 'wall',
    scenario: { latency: 'realistic', ...apiOptions.scenario },
    moderator: apiOptions.moderator ?? { mode: 'timer', delaysMs: demoModeratorDelaysMs },
  });
  // The desk's API too, at its own base URL: the demo's back-office page works on the same tickets.
  const worker = setupWorker(...api.handlers, ...api.deskHandlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet, serviceWorker: { url: serviceWorkerUrl } });
  if (exposeForTests) {
    globalThis.__sellerSupportMocks = {
      store: api.store,
      scenario: api.scenario,
      moderator: api.moderator,
      desk: api.desk,
    };
  }
  return { worker, store: api.store, scenario: api.scenario, moderator: api.moderator, desk: api.desk };
}
