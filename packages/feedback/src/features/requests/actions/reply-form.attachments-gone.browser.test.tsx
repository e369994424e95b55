import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createMemoryDraftStorage } from '../../../shared/drafts/draft-storage';
import { saveReplyDraft } from './reply-draft';
import { moduleRoot, renderLiveTicket, showcase } from './testing/render-live-ticket';

describe('Reply: a restored draft with an upload the server forgot', () => {
  it('says to attach the file again, drops it, and sends the text without it', async () => {
    const ticketId = showcase.inProgress;
    const drafts = createMemoryDraftStorage();
    await saveReplyDraft(drafts, ticketId, {
      body: 'Фото коробки во вложении.',
      attachments: [{ id: 'att-1001', name: 'коробка.png', size: 2048, type: 'image/png' }],
      idempotencyKey: '6c2e8d1f-4a8b-4c54-8e66-9d4b6f3a0b21',
    });
    const { store, scenario } = await renderLiveTicket({ ticketId, drafts });
    const before = store.getTicket(ticketId).events.length;
    const send = page.getByRole('button', { name: 'Отправить', exact: true });
    await expect
      .element(page.getByRole('list', { name: 'Прикреплённые файлы' }))
      .toHaveTextContent('коробка.png');

    await send.click();
    await expect
      .element(page.getByText('Сервер не нашёл файл коробка.png: прикрепите его заново'))
      .toBeVisible();
    expect(moduleRoot().textContent).not.toContain('att-1001');
    await expect.element(page.getByRole('list', { name: 'Прикреплённые файлы' })).not.toBeInTheDocument();

    await send.click();
    await expect.element(page.getByRole('status').filter({ hasText: 'Сообщение отправлено.' })).toBeVisible();
    const sent = store.getTicket(ticketId).events.at(-1);
    expect(store.getTicket(ticketId).events).toHaveLength(before + 1);
    expect(sent?.kind === 'message' ? sent.attachments : null).toEqual([]);
    expect(scenario.calls('postMessage')).toBe(2);
  });
});
