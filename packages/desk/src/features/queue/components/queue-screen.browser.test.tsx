import { getResponse, http, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { FetchDeskClient } from '@seller-support/contract/desk';
import { render } from 'vitest-browser-react';
import { createMockFetch } from '../../../testing/mock-fetch';
import { createDeskMocks, DeskHarness, mockDeskBaseUrl } from '../../../testing/desk-harness';
import { QueueScreen } from './queue-screen';

function renderQueue(
  locale: 'ru' | 'en' = 'ru',
  overrides: (mocks: ReturnType<typeof createDeskMocks>) => RequestHandler[] = () => [],
) {
  const mocks = createDeskMocks();
  return render(
    <DeskHarness mocks={mocks} locale={locale} overrides={overrides(mocks)}>
      <QueueScreen />
    </DeskHarness>,
  );
}

/** The requests' headings, in the order the queue shows them. */
function shownNumbers(): string[] {
  return page
    .getByRole('list', { name: /Очередь обращений|Request queue/ })
    .getByRole('heading', { level: 2 })
    .elements()
    .map((heading) => heading.textContent);
}

/** The mocks' queue in pages of three, so that "show more" has something to show. */
const pagesOfThree = (mocks: ReturnType<typeof createDeskMocks>) => [
  http.get(`${mockDeskBaseUrl}/queue`, async ({ request }) => {
    const url = new URL(request.url);
    url.searchParams.set('limit', '3');
    return getResponse([...mocks.deskHandlers], new Request(url, request));
  }),
];

/** What has the focus inside the desk's shadow root (the document sees only its host). */
const focused = () => document.querySelector('[data-seller-support-desk]')?.shadowRoot?.activeElement ?? null;

describe('the queue', () => {
  it('lists the most urgent first answer first, the overdue one marked in words', async () => {
    await renderQueue();
    await expect.element(page.getByRole('heading', { name: 'Обращение № 108' })).toBeVisible();
    expect(shownNumbers().slice(0, 3)).toEqual(['Обращение № 108', 'Обращение № 107', 'Обращение № 109']);
    const overdue = page.getByRole('listitem', { name: 'Обращение № 108' });
    await expect.element(overdue.getByText('Просрочено', { exact: true })).toBeVisible();
    // The due time is absolute in Moscow time, with how long ago it was.
    await expect
      .element(overdue.getByText(/Первый ответ просрочен: срок был .*11:00 \(1 час назад\)/))
      .toBeVisible();
    await expect
      .element(page.getByRole('listitem', { name: 'Обращение № 107' }).getByText(/11:00|Просрочено/))
      .not.toBeInTheDocument();
    await expect
      .element(page.getByText('Открыто: 9 · мои: 1 · без модератора: 3 · просрочено: 1'))
      .toBeVisible();
  });

  it('filters by whose, topic and a search by order number', async () => {
    await renderQueue();
    await expect.element(page.getByRole('heading', { name: 'Обращение № 108' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Чьи' }).selectOptions('Мои');
    await expect.poll(shownNumbers).toEqual(['Обращение № 110']);

    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.getByRole('combobox', { name: 'Тема обращения' }).selectOptions('Гарантийный ремонт');
    await expect.poll(shownNumbers).toEqual(['Обращение № 106']);

    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.getByRole('searchbox', { name: 'Поиск' }).fill('59165-0231-1');
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect.poll(shownNumbers).toEqual(['Обращение № 107']);
  });

  it('speaks English when asked, every word of it', async () => {
    await renderQueue('en');
    await expect.element(page.getByRole('heading', { name: 'Request queue' })).toBeVisible();
    const overdue = page.getByRole('listitem', { name: 'Request No. 108' });
    await expect.element(overdue.getByText('Overdue', { exact: true })).toBeVisible();
    await expect.element(overdue.getByText('Where is my parcel')).toBeVisible();
  });

  it('after "clear filters" the keyboard goes on from the search field', async () => {
    await renderQueue();
    await expect.element(page.getByRole('heading', { name: 'Обращение № 108' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Чьи' }).selectOptions('Мои');
    await expect.poll(shownNumbers).toEqual(['Обращение № 110']);
    page.getByRole('button', { name: 'Сбросить фильтры' }).element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Сбросить фильтры' })).not.toBeInTheDocument();
    await expect.poll(focused).toBe(page.getByRole('searchbox', { name: 'Поиск' }).element());
  });

  it('after "show more" the keyboard is on the first request it brought', async () => {
    await renderQueue('ru', pagesOfThree);
    await expect.poll(shownNumbers).toHaveLength(3);
    page.getByRole('button', { name: 'Показать ещё' }).element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(shownNumbers).toHaveLength(6);
    const fourth = page.getByRole('list', { name: 'Очередь обращений' }).getByRole('link').nth(3);
    await expect.poll(focused).toBe(fourth.element());
    // Tab goes on through the new requests, not from the top of the page.
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(
      page.getByRole('list', { name: 'Очередь обращений' }).getByRole('link').nth(4).element(),
    );
  });

  it('shows a request once when it moved down the queue between two pages', async () => {
    const mocks = createDeskMocks();
    await render(
      <DeskHarness mocks={mocks} overrides={pagesOfThree(mocks)}>
        <QueueScreen />
      </DeskHarness>,
    );
    await expect.poll(shownNumbers).toEqual(['Обращение № 108', 'Обращение № 107', 'Обращение № 109']);
    // Another moderator answers № 107 meanwhile: it goes down among the answered ones.
    const boris = new FetchDeskClient({
      baseUrl: mockDeskBaseUrl,
      getAccessToken: () => 'desk-token-2',
      fetch: createMockFetch(mocks.deskHandlers),
    });
    await boris.postMessage(
      'T-000107',
      { body: 'Проверяем.', attachmentIds: [] },
      { idempotencyKey: crypto.randomUUID() },
    );
    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await expect.poll(() => shownNumbers().length).toBeGreaterThan(3);
    const shown = shownNumbers();
    expect(shown).toEqual([...new Set(shown)]);
  });
});
