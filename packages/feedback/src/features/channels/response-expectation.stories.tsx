import type { Meta, StoryObj } from '@storybook/react-vite';
import { makePolicy, mockResponse } from '@seller-support/mocks';
import { expect } from 'storybook/test';
import { mockApiBaseUrl } from '../../testing/module-harness';
import { containing, translatorFor, withinModule } from '../../testing/story-helpers';
import { ResponseExpectation } from './response-expectation';

const meta = {
  title: 'Channels/Response expectation',
  component: ResponseExpectation,
  args: { now: new Date('2026-11-25T12:00:00+03:00') },
} satisfies Meta<typeof ResponseExpectation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Day: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const duration = t('channels.expectation.minutes', { count: 15 });
    await expect(
      await module.findByText(containing(t('channels.expectation.day', { duration }))),
    ).toBeVisible();
  },
};

export const Night: Story = {
  args: { now: new Date('2026-11-25T22:00:00+03:00') },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const duration = t('channels.expectation.anHour');
    await expect(
      await module.findByText(containing(t('channels.expectation.night', { duration }))),
    ).toBeVisible();
  },
};

/** The policy's time zone decides: 10:30 in Vladivostok is daytime there, 03:30 in Moscow. */
export const SupportInVladivostok: Story = {
  args: { now: new Date('2026-11-25T00:30:00Z') },
  beforeEach({ msw }) {
    msw.use(
      mockResponse(
        'getPolicy',
        makePolicy({ timeZone: 'Asia/Vladivostok', firstResponseMinutes: { day: 30, night: 120 } }),
        mockApiBaseUrl,
      ),
    );
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const duration = t('channels.expectation.minutes', { count: 30 });
    await expect(
      await module.findByText(containing(t('channels.expectation.day', { duration }))),
    ).toBeVisible();
    await expect(module.getByText(/Asia\/Vladivostok/)).toBeVisible();
  },
};

/** Unlike the panel, the live clock: whatever time it is where the story runs. */
export const LiveClock: Story = {
  args: { now: undefined },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByText(t('channels.expectation.aroundTheClock'))).toBeVisible();
  },
};
