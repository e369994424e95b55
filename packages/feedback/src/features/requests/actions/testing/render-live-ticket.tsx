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
import { createMockXhr } from '../../../../shared/attachments/mock-upload-xhr';
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
  locale?: Locale;
  drafts?: DraftStorage;
  location?: ModuleLocation;
  /** Runs on the mock API before the first render: the moderator's steps, a changed store. */
  before?: (mockApi: MockApi) => void;
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
  locale = 'ru',
  drafts = createMemoryDraftStorage(),
  location,
  before,
}: RenderLiveTicketOptions) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario, dataset });
  before?.(mockApi);
  const all = [...handlers, ...mockApi.handlers];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(all),
    createXhr: createMockXhr(all),
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

/** The module's shadow root (the harness renders into one). */
export function moduleRoot(): ShadowRoot {
  const root = document.querySelector('[data-seller-support]')?.shadowRoot;
  if (!root) throw new Error('The module has not rendered.');
  return root;
}

/** The focused element inside the module's shadow root (`document.activeElement` is its host). */
export const focusedInModule = () =>
  document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;

/** A real, decodable PNG drawn on a canvas. */
export async function pngFile(name = 'photo.png', size = 48): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context.');
  context.fillStyle = '#b42318';
  context.fillRect(0, 0, size, size);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The canvas gave no PNG.');
  return new File([blob], name, { type: 'image/png' });
}

export function fileInput(): HTMLInputElement {
  const input = moduleRoot().querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('No file input.');
  return input;
}
