import { createMockApi, type MockApi } from '@seller-support/mocks';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import {
  createIdbDraftStorage,
  createMemoryDraftStorage,
  type DraftStorage,
} from '../../../shared/drafts/draft-storage';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { clearReplyDraft, loadReplyDraft } from './reply-draft';
import { renderLiveTicket, showcase } from './testing/render-live-ticket';

const ticketId = showcase.inProgress;
const messageBox = () => page.getByRole('textbox', { name: 'Сообщение' });
const sendButton = () => page.getByRole('button', { name: 'Отправить', exact: true });
const replyAlert = () => page.getByRole('form', { name: 'Ответить' }).getByRole('alert');
const sentStatus = () => page.getByRole('status').filter({ hasText: 'Сообщение отправлено' });

/**
 * A reply written and sent to a server that keeps the message but, while `lost()`, never gets its
 * answer back (nor that of the two automatic retries): the seller is told it may not have arrived.
 * Every key sent is in `keys`; `before` counts the ticket's events before.
 */
async function sendLosingAnswer(
  text: string,
  {
    drafts = createMemoryDraftStorage(),
    lost = () => true,
  }: { drafts?: DraftStorage; lost?: () => boolean } = {},
) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const before = mockApi.store.getTicket(ticketId).events.length;
  const keys: string[] = [];
  const losing = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, async ({ request }) => {
    const key = request.headers.get('Idempotency-Key') ?? '';
    keys.push(key);
    if (!lost()) return undefined;
    mockApi.store.postMessage(ticketId, await request.json(), key);
    return HttpResponse.error();
  });
  const first = await renderLiveTicket({ ticketId, mockApi, drafts, handlers: [losing] });
  await messageBox().fill(text);
  await sendButton().click();
  await expect
    .element(replyAlert(), { timeout: 10_000 })
    .toHaveTextContent('Мы не знаем, дошло ли сообщение');
  return {
    mockApi,
    drafts,
    keys,
    screen: first.screen,
    messages: () => messagesSince(mockApi.store, before),
  };
}

const messagesSince = (store: MockApi['store'], before: number) =>
  store
    .getTicket(ticketId)
    .events.slice(before)
    .flatMap((event) => (event.kind === 'message' ? [event.body] : []));

describe('Reply: a send whose answer was lost', () => {
  it('edited after the lost answer and sent: one message as first sent, no "key reused", the seller told the edits are not in', async () => {
    let lost = true;
    const { keys, messages } = await sendLosingAnswer('Первый вариант ответа', { lost: () => lost });
    lost = false;
    await messageBox().fill('Исправленный ответ');
    await sendButton().click();

    await expect.element(sentStatus()).toHaveTextContent('правки, сделанные после, в него не вошли');
    await expect.element(replyAlert()).not.toBeInTheDocument();
    await expect.element(page.getByText(/уже отправлялось с другим текстом/)).not.toBeInTheDocument();
    expect(messages()).toEqual(['Первый вариант ответа']);
    expect(new Set(keys).size).toBe(1);
    // The edits are the seller's: still in the box, to send as a message of their own if they wish.
    await expect.element(messageBox()).toHaveValue('Исправленный ответ');
  });

  it('a reload mid-send asks again on open with the same body and key: one message, and the draft is gone', async () => {
    // IndexedDB is shared by the test files running at once: this test's ticket and a fresh state.
    const drafts = createIdbDraftStorage();
    await clearReplyDraft(drafts, ticketId);
    const first = await sendLosingAnswer('Дошло ли это сообщение?', { drafts });
    await first.screen.unmount();

    // The reload: the same server and the same stored draft; this time the answers arrive.
    await renderLiveTicket({ ticketId, mockApi: first.mockApi, drafts });
    await expect.element(sentStatus()).toBeVisible();
    await expect.element(sentStatus()).not.toHaveTextContent('правки');
    expect(first.messages()).toEqual(['Дошло ли это сообщение?']);
    expect(new Set(first.keys).size).toBe(1);
    await expect.element(messageBox()).toHaveValue('');
    await vi.waitFor(async () => {
      expect(await loadReplyDraft(drafts, ticketId)).toBeNull();
    });
  });

  it('edits saved after the lost answer and a reload: the first body is settled on open, the edits said to be left out', async () => {
    const first = await sendLosingAnswer('Первый вариант ответа');
    await messageBox().fill('Исправленный ответ');
    await vi.waitFor(async () => {
      expect((await loadReplyDraft(first.drafts, ticketId))?.body).toBe('Исправленный ответ');
    });
    await first.screen.unmount();

    await renderLiveTicket({ ticketId, mockApi: first.mockApi, drafts: first.drafts });
    await expect.element(sentStatus()).toHaveTextContent('правки, сделанные после, в него не вошли');
    expect(first.messages()).toEqual(['Первый вариант ответа']);
    expect(new Set(first.keys).size).toBe(1);
    await expect.element(messageBox()).toHaveValue('Исправленный ответ');
  });

  it('while the server is asked again, the reply cannot be edited and says why', async () => {
    const first = await sendLosingAnswer('Дошло ли это сообщение?');
    await first.screen.unmount();

    // The server takes its time with the question, until the test has seen the form wait for it.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const slow = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, async () => {
      await answered;
      return undefined;
    });
    await renderLiveTicket({ ticketId, mockApi: first.mockApi, drafts: first.drafts, handlers: [slow] });
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Проверяем, дошло ли сообщение' }))
      .toBeVisible();
    await expect.element(messageBox()).toHaveAttribute('readonly');
    await expect.element(page.getByRole('button', { name: 'Отправляем…' })).toBeDisabled();
    answer();
    await expect.element(sentStatus()).toBeVisible();
    expect(first.messages()).toHaveLength(1);
  });
});
