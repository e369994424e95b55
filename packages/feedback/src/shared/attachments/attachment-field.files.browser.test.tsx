import { FetchApiClient, type AttachmentPolicy } from '@seller-support/contract';
import { createMockApi, mockPending } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../i18n';
import { createMockFetch } from '../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../testing/module-harness';
import { AttachmentField, type DraftAttachment } from './attachment-field';
import { createMockXhr } from '../../testing/mock-upload-xhr';
import { fileInput, moduleRoot, pngFile } from '../../testing/dom';

// What the seller's files are called and how big they are, as the field tells them back.
async function setup({
  policy = {},
  locale = 'ru',
  handlers = [],
}: { policy?: Partial<AttachmentPolicy>; locale?: Locale; handlers?: RequestHandler[] } = {}) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const all = [...handlers, ...mockApi.handlers];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(all),
    createXhr: createMockXhr(all),
  });
  const attachments = { ...mockApi.store.dataset.policy.attachments, ...policy };
  function Form() {
    const [value, setValue] = useState<DraftAttachment[]>([]);
    return (
      <AttachmentField
        id="attachments"
        label="Files"
        policy={attachments}
        value={value}
        onChange={setValue}
      />
    );
  }
  await render(
    <ModuleHarness api={api} locale={locale}>
      <Form />
    </ModuleHarness>,
  );
  return mockApi;
}

function pdfFile(name: string, bytes: number, lastModified = 1_700_000_000_000): File {
  const body = new Uint8Array(bytes);
  body.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([body], name, { type: 'application/pdf', lastModified });
}

const choose = (...files: File[]) => userEvent.upload(fileInput(), files);

// Dropped, a File keeps its modification time (the file dialog's automation gives each one "now").
function drop(...files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const zone = moduleRoot().querySelector('.attachment-field__drop');
  if (!zone) throw new Error('No drop zone.');
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
}
const names = () => [...moduleRoot().querySelectorAll('.file-name')].map((element) => element.textContent);

describe('AttachmentField: file names and sizes', () => {
  it('shows a right-to-left override in a refused name as a marker, not as a reversed extension', async () => {
    await setup();
    await choose(new File(['not a picture'], 'invoice\u202Egnp.exe', { type: 'image/png' }));
    const line = page.getByText(/^invoice\uFFFDgnp\.exe — это не файл/);
    await expect.element(line).toBeVisible();
    expect(line.element().textContent).not.toContain('\u202E');
  });

  it('shows a name on its own in an isolated <bdi>, controls replaced, in its buttons too', async () => {
    await setup({ handlers: [mockPending('uploadAttachment', mockApiBaseUrl)] });
    await choose(await pngFile('scan\u202Egnp\u0007.exe'));
    await expect
      .element(page.getByRole('button', { name: 'Отменить загрузку файла scan\uFFFDgnp\uFFFD.exe' }))
      .toBeVisible();
    const name = moduleRoot().querySelector('.attachment-item bdi');
    expect(name?.textContent).toBe('scan\uFFFDgnp\uFFFD.exe');
  });

  it('sends the name without its override, and shows the name the server kept', async () => {
    await setup();
    await choose(await pngFile('scan\u202Egnp.exe'));
    await expect.element(page.getByRole('button', { name: 'Удалить файл scangnp.exe' })).toBeVisible();
    // What the server stored: the name the client sent, without the override.
    expect(names()).toEqual(['scangnp.exe']);
  });

  it('says a file chosen twice is already attached, and uploads it once', async () => {
    const { scenario } = await setup();
    const photo = await pngFile('box.png');
    drop(photo);
    await expect.element(page.getByRole('button', { name: 'Удалить файл box.png' })).toBeVisible();
    drop(photo);
    await expect.element(page.getByText('box.png: этот файл уже прикреплён')).toBeVisible();
    expect(scenario.calls('uploadAttachment')).toBe(1);
    expect(moduleRoot().querySelectorAll('.attachment-item')).toHaveLength(1);
  });

  it('refuses the same file twice in one choice, in English too', async () => {
    const { scenario } = await setup({ locale: 'en' });
    // Dropped, not chosen: the file dialog's automation would stamp all three with "now".
    drop(pdfFile('act.pdf', 600), pdfFile('act.pdf', 600), pdfFile('act.pdf', 600, 1_700_000_999_000));
    await expect.element(page.getByText('act.pdf: this file is already attached')).toBeVisible();
    // Same name and size but changed since: another file.
    await expect.poll(() => scenario.calls('uploadAttachment')).toBe(2);
  });

  it('tells a file one byte over the limit exactly, in both languages', async () => {
    const limit = 2 * 1024 * 1024;
    await setup({ policy: { maxFileBytes: limit } });
    await choose(pdfFile('big.pdf', limit + 1));
    await expect
      .element(
        page.getByText(
          'big.pdf: слишком большой — 2\u00A0097\u00A0153 байта, можно не больше 2\u00A0097\u00A0152 байта',
        ),
      )
      .toBeVisible();
  });

  it('tells it in English', async () => {
    const limit = 2 * 1024 * 1024;
    await setup({ policy: { maxFileBytes: limit }, locale: 'en' });
    await choose(pdfFile('big.pdf', limit + 1));
    await expect
      .element(page.getByText('big.pdf: too large: 2,097,153 bytes, at most 2,097,152 bytes'))
      .toBeVisible();
  });
});
