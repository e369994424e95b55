import type { Order } from '@seller-support/contract';
import {
  createDataset,
  createMockApi,
  mockFailure,
  mockForeignResponse,
  mockPending,
} from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { mockApiBaseUrl } from '../../../../testing/module-harness';
import {
  containing,
  startingWith,
  translatorFor,
  upTo,
  withinModule,
} from '../../../../testing/story-helpers';
import { Controlled } from '../../testing/controlled';
import { typeInto } from '../../testing/type-into';
import { OrderPicker } from './order-picker';

// The default mock API serves the default dataset, so these are orders the list also shows.
const dataset = createDataset();
const someOrders: Order[] = [dataset.orders.at(0), dataset.orders.at(3), dataset.orders.at(7)];

const meta = {
  title: 'Ask/Order picker',
  component: OrderPicker,
  // The label is the form's, in the story's language.
  render: (args, { globals }) => (
    <Controlled value={[...args.selected]} onChange={args.onChange}>
      {(selected, onChange) => (
        <OrderPicker
          {...args}
          label={translatorFor({ globals })('askForm.fields.orders')}
          selected={selected}
          onChange={onChange}
        />
      )}
    </Controlled>
  ),
  args: {
    id: 'orders',
    label: '',
    scope: 'all',
    selected: [],
    onChange: () => undefined,
  },
} satisfies Meta<typeof OrderPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet: the newest orders, search and filters. */
export const EmptySelection: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('listbox', { name: t('pickers.orders.listLabel') })).toBeVisible();
    await expect(module.getByText(t('pickers.orders.noneSelected'))).toBeVisible();
  },
};

/** Three orders chosen, shown as removable chips and ticked in the list. */
export const WithSelections: Story = {
  args: { selected: someOrders },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const remove = startingWith(upTo(t('pickers.orders.remove', { id: '{id}' }), 'id'));
    await expect(module.getAllByRole('button', { name: remove })).toHaveLength(3);
    await expect(module.getByText(t('pickers.orders.selectedCount', { count: 3, max: 50 }))).toBeVisible();
  },
};

const kettleMatches = dataset.orders.filter({ query: 'Чайник' }).length;

/** A search by item name: the list shows what the server found. */
export const Searching: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    // The dataset's item names are Russian whatever the language of the module.
    await typeInto(await module.findByRole('searchbox'), 'Чайник');
    await waitFor(
      () =>
        expect(module.getAllByRole('status')[0]).toHaveTextContent(
          t('pickers.orders.found', { count: kettleMatches }),
        ),
      { timeout: 3000 },
    );
  },
};

/** A search that matches nothing. */
export const NoResults: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await typeInto(await module.findByRole('searchbox'), 'zzzz-nothing');
    await waitFor(
      () => expect(module.getAllByRole('status')[0]).toHaveTextContent(t('pickers.orders.noMatches')),
      { timeout: 3000 },
    );
  },
};

/** The first page never arrives. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('listOrders', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getAllByRole('status')[0]).toHaveTextContent(t('pickers.orders.loading'));
  },
};

/** The server fails: what went wrong, and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listOrders', 500, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.server'));
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

/** `parcel_location`: only orders in transit, no status filter. */
export const InTransitScope: Story = {
  args: { scope: 'in_transit' },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(containing(t('pickers.orders.inTransitHint')))).toBeVisible();
    await module.findByRole('listbox');
    await expect(module.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

/** As many orders as allowed: the rest of the list is disabled and a message says why. */
export const MaxReached: Story = {
  args: { selected: someOrders.slice(0, 2), max: 2 },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(containing(t('pickers.orders.maxReached', { count: 2 })))).toBeVisible();
  },
};

/** Required and left empty: the form's message next to the field, on the input it links to. */
export const WithErrorMessage: Story = {
  args: { required: true, error: 'Выберите хотя бы один заказ' },
  async play({ canvasElement, args }) {
    const module = await withinModule(canvasElement);
    // The message is the form's (a prop), shown as it came.
    await expect(module.getByRole('searchbox')).toHaveAccessibleDescription(containing(args.error ?? ''));
    await expect(module.getByRole('searchbox')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A seller with 100,000 orders: a window of rows, more pages as the list scrolls. */
export const HundredThousandOrders: Story = {
  beforeEach({ msw }) {
    msw.use(...createMockApi({ baseUrl: mockApiBaseUrl, dataset: { orders: 100_000 } }).handlers);
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    // toHaveTextContent reads the element's spaces as plain ones; the number has a no-break space.
    const found = t('pickers.orders.found', { count: 100_000 }).replace(/\s/g, ' ');
    await waitFor(() => expect(module.getAllByRole('status')[0]).toHaveTextContent(found));
    await expect(module.getAllByRole('option').length).toBeLessThan(60);
  },
};

/**
 * A server that says more than this version knows: an order whose status it does not list (shown
 * neutrally, the raw value kept, still selectable) and one it cannot read (left out, with a note).
 */
export const ForeignServer: Story = {
  beforeEach({ msw }) {
    const [first, second, third] = [dataset.orders.at(0), dataset.orders.at(1), dataset.orders.at(2)];
    msw.use(
      mockForeignResponse(
        'listOrders',
        {
          items: [
            first,
            { ...second, status: 'lost_in_transit' },
            { id: 'broken-order', status: 'created' },
            third,
          ],
          nextCursor: null,
          total: 4,
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const list = await module.findByRole('listbox', { name: t('pickers.orders.listLabel') });
    await waitFor(() => expect(module.getAllByRole('option')).toHaveLength(3));
    await expect(list.querySelector('[data-unknown-value="lost_in_transit"]')).toHaveTextContent(
      t('pickers.statusUnknown'),
    );
    await expect(module.getByText(t('pickers.orders.omitted', { count: 1 }))).toBeVisible();
  },
};
