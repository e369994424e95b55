import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  makePolicy,
  mockFailure,
  mockForeignResponse,
  mockPending,
  mockResponse,
} from '@seller-support/mocks';
import { expect, userEvent } from 'storybook/test';
import { mockApiBaseUrl } from '../../testing/module-harness';
import { containing, translatorFor, withinModule } from '../../testing/story-helpers';
import { ChannelsPanel } from './channels-panel';

const day = new Date('2026-11-25T12:00:00+03:00');
const night = new Date('2026-11-25T23:30:00+03:00');

const meta = {
  title: 'Channels/Channels panel',
  component: ChannelsPanel,
  args: { now: day },
} satisfies Meta<typeof ChannelsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The channels' texts are the server's, per language (the mocks send both). */
const english = (globals: Record<string, unknown>) => globals['locale'] === 'en';

/** The free hotline and what to expect in the daytime in sight; the other channels one click away. */
export const Day: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('link', { name: '8 800 000-12-34' })).toHaveAttribute(
      'href',
      'tel:88000001234',
    );
    const duration = t('channels.expectation.minutes', { count: 15 });
    await expect(module.getByText(containing(t('channels.expectation.day', { duration })))).toBeVisible();
    await expect(module.getByRole('heading', { name: t('channels.title') })).toBeVisible();
    // The region of the paid numbers is behind "more".
    await expect(
      module.getByText(english(globals) ? 'Moscow and Moscow Region' : 'Москва и Московская область'),
    ).not.toBeVisible();
  },
};

/** "10 more ways to reach us" opened: paid numbers, e-mail, post, compliance, chat, community, in the story's language. */
export const AllChannels: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await userEvent.click(await module.findByText(t('channels.showMore', { count: 10 })));
    await expect(
      module.getByText(english(globals) ? 'Moscow and Moscow Region' : 'Москва и Московская область'),
    ).toBeVisible();
    await expect(module.getByRole('link', { name: 'sellers@support.market.example' })).toBeVisible();
  },
};

export const Night: Story = {
  args: { now: night },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const duration = t('channels.expectation.anHour');
    await expect(
      await module.findByText(containing(t('channels.expectation.night', { duration }))),
    ).toBeVisible();
  },
};

/** Whatever the server sends is text; only http(s) becomes a link. */
export const UnsafeValuesFromTheServer: Story = {
  beforeEach({ msw }) {
    msw.use(
      mockResponse(
        'getPolicy',
        makePolicy({
          channels: [
            { kind: 'phone', label: 'Номер без цифр', value: 'позвоните нам', free: false, region: null },
            { kind: 'chat', label: 'Чат', url: 'javascript:alert(1)' },
            {
              kind: 'community',
              label: '<b>Сообщество</b>',
              url: 'https://community.market.example/sellers',
            },
          ],
        }),
        mockApiBaseUrl,
      ),
    );
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    // No free hotline: every channel is behind the disclosure.
    await userEvent.click(await module.findByText(t('channels.showAll', { count: 3 })));
    await expect(await module.findByText('javascript:alert(1)')).toBeVisible();
    await expect(module.getByText('<b>Сообщество</b>')).toBeVisible();
    await expect(module.getAllByRole('link')).toHaveLength(1);
  },
};

export const NoChannels: Story = {
  beforeEach({ msw }) {
    msw.use(mockResponse('getPolicy', makePolicy({ channels: [] }), mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('channels.empty'))).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('getPolicy', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent(t('channels.loading'));
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('getPolicy', 500, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.server'));
  },
};

/**
 * A server that says more than this version knows: channels of kinds it does not list (shown with
 * their label and a safe link where they have one), one it cannot read (left out, with a note), and
 * a first-response target no date can hold (no promise, no crash).
 */
export const ForeignServer: Story = {
  beforeEach({ msw }) {
    const policy = makePolicy();
    msw.use(
      mockForeignResponse(
        'getPolicy',
        {
          ...policy,
          firstResponseMinutes: { day: 200_000_000_000, night: 60 },
          channels: [
            ...policy.channels,
            { kind: 'telegram', label: 'Телеграм-бот', url: 'https://t.me/support_bot' },
            { kind: 'fax', label: 'Факс', value: '+7 495 000-00-01' },
            { kind: 'phone', label: 'Без номера' },
          ],
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await userEvent.click(await module.findByText(t('channels.showMore', { count: 12 })));
    await expect(await module.findByText('Телеграм-бот')).toBeVisible();
    await expect(module.getByRole('link', { name: /t\.me\/support_bot/ })).toHaveAttribute(
      'href',
      'https://t.me/support_bot',
    );
    await expect(module.getByRole('link', { name: '+7 495 000-00-01' })).toHaveAttribute(
      'href',
      'tel:+74950000001',
    );
    await expect(module.getByText(t('channels.omitted', { count: 1 }))).toBeVisible();
    await expect(module.getByText(t('channels.expectation.aroundTheClock'))).toBeVisible();
  },
};
