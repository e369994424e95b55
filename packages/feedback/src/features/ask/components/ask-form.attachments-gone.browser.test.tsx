import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Locale } from '../../../shared/i18n';
import { createMemoryDraftStore } from '../drafts/draft-store';
import { emptyAskFormValues } from '../model/form-defaults';
import { moduleRoot } from '../../../testing/dom';
import { renderAskRequest as setup } from '../testing/render-ask-request';

// The demo's in-page mock keeps uploads in memory: after a reload, a restored draft names an
// upload the server no longer has, and the server answers 422 on `attachmentIds.0`.
async function draftWithForgottenUpload() {
  const drafts = createMemoryDraftStore();
  await drafts.save('s-1042', {
    values: {
      ...emptyAskFormValues('fraud'),
      subject: 'Подозрительный звонок',
      description: 'Звонили от имени поддержки и просили код из СМС.',
      attachments: [{ id: 'att-1001', name: 'звонок.png', size: 2048, type: 'image/png' }],
    },
    idempotencyKey: '5b1d7c0e-3f7a-4f43-9d55-8c3a5e2f9a10',
    savedAt: '2026-11-25T11:00:00+03:00',
  });
  return drafts;
}

const texts: Record<Locale, { send: string; gone: string; files: string }> = {
  ru: {
    send: 'Отправить обращение',
    gone: 'Сервер не нашёл файл звонок.png: прикрепите его заново',
    files: 'Прикреплённые файлы',
  },
  en: {
    send: 'Send request',
    gone: 'The server no longer has звонок.png: attach it again',
    files: 'Attached files',
  },
};

describe('AskForm: a restored draft with an upload the server forgot', () => {
  it.each(['ru', 'en'] as const)(
    'says in the seller’s language (%s) to attach the file again, drops it, and sends without it',
    async (locale) => {
      const words = texts[locale];
      const { store, scenario, newTickets } = await setup({
        drafts: await draftWithForgottenUpload(),
        locale,
      });
      const files = page.getByRole('list', { name: words.files });
      await expect.element(files).toHaveTextContent('звонок.png');

      await page.getByRole('button', { name: words.send }).click();
      await expect.element(page.getByText(words.gone).first()).toBeVisible();
      expect(moduleRoot().textContent).not.toContain('att-1001');
      await expect.element(files).not.toBeInTheDocument();
      expect(scenario.calls('createTicket')).toBe(1);

      await page.getByRole('button', { name: words.send }).click();
      await expect.poll(() => newTickets()).toBe(1);
      const ticket = store.listTickets().items[0];
      expect(ticket?.subject).toBe('Подозрительный звонок');
      expect(store.getSubmission(ticket?.id ?? '')?.attachmentIds).toEqual([]);
      expect(scenario.calls('createTicket')).toBe(2);
    },
  );
});
