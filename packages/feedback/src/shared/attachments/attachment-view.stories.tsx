import type { Attachment } from '@seller-support/contract';
import { mockFailure, mockPending } from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { mockApiBaseUrl } from '../../testing/module-harness';
import { translatorFor, withinModule } from '../../testing/story-helpers';
import { AttachmentView } from './attachment-view';

// Files of the default dataset's warranty request (T-000106), which the mocks serve.
const photo: Attachment = { id: 'att-106-1', name: 'дефект.png', size: 57_867, type: 'image/png' };
const receipt: Attachment = { id: 'att-106-3', name: 'чек.pdf', size: 612, type: 'application/pdf' };

const meta = {
  title: 'Shared/Attachment view',
  component: AttachmentView,
  args: { attachment: photo },
} satisfies Meta<typeof AttachmentView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A photo: its thumbnail, fetched with the token. */
export const Photo: Story = {
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const open = module.getByRole('button', { name: t('attachments.view.open', { name: photo.name }) });
    await waitFor(() => expect(open).toBeEnabled());
  },
};

/** The photo open in its preview: name, size, Download and Close (the story ends open). */
export const PhotoPreview: Story = {
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const open = module.getByRole('button', { name: t('attachments.view.open', { name: photo.name }) });
    await waitFor(() => expect(open).toBeEnabled());
    await userEvent.click(open);
    const dialog = within(await module.findByRole('dialog', { name: photo.name }));
    const close = dialog.getByRole('button', { name: t('attachments.view.close') });
    // The focus lives in the module's shadow root, not in the document.
    await waitFor(() => {
      const root = close.getRootNode();
      if (!(root instanceof ShadowRoot && root.activeElement === close))
        throw new Error('Close has no focus');
    });
  },
};

/** The photo is still on its way: a placeholder, and the thumbnail cannot open yet. */
export const PhotoLoading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('getAttachment', mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(module.getByText(t('attachments.view.loading'))).toBeVisible();
    await expect(
      module.getByRole('button', { name: t('attachments.view.open', { name: photo.name }) }),
    ).toBeDisabled();
  },
};

/** The photo could not be fetched: said so, with a retry. */
export const PhotoFailed: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('getAttachment', 500, mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(await module.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      t('attachments.view.failed'),
    );
    await expect(module.getByRole('button', { name: t('attachments.view.retry') })).toBeVisible();
  },
};

/** A document: name, size and type, downloaded when asked for. */
export const Document: Story = {
  args: { attachment: receipt },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(
      module.getByRole('button', { name: t('attachments.view.downloadFile', { name: receipt.name }) }),
    ).toBeVisible();
  },
};
