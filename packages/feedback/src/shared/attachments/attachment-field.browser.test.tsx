import { FetchApiClient, type AttachmentPolicy } from '@seller-support/contract';
import { createMockApi, mockPending, type ScenarioOptions } from '@seller-support/mocks';
import { delay, http, type RequestHandler } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../i18n';
import { createMockFetch } from '../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../testing/module-harness';
import { AttachmentField, type DraftAttachment } from './attachment-field';
import { createMockXhr } from '../../testing/mock-upload-xhr';
import { fileInput, moduleRoot, pngFile } from '../../testing/dom';

interface SetupOptions {
  policy?: Partial<AttachmentPolicy>;
  value?: DraftAttachment[];
  handlers?: RequestHandler[];
  scenario?: ScenarioOptions;
  locale?: Locale;
  /** Delay between the mock XHR's progress events, so a test can see the bar move. */
  stepDelayMs?: number;
  /** How many progress events the mock XHR reports before it hands the request to the server. */
  progressSteps?: number;
  /** The client's limit for an upload; a test about a stalled server shortens it. */
  uploadTimeoutMs?: number;
}

/**
 * The field over the real mock handlers. Uploads with progress go through XMLHttpRequest, which
 * only a service worker would intercept, so the client gets a fake XHR that hands each request
 * to the same MSW handlers (`createMockXhr`), as `createMockFetch` does for fetch.
 */
async function setup({
  policy: policyOverrides = {},
  value = [],
  handlers = [],
  scenario = {},
  locale = 'ru',
  stepDelayMs = 0,
  progressSteps,
  uploadTimeoutMs,
}: SetupOptions = {}) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario });
  const all = [...handlers, ...mockApi.handlers];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch(all),
    createXhr: createMockXhr(all, { stepDelayMs, progressSteps }),
    timeouts: { uploadMs: uploadTimeoutMs },
  });
  const policy = { ...mockApi.store.dataset.policy.attachments, ...policyOverrides };
  const onChange = vi.fn<(next: DraftAttachment[]) => void>();
  const onBusyChange = vi.fn<(busy: boolean) => void>();

  function Form() {
    const [current, setCurrent] = useState<readonly DraftAttachment[]>(value);
    return (
      <AttachmentField
        id="attachments"
        label={locale === 'ru' ? 'Вложения' : 'Attachments'}
        policy={policy}
        value={current}
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
        onBusyChange={onBusyChange}
        error={undefined}
      />
    );
  }
  const screen = await render(
    <ModuleHarness api={api} locale={locale}>
      <Form />
    </ModuleHarness>,
  );
  return { ...mockApi, onChange, onBusyChange, screen };
}

function pdfFile(name = 'act.pdf', bytes = 600): File {
  const head = new TextEncoder().encode('%PDF-1.7\n');
  const body = new Uint8Array(bytes);
  body.set(head);
  return new File([body], name, { type: 'application/pdf' });
}

async function choose(...files: File[]) {
  await userEvent.upload(fileInput(), files);
}

