import { FetchApiClient, type Ticket } from '@seller-support/contract';
import { createMockApi, defaultNow, mockResponse, type MockApi } from '@seller-support/mocks';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AskRequest } from './features/ask/components/ask-request';
import { createMemoryDraftStore } from './features/ask/drafts/draft-store';
import { DraftStoreProvider } from './features/ask/drafts/draft-store-context';
import { ChannelsPanel } from './features/channels/channels-panel';
import { RequestsScreen } from './features/requests/list/requests-screen';
import { RequestScreen } from './features/requests/request/request-screen';
import { createMockFetch } from './testing/mock-fetch';
import { moduleRoot } from './testing/dom';
import { mockApiBaseUrl, ModuleHarness } from './testing/module-harness';

// A server may send a string without a single space; the module must wrap it, not widen the page.
// One field per screen gets 100,000 characters; the others 5,000, which is as wide a test and quicker.
const unbroken = (seed: string, length = 5_000) => seed.repeat(Math.ceil(length / seed.length));
const now = new Date(defaultNow);
const width = 320;

async function renderNarrow(
  ui: ReactNode,
  handlers: (api: MockApi) => Parameters<typeof createMockFetch>[0],
) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([...handlers(mockApi), ...mockApi.handlers]),
  });
  const screen = await render(
    <div style={{ width: `${String(width)}px` }} data-testid="container">
      <ModuleHarness api={api}>{ui}</ModuleHarness>
    </div>,
  );
  return { mockApi, screen };
}

/** Elements of the module that reach past the container's right edge. */
function overflowing(): string[] {
  const container = page.getByTestId('container').element().getBoundingClientRect();
  return [...moduleRoot().querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > container.right + 1)
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}

describe('a long unbroken string from the server', () => {
  it('wraps on the request page: subject, moderator, messages, steps, files, offers', async () => {
    const id = 'T-000104';
    await renderNarrow(
      <RequestScreen id={id} now={now} timeZone="Europe/Moscow" pollMs={60_000} />,
      (mockApi) => {
        const ticket = mockApi.store.getTicket(id);
        const moderator = { id: 'm-1', displayName: unbroken('Модератор') };
        const long: Ticket = {
          ...ticket,
          subject: unbroken('Тема', 100_000),
          assignee: moderator,
          events: [
            ...ticket.events,
            { id: 'l1', at: defaultNow, kind: 'assigned', moderator },
            {
              id: 'l2',
              at: defaultNow,
              kind: 'message',
              author: 'moderator',
              body: unbroken('Сообщение', 100_000),
              attachments: [
                { id: 'a-1', name: unbroken('файл') + '.pdf', size: 1000, type: 'application/pdf' },
              ],
            },
            { id: 'l3', at: defaultNow, kind: 'step', text: unbroken('Шаг') },
            { id: 'l4', at: defaultNow, kind: 'third_party', party: 'carrier', note: unbroken('Заметка') },
            {
              id: 'l5',
              at: defaultNow,
              kind: 'offer',
              offer: {
                id: 'o-1',
                kind: 'compensation',
                description: unbroken('Предложение'),
                amount: null,
                status: 'declined',
              },
            },
          ],
        };
        return [mockResponse('getTicket', long, mockApiBaseUrl)];
      },
    );
    await expect.element(page.getByText(/^(Сообщение){100,}$/)).toBeVisible();
    expect(overflowing()).toEqual([]);
  });

  it('wraps in the list of requests', async () => {
    await renderNarrow(<RequestsScreen params={new URLSearchParams()} now={now} />, (mockApi) => {
      const page1 = mockApi.store.listTickets();
      const [first, ...rest] = page1.items;
      if (first === undefined) throw new Error('no tickets');
      return [
        mockResponse(
          'listTickets',
          { ...page1, items: [{ ...first, subject: unbroken('Тема', 100_000) }, ...rest] },
          mockApiBaseUrl,
        ),
      ];
    });
    await expect.element(page.getByText(/^(Тема){100,}$/)).toBeVisible();
    expect(overflowing()).toEqual([]);
  });

  it('wraps in the form: identity, orders, the snapshot and help articles', async () => {
    await renderNarrow(
      <DraftStoreProvider store={createMemoryDraftStore()}>
        <AskRequest now={now} />
      </DraftStoreProvider>,
      (mockApi) => {
        const context = mockApi.store.getContext();
        const [order, ...others] = context.inTransit;
        if (order === undefined) throw new Error('no order in transit');
        const longOrder = {
          ...order,
          items: order.items.map((item) => ({ ...item, name: unbroken('Товар'), sku: unbroken('SKU') })),
          deliveryPoint: { id: 'p-1', name: unbroken('ПВЗ'), address: unbroken('Адрес') },
          tracking: { state: unbroken('Статус'), lastScanAt: defaultNow, lastScanPlace: unbroken('Место') },
        };
        return [
          mockResponse(
            'getContext',
            {
              ...context,
              seller: {
                ...context.seller,
                legalName: unbroken('ООО', 100_000),
                contactName: unbroken('Имя'),
                email: `${unbroken('a')}@example.com`,
              },
              inTransit: [longOrder, ...others],
            },
            mockApiBaseUrl,
          ),
          mockResponse(
            'listOrders',
            { items: [longOrder, ...others], nextCursor: null, total: others.length + 1 },
            mockApiBaseUrl,
          ),
          mockResponse(
            'listArticles',
            {
              items: [
                {
                  id: 'ar-1',
                  title: unbroken('Статья'),
                  excerpt: unbroken('Отрывок'),
                  url: 'https://example.com/a',
                },
              ],
            },
            mockApiBaseUrl,
          ),
        ];
      },
    );
    await page.getByRole('radio', { name: /^Где посылка/ }).click();
    await page.getByRole('listbox', { name: 'Найденные заказы' }).getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Где посылка');
    await page.getByRole('textbox', { name: 'Описание', exact: true }).fill('Трек не обновляется три дня.');
    await expect.element(page.getByText(/^(Статья)+/)).toBeVisible();
    // The identity and the orders as support will see them: collapsed under the form, opened here.
    await page.getByText('Проверить, что увидит поддержка').click();
    const preview = page.getByRole('region', { name: 'Что увидит поддержка' });
    await expect.element(preview.getByText(/^(ООО)+$/)).toBeVisible();
    await expect.element(page.getByText(/^(ПВЗ)+, (Адрес)+$/).first()).toBeVisible();
    expect(overflowing()).toEqual([]);
  });

  it('wraps in the other channels: labels, values, hours', async () => {
    await renderNarrow(<ChannelsPanel now={now} />, (mockApi) => {
      const policy = mockApi.store.dataset.policy;
      return [
        mockResponse(
          'getPolicy',
          {
            ...policy,
            channels: [
              {
                kind: 'phone',
                label: unbroken('Телефон'),
                value: unbroken('8'),
                free: true,
                region: null,
                hours: unbroken('24'),
              },
              { kind: 'email', label: unbroken('Почта'), value: `${unbroken('b')}@example.com` },
              { kind: 'post', label: unbroken('Адрес'), value: unbroken('Улица', 100_000) },
              { kind: 'chat', label: unbroken('Чат'), url: `https://example.com/${unbroken('c')}` },
            ],
          },
          mockApiBaseUrl,
        ),
      ];
    });
    // The hotline is in sight; the other channels open from the disclosure under it.
    await expect.element(page.getByText(/^(Телефон)+$/)).toBeVisible();
    await page.getByText('Ещё 3 способа связи').click();
    await expect.element(page.getByText(/^(Улица){100,}$/)).toBeVisible();
    expect(overflowing()).toEqual([]);
  });
});
