import type { MockApi } from '@seller-support/mocks';
import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createIdbDraftStorage, createMemoryDraftStorage } from '../../../shared/drafts/draft-storage';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { clearReplyDraft, loadReplyDraft } from './reply-draft';
import {
  fileInput,
  focusedInModule,
  pngFile,
  renderLiveTicket,
  showcase,
} from './testing/render-live-ticket';

const messageBox = () => page.getByRole('textbox', { name: 'Сообщение' });
const sendButton = () => page.getByRole('button', { name: 'Отправить', exact: true });
const replyAlert = () => page.getByRole('form', { name: 'Ответить' }).getByRole('alert');

/** Records the Idempotency-Key of every `POST …/messages` and lets the mock answer it. */
function keySpy() {
  const keys: string[] = [];
  const handler = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, ({ request }) => {
    keys.push(request.headers.get('Idempotency-Key') ?? '');
  });
  return { keys, handler };
}

describe('Reply', () => {
  it('sends text and a photo: the store gets the normalised body and the uploaded attachment', async () => {
    const ticketId = showcase.waitingSeller;
    const { store, scenario, drafts } = await renderLiveTicket({ ticketId });
    const before = store.getTicket(ticketId).events.length;

    await messageBox().fill('  Прикладываю фото упаковки.  \r\nКоробка смята.  ');
    await userEvent.upload(fileInput(), [await pngFile('box.png')]);
    await expect.element(page.getByRole('button', { name: 'Удалить файл box.png' })).toBeVisible();
    await sendButton().click();

    await expect.element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' })).toBeVisible();
    const events = store.getTicket(ticketId).events;
    expect(events).toHaveLength(before + 1);
    const sent = events.at(-1);
    if (sent?.kind !== 'message') throw new Error('The last event is not a message.');
    expect(sent.author).toBe('seller');
    expect(sent.body).toBe('Прикладываю фото упаковки.\nКоробка смята.');
    expect(sent.attachments).toHaveLength(1);
    expect(sent.attachments[0]).toMatchObject({ name: 'box.png', type: 'image/png' });
    expect(store.getAttachment(sent.attachments[0]?.id ?? '')).toBeDefined();
    expect(scenario.calls('postMessage')).toBe(1);
    // Waiting for the seller → in progress once the seller wrote.
    expect(store.getTicket(ticketId).status).toBe('in_progress');
    // The form is empty again and the draft is gone.
    await expect.element(messageBox()).toHaveValue('');
    await expect.element(page.getByRole('list', { name: 'Прикреплённые файлы' })).not.toBeInTheDocument();
    expect(await loadReplyDraft(drafts, ticketId)).toBeNull();
  });

  it('sent while a photo still uploads: says it will go, and goes once with the photo', async () => {
    const ticketId = showcase.inProgress;
    const slowUpload = http.post(`${mockApiBaseUrl}/attachments`, async () => {
      await delay(1500);
    });
    const { store, scenario } = await renderLiveTicket({ ticketId, handlers: [slowUpload] });
    const before = store.getTicket(ticketId).events.length;

    await messageBox().fill('Фото будет через секунду.');
    await userEvent.upload(fileInput(), [await pngFile('late.png')]);
    await sendButton().click();

    await expect.element(page.getByText('Отправим, как только загрузятся файлы')).toBeVisible();
    expect(scenario.calls('postMessage')).toBe(0);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' }), { timeout: 5000 })
      .toBeVisible();
    expect(scenario.calls('postMessage')).toBe(1);
    const sent = store.getTicket(ticketId).events.at(-1);
    if (sent?.kind !== 'message') throw new Error('The last event is not a message.');
    expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
    expect(sent.attachments.map(({ name }) => name)).toEqual(['late.png']);
  });

  it('a 503 first is retried with the same key: one message', async () => {
    const ticketId = showcase.inProgress;
    const spy = keySpy();
    const { store, scenario } = await renderLiveTicket({
      ticketId,
      handlers: [spy.handler],
      scenario: { failures: { postMessage: { status: 503, times: 1 } } },
    });
    const before = store.getTicket(ticketId).events.length;
    await messageBox().fill('Есть новости по выплате?');
    await sendButton().click();
    await expect.element(page.getByText('Сообщение отправлено.')).toBeVisible();
    expect(scenario.calls('postMessage')).toBe(2);
    expect(spy.keys).toHaveLength(2);
    expect(spy.keys[0]).toBe(spy.keys[1]);
    const messages = store
      .getTicket(ticketId)
      .events.slice(before)
      .filter((event) => event.kind === 'message');
    expect(messages).toHaveLength(1);
  });

  // Three tries that each wait out the client's limit, and the pauses between them.
  it(
    'an answer that times out is a lost answer: sent again with the same key, one message',
    { timeout: 45_000 },
    async () => {
      const ticketId = showcase.inProgress;
      const keys: string[] = [];
      let stall = true;
      let server: MockApi['store'] | undefined;
      const stalling = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, async ({ request }) => {
        const key = request.headers.get('Idempotency-Key') ?? '';
        keys.push(key);
        if (!stall) return undefined;
        // The server has it; the answer never comes.
        server?.postMessage(ticketId, await request.json(), key);
        await delay('infinite');
        return undefined;
      });
      const { store } = await renderLiveTicket({
        ticketId,
        // Long beside handing a request to a handler in the page: each try reaches the server.
        requestTimeoutMs: 1000,
        handlers: [stalling],
        before: (mockApi) => {
          server = mockApi.store;
        },
      });
      const before = store.getTicket(ticketId).events.length;
      await messageBox().fill('Дошло ли?');
      await sendButton().click();

      // Sent again by itself twice, with a pause, before the seller hears of it.
      await expect
        .element(replyAlert(), { timeout: 10_000 })
        .toHaveTextContent('Сервер не ответил вовремя. Повторите попытку');
      expect(keys).toHaveLength(3);
      stall = false;
      await sendButton().click();

      await expect
        .element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' }))
        .toBeVisible();
      expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
      expect(new Set(keys).size).toBe(1);
    },
  );

  it('a double click sends one message', async () => {
    const ticketId = showcase.inProgress;
    const { store, scenario } = await renderLiveTicket({ ticketId, scenario: { latency: 300 } });
    const before = store.getTicket(ticketId).events.length;
    await messageBox().fill('Спасибо, жду ответа');
    await sendButton().dblClick();
    await expect.element(page.getByRole('button', { name: 'Отправляем…' })).toBeDisabled();
    // "Sent" only once the server has confirmed it.
    await expect.element(page.getByText('Сообщение отправлено.')).not.toBeInTheDocument();
    await expect.element(page.getByText('Сообщение отправлено.')).toBeVisible();
    expect(scenario.calls('postMessage')).toBe(1);
    expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
  });

  it('keeps the draft with its key across unmount and mount, and sends it with that key', async () => {
    const ticketId = showcase.waitingSeller;
    const drafts = createIdbDraftStorage();
    await clearReplyDraft(drafts, ticketId);
    const first = await renderLiveTicket({ ticketId, drafts });
    await messageBox().fill('Чек во вложении, посмотрите, пожалуйста');
    const saved = await vi.waitFor(async () => {
      const draft = await loadReplyDraft(drafts, ticketId);
      expect(draft?.body).toBe('Чек во вложении, посмотрите, пожалуйста');
      return draft;
    });
    await first.screen.unmount();

    const spy = keySpy();
    const second = await renderLiveTicket({ ticketId, drafts, handlers: [spy.handler] });
    await expect.element(page.getByText('Мы восстановили неотправленный черновик.')).toBeVisible();
    await expect.element(messageBox()).toHaveValue('Чек во вложении, посмотрите, пожалуйста');
    await sendButton().click();
    await expect.element(page.getByText('Сообщение отправлено.')).toBeVisible();
    expect(spy.keys).toEqual([saved?.idempotencyKey]);
    expect(second.store.getTicket(ticketId).events.at(-1)).toMatchObject({
      kind: 'message',
      body: 'Чек во вложении, посмотрите, пожалуйста',
    });
    expect(await loadReplyDraft(drafts, ticketId)).toBeNull();
  });

  it('keeps the last keystrokes when unmounted before the save delay', async () => {
    const ticketId = showcase.new;
    const drafts = createMemoryDraftStorage();
    const { screen } = await renderLiveTicket({ ticketId, drafts });
    await messageBox().fill('Уточнение к обращению');
    await screen.unmount();
    await vi.waitFor(async () => {
      expect((await loadReplyDraft(drafts, ticketId))?.body).toBe('Уточнение к обращению');
    });
  });

  it('refuses an empty message and control characters, sending nothing', async () => {
    const { scenario } = await renderLiveTicket({ ticketId: showcase.inProgress });
    await sendButton().click();
    await expect.element(messageBox()).toHaveAccessibleDescription(/Заполните это поле/);
    await expect.poll(focusedInModule).toBe(messageBox().element());
    await messageBox().fill('Ответ\u202E');
    await expect.element(messageBox()).toHaveAccessibleDescription(/Уберите невидимые управляющие символы/);
    await sendButton().click();
    expect(scenario.calls('postMessage')).toBe(0);
    await messageBox().fill('Ответ');
    await expect.element(page.getByText(/^5 из 5\s000$/)).toBeVisible();
  });

  it('refuses a message of only invisible characters and sends one with an emoji sequence', async () => {
    const ticketId = showcase.inProgress;
    const { store, scenario } = await renderLiveTicket({ ticketId });
    await messageBox().fill('\u2060');
    await sendButton().click();
    await expect.element(messageBox()).toHaveAccessibleDescription(/Здесь только невидимые символы/);
    expect(scenario.calls('postMessage')).toBe(0);
    await messageBox().fill('Жду 👨‍👩‍👧‍👦');
    await sendButton().click();
    await expect.element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' })).toBeVisible();
    const sent = store.getTicket(ticketId).events.at(-1);
    expect(sent?.kind === 'message' ? sent.body : undefined).toBe('Жду 👨‍👩‍👧‍👦');
  });

  it('offline: says so, queues the message, and sends it once when back online', async () => {
    const ticketId = showcase.inProgress;
    const { store, scenario } = await renderLiveTicket({ ticketId });
    const before = store.getTicket(ticketId).events.length;
    await messageBox().fill('Пишу без связи');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      window.dispatchEvent(new Event('offline'));
      await expect.element(page.getByText('Нет подключения к интернету')).toBeVisible();
      await page.getByRole('button', { name: 'Отправим, когда появится связь' }).click();
      await expect.element(page.getByText('Сообщение отправится само')).toBeVisible();
      expect(scenario.calls('postMessage')).toBe(0);

      onLine.mockReturnValue(true);
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await expect.element(page.getByText('Сообщение отправлено.')).toBeVisible();
    } finally {
      onLine.mockRestore();
    }
    expect(scenario.calls('postMessage')).toBe(1);
    expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
  });

  it('closed meanwhile (409): refreshes, says so, and shows the unsent text back', async () => {
    const ticketId = showcase.inProgress;
    const { store } = await renderLiveTicket({ ticketId });
    await messageBox().fill('Последний вопрос по выплате');
    store.setTicketStatus(ticketId, 'closed');
    await sendButton().click();
    const alert = page.getByRole('alert').filter({ hasText: 'Пока вы писали, обращение закрыли' });
    await expect.element(alert).toBeVisible();
    await expect.element(alert).toHaveTextContent('Неотправленный текст: Последний вопрос по выплате');
    await expect.element(page.getByRole('heading', { name: 'Обращение закрыто' })).toBeVisible();
    await expect.element(messageBox()).not.toBeInTheDocument();
  });

  it('after a 429 says how long to wait and holds the button', async () => {
    await renderLiveTicket({
      ticketId: showcase.inProgress,
      scenario: { failures: { postMessage: { status: 429, retryAfterSeconds: 30, times: 1 } } },
    });
    await messageBox().fill('Ещё вопрос');
    await sendButton().click();
    await expect.element(replyAlert()).toHaveTextContent('Повторите через 30 секунд');
    await expect.element(sendButton()).toBeDisabled();
    // Counting down beside the button, as the load errors' Retry does.
    await expect.element(page.getByText(/^Отправить можно через (30|29|28) секунд$/)).toBeVisible();
  });

  it("puts the server's 422 next to the message", async () => {
    const reject = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, () =>
      Response.json(
        {
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          errors: [{ path: 'body', message: 'message looks like spam' }],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    await renderLiveTicket({ ticketId: showcase.inProgress, handlers: [reject] });
    await messageBox().fill('Купите слона');
    await sendButton().click();
    await expect.element(messageBox()).toHaveAccessibleDescription(/message looks like spam/);
    await expect.element(replyAlert()).toHaveTextContent('Сервер не принял данные');
  });

  it('a 401 is handed to the host and the text stays', async () => {
    const { onUnauthorized, scenario } = await renderLiveTicket({
      ticketId: showcase.inProgress,
      scenario: { failures: { postMessage: { status: 401 } } },
    });
    await messageBox().fill('Текст остаётся');
    await sendButton().click();
    await expect.element(replyAlert()).toHaveTextContent('Сессия истекла');
    expect(scenario.calls('postMessage')).toBe(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect.element(messageBox()).toHaveValue('Текст остаётся');
  });

  it('speaks English', async () => {
    await renderLiveTicket({ ticketId: showcase.inProgress, locale: 'en' });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .element(page.getByRole('textbox', { name: 'Message' }))
      .toHaveAccessibleDescription(/Fill in this field/);
  });
});
