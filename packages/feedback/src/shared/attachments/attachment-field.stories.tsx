import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  FetchApiClient,
  type Attachment,
  type AttachmentPolicy,
  type UploadFile,
} from '@seller-support/contract';
import { mockFailure } from '@seller-support/mocks';
import { useState, type ComponentProps, type ComponentType } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { ApiClientProvider } from '../api/api-client-context';
import { mockApiBaseUrl } from '../../testing/module-harness';
import { containing, inLanguage, translatorFor, withinModule } from '../../testing/story-helpers';
import { AttachmentField, type DraftAttachment } from './attachment-field';

/** The demo policy, as `GET /policy` of the mocks answers it. */
const policy: AttachmentPolicy = {
  maxFileBytes: 10_485_760,
  maxTotalBytes: 52_428_800,
  maxFiles: 10,
  types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
};

const blueThumbnail =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAEUlEQVR4nGNgDVhHEDGMKgIA64FhIV4tQMwAAAAASUVORK5CYII=';
const orangeThumbnail =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAMCAIAAADQ/GvKAAAAEklEQVR4nGO4VqGBFTGMSqAjAHS6jEGAGoqtAAAAAElFTkSuQmCC';

const uploaded: DraftAttachment[] = [
  {
    id: 'att-1001',
    name: 'повреждённая-коробка.png',
    size: 2_306_867,
    type: 'image/png',
    thumbnail: blueThumbnail,
  },
  { id: 'att-1002', name: 'накладная.jpg', size: 845_312, type: 'image/jpeg', thumbnail: orangeThumbnail },
  { id: 'att-1003', name: 'акт-приёмки.pdf', size: 1_572_864, type: 'application/pdf' },
];

/** An API client whose uploads report 40 % and then wait forever: the "uploading" state. */
class StuckUploadClient extends FetchApiClient {
  override uploadAttachment(
    file: UploadFile,
    options: Parameters<FetchApiClient['uploadAttachment']>[1],
  ): Promise<Attachment> {
    options.onProgress?.(Math.round(file.size * 0.4), file.size);
    return new Promise((_resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')));
    });
  }
}

const stuckClient = new StuckUploadClient({ baseUrl: mockApiBaseUrl, getAccessToken: () => 'demo-token' });

type FieldProps = ComponentProps<typeof AttachmentField>;

function withStuckUploads(Story: ComponentType) {
  return (
    <ApiClientProvider client={stuckClient}>
      <Story />
    </ApiClientProvider>
  );
}

/** The field as a form holds it: `value` follows `onChange`. */
function StatefulField({ value: initial, onChange, ...props }: FieldProps) {
  const [value, setValue] = useState<readonly DraftAttachment[]>(initial);
  return (
    <AttachmentField
      {...props}
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

const meta = {
  title: 'Shared/Attachments',
  component: AttachmentField,
  args: {
    id: 'attachments',
    label: '',
    policy,
    value: [],
    onChange: fn(),
    onBusyChange: fn(),
  },
  // The label is the form's, in the story's language.
  render: (args, { globals }) => (
    <StatefulField {...args} label={translatorFor({ globals })('askForm.fields.attachments')} />
  ),
} satisfies Meta<typeof AttachmentField>;

export default meta;
type Story = StoryObj<typeof meta>;

function fileOf(bytes: string | Uint8Array<ArrayBuffer>, name: string, type = ''): File {
  return new File([bytes], name, { type });
}

function pdf(name: string): File {
  return fileOf('%PDF-1.7\n% a scanned act\n', name, 'application/pdf');
}

/** Drops files on the field, as a seller dragging them from the file manager would. */
async function drop(canvasElement: HTMLElement, files: readonly File[]) {
  const zone = await waitFor(() => {
    const found = canvasElement
      .querySelector('[data-seller-support]')
      ?.shadowRoot?.querySelector('.attachment-field__drop');
    if (!found) throw new Error('The field has not rendered yet.');
    return found;
  });
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
}

/** Nothing attached yet: the button, the drop zone and the policy's limits. */
export const Empty: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('button', { name: t('attachments.choose') })).toBeEnabled();
    await expect(
      module.getByText(
        inLanguage(globals, {
          ru: 'До 10 файлов, до 10 МБ каждый, всего до 50 МБ; JPEG, PNG, WebP, PDF.',
          en: 'Up to 10 files, 10 MB each, 50 MB in total; JPEG, PNG, WebP, PDF.',
        }),
      ),
    ).toBeVisible();
  },
};

