import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createDeskMocks, DeskHarness } from '../../../testing/desk-harness';
import { QueueScreen } from './queue-screen';

function renderQueue(locale: 'ru' | 'en' = 'ru') {
  const mocks = createDeskMocks();
  return render(
    <DeskHarness mocks={mocks} locale={locale}>
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
});
