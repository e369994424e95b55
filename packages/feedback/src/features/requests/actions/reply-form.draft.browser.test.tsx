import { createMockApi } from '@seller-support/mocks';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMemoryDraftStorage, type DraftStorage } from '../../../shared/drafts/draft-storage';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { replyDraftKey } from './reply-draft';
import { fileInput, pngFile, renderLiveTicket, showcase } from './testing/render-live-ticket';

const messageBox = () => page.getByRole('textbox', { name: 'Сообщение' });
const sendButton = () => page.getByRole('button', { name: 'Отправить', exact: true });
const restoredNotice = () => page.getByText('Мы восстановили неотправленный черновик.');
const sentStatus = () => page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' });

/** The module's draft storage, with every key and value it was given written down. */
function recordingStorage(): DraftStorage & { written: () => string } {
  const storage = createMemoryDraftStorage();
  const writes: unknown[] = [];
  return {
    ...storage,
    set: (key, value) => {
      writes.push(key, value);
      return storage.set(key, value);
    },
    written: () => JSON.stringify(writes),
  };
}

describe('Reply drafts, as the seller meets them', () => {
  it('a reply comes back after a reload in its own request, and only there', async () => {
    const drafts = createMemoryDraftStorage();
    const first = await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await messageBox().fill('Пришлю фото упаковки завтра');
    await first.screen.unmount();

    const other = await renderLiveTicket({ ticketId: showcase.waitingSeller, drafts });
    await expect.element(messageBox()).toHaveValue('');
    await expect.element(restoredNotice()).not.toBeInTheDocument();
    await other.screen.unmount();

    await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await expect.element(restoredNotice()).toBeVisible();
    await expect.element(messageBox()).toHaveValue('Пришлю фото упаковки завтра');
  });

  it('keeps nothing secret: no token and none of the seller’s data, only what they wrote and attached', async () => {
    const drafts = recordingStorage();
    const { screen, store } = await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await messageBox().fill('Фото во вложении');
    await userEvent.upload(fileInput(), [await pngFile('коробка.png')]);
    await expect.element(page.getByRole('button', { name: 'Удалить файл коробка.png' })).toBeVisible();
    await screen.unmount();

    const written = drafts.written();
    expect(written).toContain('Фото во вложении');
    expect(written).toContain('коробка.png');
    expect(written).not.toContain('demo-token');
    const { seller } = store.getContext();
    for (const value of [seller.id, seller.legalName, seller.taxId, seller.email, seller.phone]) {
      expect(written).not.toContain(value);
    }
  });

  it('a reply emptied before the reload does not come back', async () => {
    const drafts = createMemoryDraftStorage();
    const first = await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await messageBox().fill('Черновик');
    await first.screen.unmount();
    const second = await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await expect.element(messageBox()).toHaveValue('Черновик');
    await messageBox().fill('  ');
    await second.screen.unmount();

    await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await expect.element(messageBox()).toHaveValue('');
    await expect.element(restoredNotice()).not.toBeInTheDocument();
  });

  it('a draft another build left behind is set aside: the box is empty, and a reply goes out', async () => {
    const drafts = createMemoryDraftStorage();
    await drafts.set(replyDraftKey(showcase.inProgress), { version: 2, body: 'из будущего', key: 42 });
    const { store } = await renderLiveTicket({ ticketId: showcase.inProgress, drafts });
    await expect.element(messageBox()).toHaveValue('');
    await expect.element(restoredNotice()).not.toBeInTheDocument();
    await messageBox().fill('Новый ответ');
    await sendButton().click();
    await expect.element(sentStatus()).toBeVisible();
    expect(store.getTicket(showcase.inProgress).events.at(-1)).toMatchObject({ body: 'Новый ответ' });
  });

  it('each reply is a message of its own: the second one after a sent one is not taken for it', async () => {
    const ticketId = showcase.inProgress;
    const keys: string[] = [];
    const spy = http.post(`${mockApiBaseUrl}/tickets/:id/messages`, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    });
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const before = mockApi.store.getTicket(ticketId).events.length;
    await renderLiveTicket({ ticketId, mockApi, handlers: [spy] });
    for (const text of ['Первое сообщение', 'Второе сообщение']) {
      await messageBox().fill(text);
      await sendButton().click();
      await expect.element(sentStatus()).toBeVisible();
    }
    const bodies = mockApi.store
      .getTicket(ticketId)
      .events.slice(before)
      .flatMap((event) => (event.kind === 'message' ? [event.body] : []));
    expect(bodies).toEqual(['Первое сообщение', 'Второе сообщение']);
    expect(new Set(keys).size).toBe(2);
  });
});
