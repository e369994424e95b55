import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import { mockDeskBaseUrl } from '../../../testing/desk-harness';
import { deskDecorator, filled, messagesFor, withinDesk } from '../../../testing/story-helpers';
import { TicketScreen } from './ticket-screen';

const meta = {
  title: 'Desk/Request',
  component: TicketScreen,
  decorators: [deskDecorator],
  parameters: { moduleHarness: false },
  args: { id: 'T-000110' },
} satisfies Meta<typeof TicketScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A request this moderator holds: the seller, the history, the actions. */
export const Held: Story = {
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    await expect(
      await desk.findByRole('heading', { level: 1, name: filled(m.ticket.title, { number: '110' }) }),
    ).toBeVisible();
    await expect(desk.getByRole('region', { name: m.ticket.seller })).toHaveTextContent('ООО «Ромашка»');
    await expect(desk.getByRole('form', { name: m.actions.reply })).toBeVisible();
  },
};

/** An internal note, framed and labelled: only support sees it. */
export const InternalNote: Story = {
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    // Set as React expects it: `userEvent.type` inside a shadow root reaches the DOM, not React.
    await fireEvent.input(await desk.findByRole('textbox', { name: m.actions.noteLabel }), {
      target: { value: 'Напомнить перевозчику' },
    });
    await userEvent.click(desk.getByRole('button', { name: m.actions.addNote }));
    await expect(await desk.findByText(m.actions.noteSaved)).toBeVisible();
    await expect(await desk.findByText(m.timeline.internal)).toBeVisible();
  },
};

/** An overdue first answer, not yet taken: "take under control" is the primary action. */
export const OverdueUnassigned: Story = {
  args: { id: 'T-000108' },
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    await expect(await desk.findByRole('button', { name: m.actions.take })).toBeVisible();
    await expect(desk.getAllByText(m.queue.overdue)[0]).toBeVisible();
  },
};

/** Another moderator holds it: a 409, said plainly, with "take it over" apart. */
export const HeldByAnother: Story = {
  args: { id: 'T-000111' },
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    await userEvent.click(await desk.findByRole('button', { name: m.actions.take }));
    await expect(await desk.findByRole('alert')).toHaveTextContent(m.actions.conflict);
    await expect(desk.getByRole('button', { name: m.actions.force })).toBeVisible();
  },
};

/** Waiting for the request. */
export const Loading: Story = {
  parameters: { deskHandlers: [http.get(`*${mockDeskBaseUrl}/tickets/:id`, () => delay('infinite'))] },
  async play({ canvasElement, globals }) {
    const desk = await withinDesk(canvasElement);
    await expect(await desk.findByText(messagesFor(globals).frame.loading)).toBeVisible();
  },
};

/** The server failed: what went wrong, and a retry. */
export const Failed: Story = {
  parameters: {
    deskHandlers: [
      http.get(`*${mockDeskBaseUrl}/tickets/:id`, () =>
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
    await expect(await desk.findByRole('alert')).toHaveTextContent(m.ticket.failed);
  },
};

/** The seller's photos as thumbnails and a PDF to download; a photo opens larger, Close gives focus back. */
export const Files: Story = {
  args: { id: 'T-000106' },
  async play({ canvasElement, globals }) {
    const m = messagesFor(globals);
    const desk = await withinDesk(canvasElement);
    const request = await desk.findByRole('region', { name: m.ticket.request });
    await expect(
      await within(request).findByRole('button', { name: filled(m.files.downloadFile, { name: 'чек.pdf' }) }),
    ).toBeVisible();
    const thumb = within(request).getByRole('button', { name: filled(m.files.open, { name: 'дефект.png' }) });
    await waitFor(() => expect(thumb).toBeEnabled());
    await userEvent.click(thumb);
    await expect(await desk.findByRole('dialog', { name: 'дефект.png' })).toBeVisible();
    await userEvent.click(desk.getByRole('button', { name: m.files.close }));
    await waitFor(() => expect(desk.queryByRole('dialog')).toBeNull());
  },
};

/** A file that did not load: which one, and a retry. */
export const FileFailed: Story = {
  args: { id: 'T-000104' },
  parameters: {
    deskHandlers: [
      http.get(`*${mockDeskBaseUrl}/attachments/:id`, () =>
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
    const name = 'отчёт-о-выплатах.pdf';
    await userEvent.click(await desk.findByRole('button', { name: filled(m.files.downloadFile, { name }) }));
    await expect(await desk.findByRole('alert')).toHaveTextContent(filled(m.files.failed, { name }));
  },
};
