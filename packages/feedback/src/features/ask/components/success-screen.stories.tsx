import type { Meta, StoryObj } from '@storybook/react-vite';
import { makePolicy } from '@seller-support/mocks';
import { expect, fn } from 'storybook/test';
import { containing, translatorFor, upTo, withinModule } from '../../../testing/story-helpers';
import { SuccessScreen } from './success-screen';

const ticket = {
  id: 'T-000123',
  number: '123',
  topic: 'parcel_location',
  subject: 'Где моя посылка',
  status: 'new',
  createdAt: '2026-11-25T12:00:00+03:00',
  updatedAt: '2026-11-25T12:00:00+03:00',
  assignee: null,
  expectedFirstResponseBy: '2026-11-25T12:15:00+03:00',
  unread: 0,
  rating: null,
} as const;

const meta = {
  title: 'Ask/Success screen',
  component: SuccessScreen,
  args: {
    ticket,
    policy: makePolicy(),
    onAnother: fn(),
    now: new Date('2026-11-25T12:00:00+03:00'),
  },
} satisfies Meta<typeof SuccessScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Daytime in support's time zone: the day target. */
export const Day: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      module.getByRole('heading', { name: t('askForm.success.title', { number: '123' }) }),
    ).toBeVisible();
    await expect(
      module.getByText(
        containing(upTo(t('askForm.success.expectDay', { minutes: 15, time: '{time}' }), 'time')),
      ),
    ).toBeVisible();
    await expect(module.getByText(containing(t('askForm.success.aroundTheClock')))).toBeVisible();
    await expect(module.getByRole('link', { name: t('askForm.success.open') })).toHaveAttribute(
      'href',
      '/support/requests/T-000123',
    );
  },
};

/** Night in support's time zone: the longer night target. */
export const Night: Story = {
  args: { now: new Date('2026-11-25T23:30:00+03:00') },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      module.getByText(
        containing(upTo(t('askForm.success.expectNight', { minutes: 60, time: '{time}' }), 'time')),
      ),
    ).toBeVisible();
  },
};

/** An earlier submit had arrived after all: the changes made since are not in the request. */
export const EditsLeftOut: Story = {
  args: { editsLeftOut: true },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(t('askForm.success.editsLeftOut'))).toBeVisible();
  },
};
