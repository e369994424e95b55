import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createMemoryDraftStore } from '../drafts/draft-store';
import { chooseTopic, fillText, renderAskRequest } from '../testing/render-ask-request';

const sellerId = 's-1042';
const subject = () => page.getByRole('textbox', { name: 'Заголовок', exact: true });
const description = () => page.getByRole('textbox', { name: 'Описание', exact: true });

describe('AskRequest: "this answered my question"', () => {
  it('ends without a request, yet the seller can go back to the request exactly as it was', async () => {
    const drafts = createMemoryDraftStore();
    await renderAskRequest({ drafts });
    await chooseTopic('Где посылка');
    await fillText('Посылка не отслеживается', 'Трек не обновляется третий день');
    await page.getByRole('button', { name: 'Это ответ на мой вопрос' }).click();

    await expect.element(page.getByRole('heading', { name: 'Рады, что ответ нашёлся' })).toBeVisible();
    // Nothing waits in storage for a question that was answered…
    await expect.poll(() => drafts.load(sellerId)).toBeNull();

    // …but the answer may not fit after all: one click brings everything back.
    await page.getByRole('button', { name: 'Вернуться к обращению' }).click();
    await expect.element(subject()).toHaveValue('Посылка не отслеживается');
    await expect.element(description()).toHaveValue('Трек не обновляется третий день');
    await expect.element(page.getByRole('radio', { name: /^Где посылка/ })).toBeChecked();
    await expect
      .poll(async () => (await drafts.load(sellerId))?.values.subject)
      .toBe('Посылка не отслеживается');
  });

  it('"ask something else" starts a fresh form', async () => {
    await renderAskRequest();
    await chooseTopic('Где посылка');
    await fillText('Посылка не отслеживается', 'Трек не обновляется третий день');
    await page.getByRole('button', { name: 'Это ответ на мой вопрос' }).click();
    await page.getByRole('button', { name: 'Задать другой вопрос' }).click();
    await expect.element(subject()).toHaveValue('');
  });

  it('says it in English too', async () => {
    await renderAskRequest({ locale: 'en' });
    await page.getByRole('radio', { name: /^Where is my parcel/ }).click();
    await page.getByRole('textbox', { name: 'Subject', exact: true }).fill('Посылка не отслеживается');
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Трек не обновляется третий день');
    await page.getByRole('button', { name: 'This answered my question' }).click();
    await page.getByRole('button', { name: 'Back to my request' }).click();
    await expect
      .element(page.getByRole('textbox', { name: 'Subject', exact: true }))
      .toHaveValue('Посылка не отслеживается');
  });
});
