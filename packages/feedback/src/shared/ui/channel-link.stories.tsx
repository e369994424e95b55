import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Channel } from '@seller-support/contract';
import { defaultChannels } from '@seller-support/mocks';
import { expect } from 'storybook/test';
import { containing, translatorFor, withinModule } from '../../testing/story-helpers';
import { ChannelLink } from './channel-link';

function channel<K extends Channel['kind']>(kind: K): Extract<Channel, { kind: K }> {
  const found = defaultChannels.find(
    (candidate): candidate is Extract<Channel, { kind: K }> => candidate.kind === kind,
  );
  if (found === undefined) throw new Error(`The mocks have no ${kind} channel.`);
  return found;
}

const meta = {
  title: 'Channels/Channel link',
  component: ChannelLink,
  args: { channel: channel('phone') },
} satisfies Meta<typeof ChannelLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The free hotline: a `tel:` link, a "free" mark and the hours. */
export const FreeHotline: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link', { name: '8 800 000-12-34' })).toHaveAttribute(
      'href',
      'tel:88000001234',
    );
    await expect(module.getByText(t('channels.free'))).toBeVisible();
  },
};

export const PaidRegional: Story = {
  args: {
    channel: { kind: 'phone', label: 'Moscow', value: '+7 495 000-12-34', free: false, region: 'Москва' },
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(t('channels.paidRegional', { region: 'Москва' }))).toBeVisible();
  },
};

export const Email: Story = {
  args: { channel: channel('email') },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link')).toHaveAttribute('href', 'mailto:sellers@support.market.example');
  },
};

/** The compliance line: its address and, when the policy gives one, an online form. */
export const Compliance: Story = {
  args: { channel: channel('compliance') },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link', { name: containing(t('channels.report')) })).toHaveAttribute(
      'target',
      '_blank',
    );
  },
};

export const ComplianceByPhone: Story = {
  args: { channel: { kind: 'compliance', label: 'Compliance line', value: '8 800 000-99-99' } },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link')).toHaveAttribute('href', 'tel:88000009999');
  },
};

/** The post address is text to copy, not a link. */
export const Post: Story = {
  args: { channel: channel('post') },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.queryByRole('link')).toBeNull();
  },
};

export const Chat: Story = {
  args: { channel: channel('chat') },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

export const Community: Story = {
  args: { channel: channel('community') },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('link', { name: containing(t('channels.opensInNewTab')) })).toHaveAttribute(
      'target',
      '_blank',
    );
  },
};

/** A `javascript:` URL from the server is shown as text and never becomes a link. */
export const UnsafeUrl: Story = {
  args: { channel: { kind: 'chat', label: 'Чат', url: 'javascript:alert(1)' } },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText('javascript:alert(1)')).toBeVisible();
    await expect(module.queryByRole('link')).toBeNull();
  },
};
