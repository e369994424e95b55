import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  fillText,
  pickFirstOrder,
  renderAskRequest as setup,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

// The text rules are the contract's (see `textSchema`); these check what the seller meets in the form.
describe('AskForm: what counts as text', () => {
  it.each([
    ['U+2060', '\u2060\u2060\u2060\u2060'],
    ['U+00AD', '\u00AD\u00AD\u00AD\u00AD'],
    ['U+3164', '\u3164\u3164\u3164\u3164'],
  ])('refuses a subject of only %s and says it is invisible', async (_what, subject) => {
    const { scenario } = await setup();
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Вернуть посылку' }).click();
    await fillText(subject);
    await submitButton().click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Заголовок: здесь только невидимые символы, напишите текст буквами или цифрами');
    await expect
      .element(page.getByRole('textbox', { name: 'Заголовок', exact: true }))
      .toHaveAccessibleDescription(/Здесь только невидимые символы/);
    expect(scenario.calls('createTicket')).toBe(0);
  });

  it('says so in English too', async () => {
    const { scenario } = await setup({ locale: 'en' });
    await page.getByRole('textbox', { name: 'Subject', exact: true }).fill('\u2060\u034F\u3164');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Subject: there are only invisible characters; write the text in letters or digits');
    expect(scenario.calls('createTicket')).toBe(0);
  });

  it.each([
    ['an emoji built with ZWJ', 'Посылка 👨‍💻 не пришла'],
    ['a family and a flag', 'Посылка для 👨‍👩‍👧‍👦 🇷🇺'],
    ['a Persian word with ZWNJ', 'می‌خواهم بسته را پیگیری کنم'],
  ])('sends a subject with %s as it was typed', async (_what, subject) => {
    const { store } = await setup();
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Вернуть посылку' }).click();
    await fillText(subject);
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)?.subject).toBe(subject);
  });
});