/** The form's own error under the field, e.g. "attach at least one photo" for a topic that needs one. */
export const WithFieldError: Story = {
  args: { error: 'Приложите хотя бы одну фотографию повреждения.' },
  async play({ canvasElement, args, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    // The message is the form's (a prop), shown as it came.
    await expect(module.getByRole('button', { name: t('attachments.choose') })).toHaveAccessibleDescription(
      containing(args.error ?? ''),
    );
  },
};

/** A file on its way: a progress bar at 40 % and a Cancel button. */
export const Uploading: Story = {
  decorators: [withStuckUploads],
  async play({ canvasElement, args, globals }) {
    const t = translatorFor({ globals });
    const name = 'акт-приёмки.pdf';
    await drop(canvasElement, [pdf(name)]);
    const module = await withinModule(canvasElement);
    const progress = await module.findByRole('progressbar', { name: t('attachments.progress', { name }) });
    await waitFor(() => expect(progress).toHaveAttribute('value', '40'));
    await expect(
      module.getByText(inLanguage(globals, { ru: 'Загружено 40 %', en: '40% uploaded' })),
    ).toBeVisible();
    await expect(module.getByRole('button', { name: t('attachments.cancelFile', { name }) })).toBeVisible();
    await waitFor(() => expect(args.onBusyChange).toHaveBeenLastCalledWith(true));
  },
};

/** Uploaded files, as a restored draft shows them: stored thumbnails for images, a badge for PDF. */
export const UploadedWithThumbnails: Story = {
  args: { value: uploaded },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const list = module.getByRole('list', { name: t('attachments.listLabel') });
    await expect(list.querySelectorAll('li')).toHaveLength(3);
    await expect(list.querySelectorAll('img')).toHaveLength(2);
    const sizeAndState = inLanguage(globals, { ru: '2,2 МБ', en: '2.2 MB' });
    await expect(module.getByText(`${sizeAndState} · ${t('attachments.uploaded')}`)).toBeVisible();
    await expect(
      module.getByRole('button', { name: t('attachments.removeFile', { name: 'акт-приёмки.pdf' }) }),
    ).toBeVisible();
  },
};

const refusedFiles = () => [
  fileOf('this is a text file, not a photo', 'photo.jpg', 'image/jpeg'),
  fileOf('', 'empty.png', 'image/png'),
];

/** Files refused before upload, each with its reason; nothing was sent. */
export const RefusedFiles: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    await drop(canvasElement, refusedFiles());
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('attachments.refused.title'))).toBeVisible();
    const types = inLanguage(globals, { ru: 'JPEG, PNG, WebP или PDF', en: 'JPEG, PNG, WebP, or PDF' });
    await expect(
      module.getByText(
        t('attachments.refused.type', { name: 'photo.jpg', types, detected: t('attachments.unknownType') }),
      ),
    ).toBeVisible();
    await expect(module.getByText(t('attachments.refused.empty', { name: 'empty.png' }))).toBeVisible();
  },
};

/** The server failed the upload: the reason and a Retry button that reuses the file's key. */
export const ServerErrorWithRetry: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('uploadAttachment', 503, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const name = 'акт-приёмки.pdf';
    await drop(canvasElement, [pdf(name)]);
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('attachments.failed.server'))).toBeVisible();
    await expect(module.getByRole('button', { name: t('attachments.retryFile', { name }) })).toBeEnabled();
  },
};

/** The server refused the file as too large (413): said so, with Retry. */
export const ServerRefusedTooLarge: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('uploadAttachment', 413, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const name = 'acceptance-act.pdf';
    await drop(canvasElement, [pdf(name)]);
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('attachments.failed.tooLarge'))).toBeVisible();
    await expect(module.getByRole('button', { name: t('attachments.retryFile', { name }) })).toBeEnabled();
  },
};

/** As many files as the policy allows: the button says so, and one more is refused. */
export const CountLimitReached: Story = {
  args: { value: uploaded, policy: { ...policy, maxFiles: 3 } },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(t('attachments.countLimitReached', { max: 3 }))).toBeVisible();
    await expect(module.getByRole('button', { name: t('attachments.choose') })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await drop(canvasElement, [pdf('ещё-один.pdf')]);
    await expect(
      await module.findByText(t('attachments.refused.count', { name: 'ещё-один.pdf', max: 3 })),
    ).toBeVisible();
  },
};