function dataTransferOf(files: readonly File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

const list = () => page.getByRole('list', { name: 'Прикреплённые файлы' });

describe('AttachmentField', () => {
  it('uploads a real PNG at once with progress, and the draft gets what the server stored', async () => {
    const { store, scenario, onChange, onBusyChange } = await setup({ stepDelayMs: 80 });
    const photo = await pngFile();
    await expect
      .element(page.getByText('До 10 файлов, до 10 МБ каждый, всего до 50 МБ; JPEG, PNG, WebP, PDF.'))
      .toBeVisible();

    await choose(photo);

    const progress = page.getByRole('progressbar', { name: 'Загрузка файла photo.png' });
    await expect.element(progress).toBeVisible();
    await expect
      .element(page.getByRole('button', { name: 'Отменить загрузку файла photo.png' }))
      .toBeVisible();
    await expect.poll(() => Number(progress.element().getAttribute('value'))).toBeGreaterThan(0);
    await expect.poll(() => onBusyChange.mock.calls).toEqual([[true]]);

    await expect.element(page.getByRole('button', { name: 'Удалить файл photo.png' })).toBeVisible();
    await expect.element(list().getByText(/· Загружен$/)).toBeVisible();
    expect(page.getByRole('progressbar').elements()).toHaveLength(0);
    await expect.element(shadowLive()).toHaveTextContent('Файл photo.png загружен.');

    await expect.poll(() => onBusyChange.mock.calls).toEqual([[true], [false]]);
    expect(onChange).toHaveBeenCalledTimes(1);
    const [uploaded] = onChange.mock.lastCall?.[0] ?? [];
    expect(uploaded).toMatchObject({ name: 'photo.png', type: 'image/png', size: photo.size });
    expect(uploaded?.thumbnail).toMatch(/^data:image\/(webp|jpeg);base64,/);
    // What reached the server is what the draft keeps.
    expect(store.getAttachment(uploaded?.id ?? '')).toEqual({
      id: uploaded?.id,
      name: 'photo.png',
      size: photo.size,
      type: 'image/png',
    });
    expect(scenario.calls('uploadAttachment')).toBe(1);
    // In the session the preview is the file itself.
    const preview = moduleRoot().querySelector('.attachment-item img');
    expect(preview?.getAttribute('src')).toMatch(/^blob:/);
  });

  it('opens the file chooser from the keyboard through the labelled button', async () => {
    await setup();
    const open = vi.spyOn(fileInput(), 'click').mockImplementation(() => undefined);
    const button = page.getByRole('button', { name: 'Выбрать файлы' });
    await expect.element(page.getByRole('group', { name: 'Вложения' })).toBeVisible();
    await expect.element(button).toHaveAttribute('id', 'attachments');
    await expect.element(button).toHaveAccessibleDescription(/До 10 файлов/);
    expect(fileInput().accept).toBe('image/jpeg,image/png,image/webp,application/pdf');

    button.element().focus();
    await userEvent.keyboard('{Enter}');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('refuses a text file named .jpg before any request, saying what it really is', async () => {
    const { scenario, onChange } = await setup();
    await choose(new File(['definitely not a photo'], 'photo.jpg', { type: 'image/jpeg' }));

    await expect
      .element(page.getByText('photo.jpg — это не файл JPEG, PNG, WebP или PDF (определено: неизвестно)'))
      .toBeVisible();
    await expect.element(shadowLive()).toHaveTextContent('1 файл не прикреплён');
    expect(scenario.calls('uploadAttachment')).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
    expect(page.getByRole('list', { name: 'Прикреплённые файлы' }).elements()).toHaveLength(0);
  });

  it('accepts a PNG named .txt: the content decides', async () => {
    const { onChange } = await setup();
    const png = await pngFile('scan.txt');
    await choose(png);
    await expect.poll(() => onChange.mock.lastCall?.[0][0]?.type).toBe('image/png');
  });

  it('refuses an empty file and an oversize one, each with its own message, and uploads the rest', async () => {
    const { scenario, onChange } = await setup({ locale: 'en', policy: { maxFileBytes: 1024 } });
    await choose(new File([], 'empty.pdf'), pdfFile('big.pdf', 12_700), pdfFile('small.pdf', 500));

    await expect.element(page.getByText('These files were not attached')).toBeVisible();
    await expect.element(page.getByText('empty.pdf: empty file')).toBeVisible();
    await expect.element(page.getByText('big.pdf: too large: 12.4 KB, at most 1 KB')).toBeVisible();
    await expect.poll(() => onChange.mock.lastCall?.[0].map((file) => file.name)).toEqual(['small.pdf']);
    expect(scenario.calls('uploadAttachment')).toBe(1);

    await page.getByRole('button', { name: 'Dismiss the list' }).click();
    expect(page.getByText('These files were not attached').elements()).toHaveLength(0);
    await expectChooseButtonFocused();
  });

  it('refuses files over the count and over the total, and says when the count is reached', async () => {
    const restored: DraftAttachment[] = [
      { id: 'att-1', name: 'one.pdf', size: 700, type: 'application/pdf' },
    ];
    const { scenario } = await setup({ value: restored, policy: { maxFiles: 2, maxTotalBytes: 2000 } });
    await choose(pdfFile('two.pdf', 800), pdfFile('three.pdf', 100), pdfFile('heavy.pdf', 900));

    await expect.element(page.getByText('three.pdf: слишком много файлов — можно не больше 2')).toBeVisible();
    await expect
      .element(
        page.getByText(
          'Прикреплено наибольшее число файлов (2). Чтобы добавить другой, удалите один из них.',
        ),
      )
      .toBeVisible();
    await expect
      .element(
        page.getByText(
          'heavy.pdf: вместе с уже прикреплёнными файлами получится 2,3 КБ, а можно не больше 2 КБ',
        ),
      )
      .toBeVisible();
    await expect.element(list().getByText('two.pdf')).toBeVisible();
    await expect.poll(() => scenario.calls('uploadAttachment')).toBe(1);
    await expect
      .element(page.getByRole('button', { name: 'Выбрать файлы' }))
      .toHaveAttribute('aria-disabled', 'true');
  });

  it('refuses a file that would take the total over the limit', async () => {
    await setup({ locale: 'en', policy: { maxTotalBytes: 1000 } });
    await choose(pdfFile('a.pdf', 600), pdfFile('b.pdf', 600));
    await expect
      .element(
        page.getByText(
          'b.pdf: with the files already attached that makes 1.2 KB, at most 1,000 bytes in total',
        ),
      )
      .toBeVisible();
  });

  it('shows a 413 from the server with Retry, and the retry reuses the file’s idempotency key', async () => {
    const { scenario, store, onChange } = await setup({
      scenario: { failures: { uploadAttachment: { status: 413, times: 1 } } },
    });
    await choose(await pngFile());

    await expect.element(page.getByText('Сервер не принял файл: он слишком большой.')).toBeVisible();
    await expect.element(shadowLive()).toHaveTextContent('Не удалось загрузить файл photo.png.');
    expect(onChange).not.toHaveBeenCalled();

    await page.getByRole('button', { name: 'Повторить загрузку файла photo.png' }).click();
    await expect.poll(() => onChange.mock.calls.length).toBe(1);
    expect(scenario.calls('uploadAttachment')).toBe(2);
    const id = onChange.mock.lastCall?.[0][0]?.id ?? '';
    expect(store.getAttachment(id)?.name).toBe('photo.png');
  });

  it('an upload that times out is a lost answer: Retry sends it again with its key, and the file comes once', async () => {
    const keys: string[] = [];
    let stall = true;
    const stalling = http.post(`${mockApiBaseUrl}/attachments`, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (!stall) return undefined;
      await delay('infinite');
      return undefined;
    });
    // The server must have the request before the client gives up on its answer: no progress
    // steps in between, and a limit far longer than handing a request to a handler in the page.
    const { store, onChange } = await setup({
      uploadTimeoutMs: 1000,
      progressSteps: 0,
      handlers: [stalling],
    });
    await choose(await pngFile());

    await expect
      .element(
        page.getByText(
          'Сервер не ответил вовремя. Повторите загрузку: если файл уже дошёл, второй копии не будет.',
        ),
      )
      .toBeVisible();
    await expect
      .element(page.getByText('Сервер не смог сохранить файл', { exact: false }))
      .not.toBeInTheDocument();
    expect(keys).toHaveLength(1);
    stall = false;
    await page.getByRole('button', { name: 'Повторить загрузку файла photo.png' }).click();
    await expect.poll(() => onChange.mock.calls.length).toBe(1);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(store.getAttachment(onChange.mock.lastCall?.[0][0]?.id ?? '')?.name).toBe('photo.png');
  });

  it('shows a 415 and a 429 with its wait, in English', async () => {
    const { scenario } = await setup({
      locale: 'en',
      scenario: { failures: { uploadAttachment: { status: 415, times: 1 } } },
    });
    await choose(pdfFile());
    await expect
      .element(page.getByText('The server refused the file: this type is not accepted.'))
      .toBeVisible();

    scenario.fail('uploadAttachment', { status: 429, retryAfterSeconds: 12, times: 1 });
    await page.getByRole('button', { name: 'Retry uploading act.pdf' }).click();
    await expect.element(page.getByText('Too many uploads in a row. Retry in 12 seconds.')).toBeVisible();

    scenario.fail('uploadAttachment', { status: 503, times: 1 });
    await page.getByRole('button', { name: 'Retry uploading act.pdf' }).click();
    await expect
      .element(page.getByText('The server could not save the file. Retry a little later.'))
      .toBeVisible();

    scenario.fail('uploadAttachment', { kind: 'network', times: 1 });
    await page.getByRole('button', { name: 'Retry uploading act.pdf' }).click();
    await expect
      .element(page.getByText('Cannot reach the server. Check your connection and retry.'))
      .toBeVisible();

    await page.getByRole('button', { name: 'Remove act.pdf' }).click();
    expect(moduleRoot().querySelectorAll('.attachment-item')).toHaveLength(0);
  });

  it('cancels an upload: the request is aborted and nothing is attached', async () => {
    const { onChange, onBusyChange } = await setup({
      handlers: [mockPending('uploadAttachment', mockApiBaseUrl)],
    });
    await choose(await pngFile());
    await expect.element(page.getByRole('progressbar', { name: 'Загрузка файла photo.png' })).toBeVisible();
    await expect.poll(() => onBusyChange.mock.calls).toEqual([[true]]);

    await page.getByRole('button', { name: 'Отменить загрузку файла photo.png' }).click();

    expect(page.getByRole('progressbar').elements()).toHaveLength(0);
    await expect.element(shadowLive()).toHaveTextContent('Загрузка файла photo.png отменена.');
    await expectChooseButtonFocused();
    await expect.poll(() => onBusyChange.mock.calls).toEqual([[true], [false]]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes an uploaded file from the value', async () => {
    const { onChange } = await setup();
    await choose(await pngFile());
    await expect.element(page.getByRole('button', { name: 'Удалить файл photo.png' })).toBeVisible();
    // It removes something: it looks it, unlike the form's other buttons.
    await expect
      .element(page.getByRole('button', { name: 'Удалить файл photo.png' }))
      .toHaveClass('ss-button--danger');

    await page.getByRole('button', { name: 'Удалить файл photo.png' }).click();

    expect(onChange.mock.lastCall?.[0]).toEqual([]);
    expect(moduleRoot().querySelectorAll('.attachment-item')).toHaveLength(0);
    await expectChooseButtonFocused();
    await expect.element(shadowLive()).toHaveTextContent('Файл photo.png удалён.');
  });

  it('shows a restored draft with its stored thumbnails', async () => {
    const thumbnail = await pngFile('thumb.png', 8).then(
      (file) =>
        new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
          reader.readAsDataURL(file);
        }),
    );
    await setup({
      value: [
        { id: 'att-7', name: 'damage.png', size: 48_213, type: 'image/png', thumbnail },
        { id: 'att-8', name: 'act.pdf', size: 1_572_864, type: 'application/pdf' },
      ],
    });

    await expect.element(list().getByText('damage.png')).toBeVisible();
    await expect.element(list().getByText('1,5 МБ · Загружен')).toBeVisible();
    const images = [...moduleRoot().querySelectorAll('.attachment-item img')];
    expect(images.map((image) => image.getAttribute('src'))).toEqual([thumbnail]);
    await expect.element(page.getByRole('button', { name: 'Удалить файл act.pdf' })).toBeVisible();
  });

  it('takes files dropped on the field and images pasted while the focus is in it', async () => {
    const { onChange } = await setup();
    const drop = moduleRoot().querySelector('.attachment-field__drop');
    if (!drop) throw new Error('No drop zone.');
    drop.dispatchEvent(
      new DragEvent('drop', {
        bubbles: true,
        cancelable: true,
        dataTransfer: dataTransferOf([pdfFile('dropped.pdf')]),
      }),
    );
    await expect.poll(() => onChange.mock.lastCall?.[0].map((file) => file.name)).toEqual(['dropped.pdf']);

    const button = page.getByRole('button', { name: 'Выбрать файлы' });
    await button.click();
    button.element().dispatchEvent(
      new ClipboardEvent('paste', {
        bubbles: true,
        cancelable: true,
        clipboardData: dataTransferOf([await pngFile('pasted.png')]),
      }),
    );
    await expect
      .poll(() => onChange.mock.lastCall?.[0].map((file) => file.name))
      .toEqual(['dropped.pdf', 'pasted.png']);
  });

  it('revokes its object URLs on unmount and stops uploads in flight', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { screen, onBusyChange } = await setup({
      handlers: [mockPending('uploadAttachment', mockApiBaseUrl)],
    });
    await choose(await pngFile());
    await expect.element(page.getByRole('progressbar')).toBeVisible();
    const preview = moduleRoot().querySelector('.attachment-item img')?.getAttribute('src');

    await screen.unmount();

    expect(revoke).toHaveBeenCalledWith(preview);
    expect(onBusyChange.mock.lastCall).toEqual([false]);
    revoke.mockRestore();
  });
});

/** The focus inside the shadow root (document.activeElement is the host element). */
async function expectChooseButtonFocused() {
  await expect.poll(() => moduleRoot().activeElement?.id).toBe('attachments');
}

function shadowLive() {
  return page.elementLocator(liveRegion());
}

function liveRegion(): Element {
  const region = moduleRoot().querySelector('[aria-live="polite"]');
  if (!region) throw new Error('No live region.');
  return region;
}
