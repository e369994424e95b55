import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApiOptions } from './mock-api';
import type { Scenario } from './scenario';
import type { MockStore } from './store';

export interface MockWorkerOptions extends MockApiOptions {
  /** Silence MSW's console lines about intercepted requests. Default true. */
  quiet?: boolean;
  /** Where the page serves `mockServiceWorker.js` (`msw init <public dir>`). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
}

export interface MockWorker {
  worker: SetupWorker;
  store: MockStore;
  scenario: Scenario;
}

/**
 * Starts the mock API in the browser (demo host, dev harness). Latency defaults to `realistic`
 * so loading states are visible; requests outside the API (the page's own assets) pass through.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { quiet = true, serviceWorkerUrl = '/mockServiceWorker.js', ...apiOptions } = options;
  const api = createMockApi({ ...apiOptions, scenario: { latency: 'realistic', ...apiOptions.scenario } });
  const worker = setupWorker(...api.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet, serviceWorker: { url: serviceWorkerUrl } });
  return { worker, store: api.store, scenario: api.scenario };
}
