import { createMockApi, mockFailure } from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { mockApiBaseUrl } from '../../testing/module-harness';
import { translatorFor, withinModule } from '../../testing/story-helpers';
// The dialog loads the form lazily; importing it here moves its first (slow, cold) transform into
// the stories' import phase instead of the first story's clock. The dialog still loads it lazily.
import './order-question-form';
import { ParcelRoot } from './parcel-root';
import { ParcelSent } from './parcel-sent';

// The mock seller's newest order and a request of theirs: the same seeded data the stories' API serves.
const demo = createMockApi({ baseUrl: mockApiBaseUrl }).store;
const orderId = demo.listOrders({ limit: 1 }).items[0]?.id ?? '';
const ticket = demo.listTickets({ limit: 1 }).items[0];

/** The element that has the focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The parcel as a host mounts it: "ask support about this order" in a modal dialog over the host's
 * page, its props parsed like the application's.
 */
const meta = {
  title: 'Parcel/Order question dialog',
  component: ParcelRoot,
  parameters: { moduleHarness: false },
  // The toolbar's language and theme reach the root as host props, like a host would pass them.
  render: (args, { globals }) => (
    <ParcelRoot
      {...args}
      locale={globals['locale'] === 'en' ? 'en' : 'ru'}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta<typeof ParcelRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the module told the developer in the console during a story. */
const developerLines: string[] = [];

// Each story its own `onClose` spy.
const openArgs = () => ({
  apiBaseUrl: mockApiBaseUrl,
  getAccessToken: () => 'demo-token',
  orderId,
  onClose: fn(),
});

/** Opened from an order's row: the order chosen, the topic "Orders", the focus on the title. */
export const Open: Story = {
  args: openArgs(),
  // Ends with the dialog open, as a designer or a reviewer wants to see it.
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const dialog = await module.findByRole('dialog', { name: t('parcel.title', { orderId }) });
    const title = within(dialog).getByRole('heading', { name: t('parcel.title', { orderId }) });
    await waitFor(() => expect(deepActiveElement()).toBe(title));
    // The order is pinned at the top of the short form: chosen, no picker to go through.
    await expect(
      await within(dialog).findByRole(
        'region',
        { name: t('askForm.pinnedOrder.title', { id: orderId }) },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(dialog).toBeVisible();
  },
};

/** The seller closes it: the dialog goes, and the host hears of it through `onClose`. */
export const ClosedBySeller: Story = {
  args: openArgs(),
  async play({ canvasElement, globals, args }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const dialog = await module.findByRole('dialog', { name: t('parcel.title', { orderId }) });
    await within(dialog).findByRole(
      'region',
      { name: t('askForm.pinnedOrder.title', { id: orderId }) },
      { timeout: 10_000 },
    );

    // Escape closes it too, but only a real key press does: the browser closes the dialog itself.
    await userEvent.click(within(dialog).getByRole('button', { name: t('parcel.close') }));

    // The dialog fires `close` after closing; the host hears of it then.
    await waitFor(() => expect(args.onClose).toHaveBeenCalledOnce());
    await expect(module.queryByRole('dialog')).toBeNull();
  },
};

/** The host forgot the order and passed a topic the module does not know. */
export const InvalidProps: Story = {
  args: { apiBaseUrl: mockApiBaseUrl, getAccessToken: () => 'demo-token', topic: 'gossip', onClose: fn() },
  // The developer's line in the console is part of the story: caught here, and checked below.
  beforeEach() {
    developerLines.length = 0;
    const consoleError = spyOn(console, 'error').mockImplementation((line: unknown) => {
      developerLines.push(String(line));
    });
    return () => consoleError.mockRestore();
  },
  async play({ canvasElement, globals, args }) {
    const t = translatorFor({ globals });
    await waitFor(() => expect(developerLines.join('\n')).toContain('orderId: required but not passed'));
    const module = await withinModule(canvasElement);
    const dialog = await module.findByRole('dialog', { name: t('parcel.titleWithoutOrder') });
    const alert = within(dialog).getByRole('alert');
    await expect(alert).toHaveTextContent(t('module.invalidProps.title'));
    await expect(alert).toHaveTextContent(
      t('module.invalidProps.missing', {
        prop: 'orderId',
        expected: t('parcel.invalidProps.expected.orderId'),
      }),
    );
    await expect(alert).toHaveTextContent('topic: ');

    await userEvent.click(within(dialog).getByRole('button', { name: t('parcel.close') }));

    await waitFor(() => expect(args.onClose).toHaveBeenCalledOnce());
  },
};

/**
 * The seller's context does not load (here a 403): the dialog says why and offers Retry, instead of
 * showing only its title.
 */
export const ContextFailed: Story = {
  args: { apiBaseUrl: mockApiBaseUrl, getAccessToken: () => 'demo-token', orderId, onClose: fn() },
  beforeEach({ msw }) {
    msw.use(mockFailure('getContext', 403, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const dialog = await module.findByRole('dialog', { name: t('parcel.title', { orderId }) });
    await expect(await within(dialog).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      t('errors.forbidden'),
    );
    await expect(within(dialog).getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

/** After a confirmed submit: the number, the link to the request, and "Done". */
export const Sent: Story = {
  args: { apiBaseUrl: mockApiBaseUrl, getAccessToken: () => 'demo-token', orderId },
  parameters: { moduleHarness: true },
  render: () =>
    ticket === undefined ? (
      <p>no ticket in the mock data</p>
    ) : (
      <ParcelSent ticket={ticket} basePath="/support" onDone={fn()} />
    ),
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const number = ticket?.number ?? '';
    const title = await module.findByRole('heading', { name: t('parcel.sent.title', { number }) });
    await waitFor(() => expect(deepActiveElement()).toBe(title));
    await expect(module.getByRole('link', { name: t('parcel.sent.open') })).toHaveAttribute(
      'href',
      `/support/requests/${ticket?.id ?? ''}`,
    );
  },
};
