import { createDataset, mockFailure, mockForeignResponse, mockPending } from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { mockApiBaseUrl } from '../../../../testing/module-harness';
import { containing, translatorFor, withinModule } from '../../../../testing/story-helpers';
import { Controlled } from '../../testing/controlled';
import { typeInto } from '../../testing/type-into';
import { FacilityPicker } from './facility-picker';

// The default mock API serves the default dataset's facilities.
const pickupPoints = createDataset().facilities.filter((facility) => facility.type === 'pickup_point');
const chosen = pickupPoints[2] ?? null;

function facilityLabel(types: readonly string[], globals: Record<string, unknown>): string {
  const t = translatorFor({ globals });
  return t(types.length > 1 ? 'askForm.fields.facility' : 'askForm.fields.facilityTypes.pickup_point');
}

const meta = {
  title: 'Ask/Facility picker',
  component: FacilityPicker,
  // The label is the form's, in the story's language: one type names it, several the field.
  render: (args, { globals }) => (
    <Controlled value={args.value} onChange={args.onChange}>
      {(value, onChange) => (
        <FacilityPicker
          {...args}
          label={facilityLabel(args.types, globals)}
          value={value}
          onChange={onChange}
        />
      )}
    </Controlled>
  ),
  args: {
    id: 'facility',
    label: '',
    types: ['pickup_point'],
    value: null,
    onChange: () => undefined,
  },
} satisfies Meta<typeof FacilityPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet. */
export const Empty: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      module.getByRole('combobox', { name: t('askForm.fields.facilityTypes.pickup_point') }),
    ).toBeVisible();
    // The first answer is in: how many were found, or that only the first are shown.
    await waitFor(() => {
      const status = module.getByRole('status').textContent.trim();
      if (status === '' || status === t('pickers.facilities.loading')) throw new Error('Still searching.');
    });
  },
};

/** A facility chosen: shown with its type and address, and a way to clear it. */
export const WithValue: Story = {
  args: { value: chosen },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('button', { name: t('pickers.facilities.clear') })).toBeVisible();
  },
};

/** The seller types: matching facilities with their type and address, in an open list. */
export const Searching: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    // The dataset's names are Russian whatever the language of the module.
    await typeInto(module.getByRole('combobox'), 'ПВЗ');
    await waitFor(() => expect(module.getAllByRole('option').length).toBeGreaterThan(0), { timeout: 3000 });
  },
};

/** Nothing matches the search. */
export const NoResults: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await typeInto(module.getByRole('combobox'), 'нет такого адреса');
    await waitFor(
      () => expect(module.getByRole('status')).toHaveTextContent(t('pickers.facilities.noMatches')),
      { timeout: 3000 },
    );
  },
};

/** The search never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('listFacilities', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent(t('pickers.facilities.loading'));
  },
};

export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listFacilities', 500, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.server'));
  },
};

/** More than one allowed type: a switch between them. */
export const TypeFilter: Story = {
  args: { types: ['warehouse', 'pickup_point'] },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('radio', { name: t('pickers.facilities.types.warehouse') })).toBeChecked();
  },
};

/** Required and left empty: the form's message next to the field. */
export const WithErrorMessage: Story = {
  args: { required: true, error: 'Выберите пункт выдачи' },
  async play({ canvasElement, args }) {
    const module = await withinModule(canvasElement);
    // The message is the form's (a prop), shown as it came.
    await expect(module.getByRole('combobox')).toHaveAccessibleDescription(containing(args.error ?? ''));
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
