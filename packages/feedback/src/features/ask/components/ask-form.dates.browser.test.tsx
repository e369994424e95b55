import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  chooseTopic,
  fillText,
  focusedInModule,
  renderAskRequest as setup,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

const from = () => page.getByRole('textbox', { name: 'С', exact: true });
const to = () => page.getByRole('textbox', { name: 'По', exact: true });

describe('the request form’s date fields', () => {
  it('take a date typed the seller’s way and send it as the contract’s date', async () => {
    const { store } = await setup();
    await chooseTopic('Платежи');
    await from().fill('01.11.2026');
    // A phone's number pad has no dot: eight digits are a date too, read back on leaving the field.
    await to().fill('15112026');
    await userEvent.tab();
    await expect.element(to()).toHaveValue('15.11.2026');
    await fillText('Где выплата', 'Выплата за ноябрь не пришла.');
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)).toMatchObject({
      topic: 'payments',
      fields: { payoutPeriod: { from: '2026-11-01', to: '2026-11-15' } },
    });
  });

  it('say what is wrong with a date that is no date, next to it and in the summary', async () => {
    await setup();
    await chooseTopic('Платежи');
    await from().fill('31.11.2026');
    await to().fill('30.11.2026');
    await fillText('Где выплата', 'Выплата за ноябрь не пришла.');
    await submitButton().click();
    const summary = page.getByRole('alert');
    await expect
      .element(summary.getByRole('link', { name: 'Начало периода выплаты: введите дату в виде ДД.ММ.ГГГГ' }))
      .toBeVisible();
    await expect.element(from()).toHaveAccessibleDescription(/^Введите дату в виде ДД\.ММ\.ГГГГ/);
    await expect.element(from()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(to()).not.toHaveAttribute('aria-invalid');
  });

  it('refuse a date in the future, naming the field', async () => {
    await setup();
    await chooseTopic('Жалоба на сотрудников');
    await page.getByRole('textbox', { name: 'Дата происшествия' }).fill('01.01.2999');
    await fillText('Грубость на складе', 'Сотрудник склада отказался принять поставку.');
    await submitButton().click();
    await expect
      .element(
        page.getByRole('alert').getByRole('link', { name: 'Дата происшествия не может быть в будущем' }),
      )
      .toBeVisible();
    await expect
      .element(page.getByRole('textbox', { name: 'Дата происшествия' }))
      .toHaveAccessibleDescription(/^Дата не может быть в будущем/);
  });

  it('are one Tab stop each: from the period’s start, one Tab to its end and one more to the amount', async () => {
    await setup();
    await chooseTopic('Платежи');
    from().element().focus();
    await userEvent.tab();
    await expect.poll(focusedInModule).toBe(to().element());
    await userEvent.tab();
    await expect.poll(focusedInModule).toBe(page.getByRole('textbox', { name: /^Сумма/ }).element());
  });

  it('speak English in the English form', async () => {
    await setup({ locale: 'en' });
    await page.getByRole('radio', { name: /^Payments/ }).click();
    const start = page.getByRole('textbox', { name: 'From', exact: true });
    await expect.element(start).toHaveAccessibleDescription('DD/MM/YYYY');
    await start.fill('01112026');
    await userEvent.tab();
    await expect.element(start).toHaveValue('01/11/2026');
  });
});
