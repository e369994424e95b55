import { createMockApi, type MockApi } from '@seller-support/mocks';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { renderLiveTicket, showcase } from './testing/render-live-ticket';

// A decision, a reopening or a rating that reaches the server, which applies it, but whose answer
// never comes back (a dropped connection): the module sends it again with the same key, and the
// server answers the action it already has with the ticket. The seller sees the action done.

type Action = 'decision' | 'reopen' | 'rating';

const paths: Record<Action, string> = {
  decision: `${mockApiBaseUrl}/tickets/:id/offers/:offerId/decision`,
  reopen: `${mockApiBaseUrl}/tickets/:id/reopen`,
  rating: `${mockApiBaseUrl}/tickets/:id/rating`,
};

/**
 * The server applies the first `lost` attempts of `action` and drops their answers; the rest go
 * to the mocks as usual. `keys` holds the key of every attempt.
 */
function losingAnswers(action: Action, lost: number) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const keys: (string | null)[] = [];
  const handler = http.post(paths[action], async ({ request, params }) => {
    const key = request.headers.get('Idempotency-Key');
    keys.push(key);
    if (keys.length > lost) return undefined;
    const body: unknown = await request.json();
    const id = String(params['id']);
    const applied = key ?? undefined;
    if (action === 'decision') mockApi.store.decideOffer(id, String(params['offerId']), body, applied);
    else if (action === 'reopen') mockApi.store.reopenTicket(id, body, applied);
    else mockApi.store.rateTicket(id, body, applied);
    return HttpResponse.error();
  });
  return { mockApi, keys, handler };
}

/** An alert that says something: the page keeps an empty one as its assertive live region. */
const failureAlert = () => page.getByRole('alert').filter({ hasText: /\S/ });

function eventsOf(mockApi: MockApi, ticketId: string, kind: string) {
  return mockApi.store.getTicket(ticketId).events.filter((event) => event.kind === kind);
}

function expectOneKey(keys: readonly (string | null)[], attempts: number) {
  expect(keys).toHaveLength(attempts);
  expect(keys[0]).toMatch(/^[\x21-\x7E]{1,255}$/);
  expect(new Set(keys).size).toBe(1);
}

describe('A request action whose answer was lost', () => {
  it('accepting an offer: sent again with its key, the offer shows as accepted, no error', async () => {
    const ticketId = showcase.offerProposed;
    const { mockApi, keys, handler } = losingAnswers('decision', 1);
    await renderLiveTicket({ ticketId, mockApi, handlers: [handler], offers: 'all' });
    const card = page.getByRole('region', { name: 'Предложение поддержки' });
    await card.getByRole('button', { name: 'Принять' }).click();
    await page.getByRole('button', { name: 'Да, принять' }).click();

    await expect.element(page.getByText('Вы приняли предложение. Обращение решено.')).toBeVisible();
    await expect.element(card.getByText('Предложение принято.')).toBeVisible();
    await expect.element(failureAlert()).not.toBeInTheDocument();
    expect(eventsOf(mockApi, ticketId, 'offer_decided')).toHaveLength(1);
    expectOneKey(keys, 2);
  });

  it('lost on every automatic try: the seller is told, and pressing again ends in the decision', async () => {
    const ticketId = showcase.offerProposed;
    const { mockApi, keys, handler } = losingAnswers('decision', 3);
    await renderLiveTicket({ ticketId, mockApi, handlers: [handler] });
    await page.getByRole('button', { name: 'Отклонить' }).click();
    const confirm = page.getByRole('group', { name: 'Отклонить предложение?' });
    await confirm.getByRole('button', { name: 'Да, отклонить' }).click();
    await expect.element(confirm.getByRole('alert'), { timeout: 10_000 }).toBeVisible();

    await confirm.getByRole('button', { name: 'Да, отклонить' }).click();
    await expect
      .element(page.getByText('Вы отклонили предложение. Модератор продолжит работу.'))
      .toBeVisible();
    await expect.element(page.getByText('Это предложение уже рассмотрено')).not.toBeInTheDocument();
    expect(eventsOf(mockApi, ticketId, 'offer_decided')).toHaveLength(1);
    expectOneKey(keys, 4);
  });

  it('reopening: sent again with its key, the request is open again, no error', async () => {
    const ticketId = showcase.resolved;
    const { mockApi, keys, handler } = losingAnswers('reopen', 1);
    await renderLiveTicket({ ticketId, mockApi, handlers: [handler] });
    await page.getByRole('button', { name: 'Открыть повторно' }).click();
    await page.getByRole('textbox', { name: 'Что осталось нерешённым' }).fill('Комиссию удержали снова');
    await page.getByRole('button', { name: 'Открыть обращение повторно' }).click();

    await expect
      .element(page.getByText('Обращение открыто повторно: модератор вернётся к нему.'))
      .toBeVisible();
    await expect.element(failureAlert()).not.toBeInTheDocument();
    expect(mockApi.store.getTicket(ticketId).status).toBe('in_progress');
    expect(eventsOf(mockApi, ticketId, 'reopened')).toHaveLength(1);
    expectOneKey(keys, 2);
  });

  it('rating: sent again with its key, the rating shows, no error', async () => {
    const ticketId = showcase.resolved;
    const { mockApi, keys, handler } = losingAnswers('rating', 1);
    await renderLiveTicket({ ticketId, mockApi, handlers: [handler] });
    await page.getByRole('radio', { name: '4 — хорошо' }).click();
    await page.getByRole('button', { name: 'Отправить оценку' }).click();

    await expect.element(page.getByText('Ваша оценка: 4 из 5')).toBeVisible();
    await expect.element(page.getByText('Спасибо за оценку!')).toBeVisible();
    await expect.element(failureAlert()).not.toBeInTheDocument();
    expect(eventsOf(mockApi, ticketId, 'rated')).toHaveLength(1);
    expectOneKey(keys, 2);
  });
});
