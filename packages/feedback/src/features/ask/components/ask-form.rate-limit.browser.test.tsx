import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import {
  fillText,
  pickFirstOrder,
  renderAskRequest as setup,
  sentTicketId,
  submitButton,
} from '../testing/render-ask-request';

describe('AskForm after a 429', () => {
  // A 429 says "not now": the server did nothing, so the retry is the same request with the same key.
  it('retries with the same idempotency key and creates one ticket', async () => {
    const keys: string[] = [];
    const spy = http.post(`${mockApiBaseUrl}/tickets`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    const { store, scenario, newTickets } = await setup({
      handlers: [spy],
      scenario: { failures: { createTicket: { status: 429, retryAfterSeconds: 1, times: 1 } } },
    });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Отменить заказ' }).click();
    await fillText();
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Повторите через 1 секунду');
    await expect.element(submitButton(), { timeout: 3000 }).toBeEnabled();
    await submitButton().click();
    await sentTicketId(store);
    expect(scenario.calls('createTicket')).toBe(2);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(newTickets()).toBe(1);
  });

  it('holds Send while the wait counts down, and lets it go when the wait is over', async () => {
    const { scenario } = await setup({
      scenario: { failures: { createTicket: { status: 429, retryAfterSeconds: 2, times: 1 } } },
    });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Отменить заказ' }).click();
    await fillText();
    await submitButton().click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Повторите через 2 секунды');
    await expect.element(submitButton()).toBeDisabled();
    await expect.element(page.getByText(/^Отправить можно через (1 секунду|2 секунды)$/)).toBeVisible();
    await expect.element(submitButton(), { timeout: 4000 }).toBeEnabled();
    await expect.element(page.getByText(/Отправить можно через/)).not.toBeInTheDocument();
    expect(scenario.calls('createTicket')).toBe(1);
  });

  it('after a lost answer, a 429 leaves the body pending: the retry settles it, one ticket', async () => {
    const keys: string[] = [];
    const { store, newTickets } = await setup({
      handlers: ({ store: server }) => [
        http.post(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
          const key = request.headers.get('Idempotency-Key') ?? '';
          keys.push(key);
          // The ticket is created and its answer lost; the retry finds the server busy; then it answers.
          if (keys.length === 1) {
            server.createTicket(await request.json(), key);
            return HttpResponse.error();
          }
          if (keys.length === 2) {
            return HttpResponse.json(
              { type: 'about:blank', title: 'Too Many Requests', status: 429 },
              { status: 429, headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' } },
            );
          }
          return undefined;
        }),
      ],
    });
    await pickFirstOrder();
    await page.getByRole('radio', { name: 'Отменить заказ' }).click();
    await fillText('Первый вариант темы');
    // One click: the answer is lost, the automatic retry meets the 429.
    await submitButton().click();
    const alert = page.getByRole('alert');
    // After the automatic retry and its pause, which a loaded machine stretches.
    await expect.element(alert, { timeout: 10_000 }).toHaveTextContent('Повторите через 1 секунду');
    await expect.element(alert).toHaveTextContent('Мы не знаем, дошло ли обращение');
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Исправленная тема');
    await expect.element(submitButton(), { timeout: 3000 }).toBeEnabled();
    await submitButton().click();
    const id = await sentTicketId(store);
    expect(store.getSubmission(id)?.subject).toBe('Первый вариант темы');
    expect(newTickets()).toBe(1);
    expect(new Set(keys).size).toBe(1);
  });
});
