import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent } from 'storybook/test';
import { mockDeskBaseUrl } from '../../../testing/desk-harness';
import { deskDecorator, filled, messagesFor, withinDesk } from '../../../testing/story-helpers';
import { QueueScreen } from './queue-screen';

const queueUrl = `*${mockDeskBaseUrl}/queue`;

const meta = {
  title: 'Desk/Queue',
  component: QueueScreen,
  decorators: [deskDecorator],
  parameters: { moduleHarness: false },
} satisfies Meta<typeof QueueScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The queue as a moderator opens it: the overdue request first, marked in words; counts above. */
export const Overdue: Story = {
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    const first = await desk.findByRole('listitem', { name: filled(m.queue.number, { number: '108' }) });
    await expect(first).toHaveTextContent(m.queue.overdue);
    await expect(desk.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(
      filled(m.queue.number, { number: '108' }),
    );
    await expect(desk.getByRole('status')).toHaveTextContent(
      filled(m.queue.counts, { open: 9, mine: 1, unassigned: 3, overdue: 1 }),
    );
  },
};

/** "Mine": what this moderator holds, by keyboard alone. */
export const Mine: Story = {
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    await desk.findByRole('listitem', { name: filled(m.queue.number, { number: '108' }) });
    await userEvent.selectOptions(
      desk.getByRole('combobox', { name: m.queue.assignee }),
      m.queue.assignees.me,
    );
    await expect(await desk.findByRole('button', { name: m.queue.clearFilters })).toBeVisible();
    await expect(
      await desk.findByRole('listitem', { name: filled(m.queue.number, { number: '110' }) }),
    ).toBeVisible();
  },
};

/** Waiting for the first page. */
export const Loading: Story = {
  parameters: { deskHandlers: [http.get(queueUrl, () => delay('infinite'))] },
  async play({ canvasElement, globals }) {
    const desk = await withinDesk(canvasElement);
    await expect(await desk.findByText(messagesFor(globals).frame.loading)).toBeVisible();
  },
};

/** Nothing open. */
export const Empty: Story = {
  parameters: {
    deskHandlers: [
      http.get(queueUrl, () =>
        HttpResponse.json({
          items: [],
          nextCursor: null,
          counts: { open: 0, mine: 0, unassigned: 0, overdue: 0 },
        }),
      ),
    ],
  },
  async play({ canvasElement, globals }) {
    const desk = await withinDesk(canvasElement);
    await expect(await desk.findByText(messagesFor(globals).queue.empty)).toBeVisible();
  },
};

/** The server failed: what went wrong, and a retry. */
export const Failed: Story = {
  parameters: {
    deskHandlers: [
      http.get(queueUrl, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    ],
  },
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    await expect(await desk.findByRole('alert')).toHaveTextContent(m.queue.failed);
    await expect(desk.getByRole('button', { name: m.common.retry })).toBeVisible();
  },
};
