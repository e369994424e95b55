import { FetchApiClient } from '@seller-support/contract';
import {
  createMockApi,
  type DatasetOptions,
  type MockApi,
  type ScenarioOptions,
} from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import type { ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../shared/i18n';
import type { ModuleLocation } from '../../../shared/routing/location';
import { createMockXhr } from '../../../testing/mock-upload-xhr';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { AskRequest, type AskRequestProps } from '../components/ask-request';
import { DraftStoreProvider } from '../drafts/draft-store-context';
import { createMemoryDraftStore, type DraftStore } from '../drafts/draft-store';

const sentHeading = /Обращение № \d+ отправлено/;

export interface RenderAskRequestOptions {
  /** Handlers that take precedence over the mock API's; given the API, so they can use its store. */
  handlers?: RequestHandler[] | ((api: MockApi) => RequestHandler[]);
  scenario?: ScenarioOptions;
  dataset?: DatasetOptions;
  /** The server to talk to; a second render with the same one is the same server after a reload. */
  mockApi?: MockApi;
  locale?: Locale;
  drafts?: DraftStore;
  location?: ModuleLocation;
  props?: AskRequestProps;
  /** The client's limit for an answer; a test about a stalled server shortens it. */
  requestTimeoutMs?: number;
  /** False for a test about a form that does not come: the render resolves without waiting for it. */
  waitForForm?: boolean;
  /** Rendered after the form in the same providers: a probe such as `QueryProbe`. */
  after?: ReactNode;
}

/**
 * The request form inside the module's providers, on the mock API, with the clock of its success
 * screen fixed; resolves once the topics are on screen (unless told not to wait for them).
 */
export async function renderAskRequest({
  handlers = [],
  scenario = {},
  dataset = {},
  mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario, dataset }),
  locale = 'ru',
  drafts = createMemoryDraftStore(),
  location,
  props = {},
  requestTimeoutMs,
  waitForForm = true,
  after,
}: RenderAskRequestOptions = {}) {
  const onUnauthorized = vi.fn();
  const own = typeof handlers === 'function' ? handlers(mockApi) : handlers;
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([...own, ...mockApi.handlers]),
    createXhr: createMockXhr([...own, ...mockApi.handlers]),
    timeouts: { requestMs: requestTimeoutMs },
  });
  const ticketsBefore = mockApi.store.listTickets().total ?? 0;
  const screen = await render(
    <ModuleHarness api={api} locale={locale} onUnauthorized={onUnauthorized} location={location}>
      <DraftStoreProvider store={drafts}>
        <AskRequest now={new Date('2026-11-25T12:00:00+03:00')} {...props} />
        {after}
      </DraftStoreProvider>
    </ModuleHarness>,
  );
  // The form, or — opened on a submit still waiting for its answer — the success screen the
  // answer may bring before the form is ever usable: which comes first is a race, not a bug.
  if (waitForForm) {
    await expect
      .element(
        page
          .getByRole('radio')
          .first()
          .or(page.getByRole('heading', { name: sentHeading })),
      )
      .toBeVisible();
  }
  return {
    ...mockApi,
    drafts,
    onUnauthorized,
    screen,
    newTickets: () => (mockApi.store.listTickets().total ?? 0) - ticketsBefore,
  };
}

export { fileInput, focusedInModule, pngFile } from '../../../testing/dom';

export async function fillText(
  subject = 'Где моя посылка',
  description = 'Трек не обновляется уже три дня.',
) {
  await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);
  await page.getByRole('textbox', { name: 'Описание', exact: true }).fill(description);
}

export async function chooseTopic(name: string) {
  await page.getByRole('radio', { name: new RegExp(`^${name}`) }).click();
}

export async function pickFirstOrder() {
  const option = page.getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first();
  await option.click();
}

export const submitButton = () => page.getByRole('button', { name: 'Отправить обращение' });

/** Waits for the success screen; the id of the newest ticket in the store. */
export async function sentTicketId(store: MockApi['store']): Promise<string> {
  await expect.element(page.getByRole('heading', { name: sentHeading })).toBeVisible();
  const ticket = store.listTickets().items[0];
  if (!ticket) throw new Error('No ticket was created.');
  return ticket.id;
}

/** Opens "what support will see", collapsed under the form. */
export async function openPreview() {
  await page.getByText('Проверить, что увидит поддержка').click();
}
