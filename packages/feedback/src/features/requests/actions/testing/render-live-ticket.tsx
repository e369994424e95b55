import { FetchApiClient } from '@seller-support/contract';
import {
  createMockApi,
  type DatasetOptions,
  type MockApi,
  type ScenarioOptions,
} from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { createMockXhr } from '../../../../testing/mock-upload-xhr';
import { createMemoryDraftStorage, type DraftStorage } from '../../../../shared/drafts/draft-storage';
import { DraftStorageProvider } from '../../../../shared/drafts/draft-storage-context';
import type { Locale } from '../../../../shared/i18n';
import type { ModuleLocation } from '../../../../shared/routing/location';
import { createMockFetch } from '../../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../../testing/module-harness';
import { LiveTicket } from './live-ticket';
import { datasetNow } from './showcase';

export { afterReopenWindow, datasetNow, showcase } from './showcase';

export interface RenderLiveTicketOptions {
  ticketId: string;
  now?: Date;
  offers?: 'pending' | 'all';
  handlers?: RequestHandler[];
  scenario?: ScenarioOptions;
  dataset?: DatasetOptions;
  /** The server to talk to; a second render with the same one is the same server after a reload. */
  mockApi?: MockApi;
  locale?: Locale;
  drafts?: DraftStorage;
  location?: ModuleLocation;
  /** Runs on the mock API before the first render: the moderator's steps, a changed store. */
  before?: (mockApi: MockApi) => void;
  /** The client's limit for an answer; a test about a stalled server shortens it. */
  requestTimeoutMs?: number;
}

/**
 * A request's actions over the shared mock API (store, scenario, moderator in manual mode), with
 * uploads through the same handlers, in the module's real providers.
 */
export async function renderLiveTicket({
  ticketId,
  now = datasetNow,
  offers = 'pending',
  handlers = [],
  scenario = {},
  dataset = {},
  mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario, dataset }),
  locale = 'ru',
  drafts = createMemoryDraftStorage(),
  location,
  before,
  requestTimeoutMs,
}: RenderLiveTicketOptions) {
  before?.(mockApi);
  const all = [...handlers, ...mockApi.handlers];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(all),
    createXhr: createMockXhr(all),
    timeouts: { requestMs: requestTimeoutMs },
  });
  const onUnauthorized = vi.fn();
  const view = (
    <ModuleHarness api={api} locale={locale} onUnauthorized={onUnauthorized} location={location}>
      <DraftStorageProvider storage={drafts}>
        <LiveTicket ticketId={ticketId} now={now} offers={offers} />
      </DraftStorageProvider>
    </ModuleHarness>
  );
  const screen = await render(view);
  return { ...mockApi, api, drafts, onUnauthorized, screen };
}

export { fileInput, focusedInModule, moduleRoot, pngFile } from '../../../../testing/dom';
