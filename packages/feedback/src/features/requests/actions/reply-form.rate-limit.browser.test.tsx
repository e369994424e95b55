import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { renderLiveTicket, showcase } from './testing/render-live-ticket';

describe('Reply after a 429', () => {
  // The same rule as the request form's: a 429 did nothing, so the retry carries the same key.
  it('retries with the same idempotency key and sends one message', async () => {
    const keys: string[] = [];
    const spy = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    const ticketId = showcase.inProgress;
    const { store } = await renderLiveTicket({
      ticketId,
      handlers: [spy],
      scenario: { failures: { postMessage: { status: 429, retryAfterSeconds: 1, times: 1 } } },
    });
    const before = store.getTicket(ticketId).events.length;
    const send = page.getByRole('button', { name: 'Отправить', exact: true });
    await page.getByRole('textbox', { name: 'Сообщение' }).fill('Ещё вопрос');
    await send.click();
    await expect.element(send, { timeout: 3000 }).toBeEnabled();
    await send.click();
    await expect.element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' })).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
  });
});
