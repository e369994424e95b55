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
import { translatorFor, withinModule } from '../../../../testing/story-helpers';
import { Controlled } from '../../testing/controlled';
import { typeInto } from '../../testing/type-into';
import { OrderPicker } from './order-picker';

// The default mock API serves the default dataset, so these are orders the list also shows.
const dataset = createDataset();
const someOrders: Order[] = [dataset.orders.at(0), dataset.orders.at(3), dataset.orders.at(7)];

const meta = {
  title: 'Ask/Order picker',
  component: OrderPicker,
  render: (args) => (
    <Controlled value={[...args.selected]} onChange={args.onChange}>
      {(selected, onChange) => <OrderPicker {...args} selected={selected} onChange={onChange} />}
    </Controlled>
  ),
  args: {
    id: 'orders',
    label: 'Заказы',
    scope: 'all',
    selected: [],
    onChange: () => undefined,
  },
} satisfies Meta<typeof OrderPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = { globals: { locale: 'en' }, args: { label: 'Orders' } } as const;

/** Nothing chosen yet: the newest orders, search and filters. */
export const EmptySelection: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('listbox', { name: 'Найденные заказы' })).toBeVisible();
    await expect(module.getByText('Заказы не выбраны.')).toBeVisible();
  },
};

export const EmptySelectionEnglish: Story = {
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('listbox', { name: 'Matching orders' })).toBeVisible();
    await expect(module.getByText('No orders selected.')).toBeVisible();
  },
};

/** Three orders chosen, shown as removable chips and ticked in the list. */
export const WithSelections: Story = {
  args: { selected: someOrders },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getAllByRole('button', { name: /^Убрать заказ/ })).toHaveLength(3);
    await expect(module.getByText('Выбрано 3 из 50')).toBeVisible();
  },
};

export const WithSelectionsEnglish: Story = {
  ...WithSelections,
  ...english,
  args: { ...english.args, selected: someOrders },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getAllByRole('button', { name: /^Remove order/ })).toHaveLength(3);
    await expect(module.getByText('3 of 50 selected')).toBeVisible();
  },
};

export const WithSelectionsDark: Story = {
  ...WithSelections,
  globals: { theme: 'dark' },
};

const kettleMatches = dataset.orders.filter({ query: 'Чайник' }).length;

/** A search by item name: the list shows what the server found. */
export const Searching: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(await module.findByRole('searchbox'), 'Чайник');
    await waitFor(
      () => expect(module.getAllByRole('status')[0]).toHaveTextContent(`Найдено ${kettleMatches} заказ`),
      { timeout: 3000 },
    );
  },
};

export const SearchingEnglish: Story = {
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(await module.findByRole('searchbox'), 'Чайник');
    await waitFor(
      () => expect(module.getAllByRole('status')[0]).toHaveTextContent(`${kettleMatches} orders found`),
      { timeout: 3000 },
    );
  },
};

/** A search that matches nothing. */
export const NoResults: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(await module.findByRole('searchbox'), 'zzzz-nothing');
    await waitFor(() => expect(module.getAllByRole('status')[0]).toHaveTextContent('Нет заказов'), {
      timeout: 3000,
    });
  },
};

export const NoResultsEnglish: Story = {
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(await module.findByRole('searchbox'), 'zzzz-nothing');
    await waitFor(() => expect(module.getAllByRole('status')[0]).toHaveTextContent('No orders match'), {
      timeout: 3000,
    });
  },
};

/** The first page never arrives. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('listOrders', mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getAllByRole('status')[0]).toHaveTextContent('Загружаем заказы…');
  },
};

export const LoadingEnglish: Story = {
  ...Loading,
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getAllByRole('status')[0]).toHaveTextContent('Loading orders…');
  },
};

/** The server fails: what went wrong, and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listOrders', 500, mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await expect(module.getByRole('button', { name: 'Повторить' })).toBeEnabled();
  },
};

export const LoadErrorEnglish: Story = {
  ...LoadError,
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent('The server is temporarily unavailable');
  },
};

/** `parcel_location`: only orders in transit, no status filter. */
export const InTransitScope: Story = {
  args: { scope: 'in_transit' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText(/Показаны только заказы в пути/)).toBeVisible();
    await module.findByRole('listbox');
    await expect(module.queryAllByRole('checkbox')).toHaveLength(0);
  },
};

export const InTransitScopeEnglish: Story = {
  ...english,
  args: { ...english.args, scope: 'in_transit' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText(/Only orders in transit are shown/)).toBeVisible();
  },
};

/** As many orders as allowed: the rest of the list is disabled and a message says why. */
export const MaxReached: Story = {
  args: { selected: someOrders.slice(0, 2), max: 2 },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText(/Можно выбрать не больше 2 заказов/)).toBeVisible();
  },
};

export const MaxReachedEnglish: Story = {
  ...english,
  args: { ...english.args, selected: someOrders.slice(0, 2), max: 2 },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText(/You can select up to 2 orders/)).toBeVisible();
  },
};

/** Required and left empty: the form's message next to the field, on the input it links to. */
export const WithErrorMessage: Story = {
  args: { required: true, error: 'Выберите хотя бы один заказ' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('searchbox')).toHaveAccessibleDescription(/Выберите хотя бы один заказ/);
    await expect(module.getByRole('searchbox')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const WithErrorMessageEnglish: Story = {
  ...english,
  args: { ...english.args, required: true, error: 'Choose at least one order' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('searchbox')).toHaveAccessibleDescription(/Choose at least one order/);
  },
};

/** A seller with 100,000 orders: a window of rows, more pages as the list scrolls. */
export const HundredThousandOrders: Story = {
  beforeEach({ msw }) {
    msw.use(...createMockApi({ baseUrl: mockApiBaseUrl, dataset: { orders: 100_000 } }).handlers);
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await waitFor(() =>
      expect(module.getAllByRole('status')[0]).toHaveTextContent('Найдено 100 000 заказов'),
    );
    await expect(module.getAllByRole('option').length).toBeLessThan(60);
  },
};

export const HundredThousandOrdersEnglish: Story = {
  ...HundredThousandOrders,
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await waitFor(() => expect(module.getAllByRole('status')[0]).toHaveTextContent('100,000 orders found'));
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

export const ForeignServerEnglish: Story = { ...ForeignServer, ...english };
