import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApiOptions } from './mock-api';
import type { DeskStore } from './desk/store';
import type { ModeratorSimulator } from './moderator';
import type { Scenario } from './scenario';
import type { MockStore } from './store';

export interface MockServer {
  /** Not listening yet: `server.listen({ onUnhandledRequest: 'error' })` in the test setup. */
  server: SetupServer;
  store: MockStore;
  scenario: Scenario;
  /** Manual by default: drive it with `moderator.step()` / `moderator.runUntil(status)`. */
  moderator: ModeratorSimulator;
  baseUrl: string;
  /** The desk's state over `store`; the server answers the desk's API at `deskBaseUrl` too. */
  desk: DeskStore;
  deskBaseUrl: string;
}

/**
 * The mock API for Node tests, the seller's and the desk's. Typical setup:
 * `beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))`,
 * `afterEach(() => { server.resetHandlers(); store.reset(); scenario.reset(); })`, `afterAll(() => server.close())`.
 */
export function createMockServer(options: MockApiOptions = {}): MockServer {
  const api = createMockApi(options);
  return {
    server: setupServer(...api.handlers, ...api.deskHandlers),
    store: api.store,
    scenario: api.scenario,
    moderator: api.moderator,
    baseUrl: api.baseUrl,
    desk: api.desk,
    deskBaseUrl: api.deskBaseUrl,
  };
}
