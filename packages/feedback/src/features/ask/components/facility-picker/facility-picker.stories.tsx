import { createDataset, mockFailure, mockForeignResponse, mockPending } from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { mockApiBaseUrl } from '../../../../testing/module-harness';
import { translatorFor, withinModule } from '../../../../testing/story-helpers';
import { Controlled } from '../../testing/controlled';
import { typeInto } from '../../testing/type-into';
import { FacilityPicker } from './facility-picker';

// The default mock API serves the default dataset's facilities.
const pickupPoints = createDataset().facilities.filter((facility) => facility.type === 'pickup_point');
const chosen = pickupPoints[2] ?? null;

const meta = {
  title: 'Ask/Facility picker',
  component: FacilityPicker,
  render: (args) => (
    <Controlled value={args.value} onChange={args.onChange}>
      {(value, onChange) => <FacilityPicker {...args} value={value} onChange={onChange} />}
    </Controlled>
  ),
  args: {
    id: 'facility',
    label: 'Пункт выдачи',
    types: ['pickup_point'],
    value: null,
    onChange: () => undefined,
  },
} satisfies Meta<typeof FacilityPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = { globals: { locale: 'en' }, args: { label: 'Pickup point' } } as const;

/** Nothing chosen yet. */
export const Empty: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('combobox', { name: 'Пункт выдачи' })).toBeVisible();
    await waitFor(() => expect(module.getByRole('status')).toHaveTextContent(/Показаны первые|Найден/));
  },
};

export const EmptyEnglish: Story = {
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('combobox', { name: 'Pickup point' })).toBeVisible();
  },
};

/** A facility chosen: shown with its type and address, and a way to clear it. */
export const WithValue: Story = {
  args: { value: chosen },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('button', { name: 'Очистить выбор' })).toBeVisible();
  },
};

export const WithValueEnglish: Story = {
  ...english,
  args: { ...english.args, value: chosen },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('button', { name: 'Clear selection' })).toBeVisible();
  },
};

/** The seller types: matching facilities with their type and address, in an open list. */
export const Searching: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(module.getByRole('combobox'), 'ПВЗ');
    await waitFor(() => expect(module.getAllByRole('option').length).toBeGreaterThan(0), { timeout: 3000 });
  },
};

export const SearchingEnglish: Story = {
  ...Searching,
  ...english,
};

export const SearchingDark: Story = {
  ...Searching,
  globals: { theme: 'dark' },
};

/** Nothing matches the search. */
export const NoResults: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(module.getByRole('combobox'), 'нет такого адреса');
    await waitFor(() => expect(module.getByRole('status')).toHaveTextContent('Ничего не нашлось'), {
      timeout: 3000,
    });
  },
};

export const NoResultsEnglish: Story = {
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await typeInto(module.getByRole('combobox'), 'no such address');
    await waitFor(() => expect(module.getByRole('status')).toHaveTextContent('Nothing found'), {
      timeout: 3000,
    });
  },
};

/** The search never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('listFacilities', mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent('Ищем…');
  },
};

export const LoadingEnglish: Story = {
  ...Loading,
  ...english,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent('Searching…');
  },
};

export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listFacilities', 500, mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent('Сервер временно недоступен');
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

/** More than one allowed type: a switch between them. */
export const TypeFilter: Story = {
  args: { types: ['warehouse', 'pickup_point'], label: 'Склад или пункт выдачи' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('radio', { name: 'Склад' })).toBeChecked();
  },
};

export const TypeFilterEnglish: Story = {
  ...english,
  args: { types: ['warehouse', 'pickup_point'], label: 'Warehouse or pickup point' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('radio', { name: 'Warehouse' })).toBeChecked();
  },
};

/** Required and left empty: the form's message next to the field. */
export const WithErrorMessage: Story = {
  args: { required: true, error: 'Выберите пункт выдачи' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('combobox')).toHaveAccessibleDescription('Выберите пункт выдачи');
  },
};

export const WithErrorMessageEnglish: Story = {
  ...english,
  args: { ...english.args, required: true, error: 'Choose a pickup point' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('combobox')).toHaveAccessibleDescription('Choose a pickup point');
  },
};

/**
 * A server that ignores the type filter and says more than this version knows: a facility of a
 * type it does not list, under a neutral group after the known ones, and one it cannot read
 * (left out, with a note).
 */
export const ForeignServer: Story = {
  beforeEach({ msw }) {
    msw.use(
      mockForeignResponse(
        'listFacilities',
        {
          items: [
            { id: 'locker-1', type: 'parcel_locker', name: 'Постамат у метро', address: 'Тверская, 1' },
            ...pickupPoints.slice(0, 2),
            { id: 'broken-facility', type: 'pickup_point' },
          ],
          nextCursor: null,
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await typeInto(module.getByRole('combobox'), 'П');
    const group = await module.findByRole(
      'group',
      { name: t('pickers.facilities.typeUnknown') },
      { timeout: 3000 },
    );
    await expect(group).toHaveTextContent('Постамат у метро');
    await expect(module.getByText(t('pickers.facilities.omitted', { count: 1 }))).toBeVisible();
  },
};

export const ForeignServerEnglish: Story = { ...ForeignServer, ...english };
