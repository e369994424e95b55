import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ContextSnapshot } from '@seller-support/contract';
import { createMockApi, makeContextSnapshot } from '@seller-support/mocks';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { startingWith, translatorFor, upTo, withinModule } from '../../../feedback/src/testing/story-helpers';
import { ContextSnapshotCard, type ContextSnapshotCardProps } from './context-snapshot-card';

const context = createMockApi().store.getContext();
const withOrders = makeContextSnapshot(context, context.inTransit.slice(0, 2), {
  hostRoute: '/seller/orders',
});
const withoutOrders = makeContextSnapshot({ ...context, inTransit: [] });

/** The form's use: removing an order takes it out of the snapshot. */
function Removable({ snapshot, confidential, onRemoveOrder }: ContextSnapshotCardProps) {
  const [current, setCurrent] = useState<ContextSnapshot>(snapshot);
  return (
    <ContextSnapshotCard
      snapshot={current}
      confidential={confidential}
      onRemoveOrder={(orderId) => {
        onRemoveOrder?.(orderId);
        setCurrent((previous) => ({
          ...previous,
          orders: previous.orders.filter((order) => order.id !== orderId),
        }));
      }}
    />
  );
}

const meta = {
  title: 'Shared UI/Context snapshot',
  component: ContextSnapshotCard,
  args: { snapshot: withOrders, onRemoveOrder: fn() },
  render: (args) => <Removable {...args} />,
} satisfies Meta<typeof ContextSnapshotCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the form: two selected orders the seller may remove; the identity stays. */
export const WithOrders: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('heading', { name: t('snapshot.title') })).toBeVisible();
    const remove = startingWith(upTo(t('snapshot.orders.removeLabel', { id: '{id}' }), 'id'));
    await expect(module.getAllByRole('button', { name: remove })).toHaveLength(2);
  },
};

/** Removing both orders leaves the "no orders attached" note. */
export const RemovingOrders: Story = {
  async play({ canvasElement, args, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const remove = startingWith(upTo(t('snapshot.orders.removeLabel', { id: '{id}' }), 'id'));
    for (const button of module.getAllByRole('button', { name: remove })) {
      await userEvent.click(button);
    }
    await expect(args.onRemoveOrder).toHaveBeenCalledTimes(2);
    await expect(await module.findByText(t('snapshot.orders.none'))).toBeVisible();
  },
};

/** What a back office renders: the same card without remove buttons. */
export const ReadOnly: Story = {
  render: ({ snapshot }) => <ContextSnapshotCard snapshot={snapshot} />,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.queryAllByRole('button')).toHaveLength(0);
  },
};

export const NoOrders: Story = {
  args: { snapshot: withoutOrders },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(t('snapshot.orders.none'))).toBeVisible();
    await expect(module.getByText(t('snapshot.inTransit.none'))).toBeVisible();
  },
};

/** A confidential (fraud) report: the identity goes with it, and the card says who will see it. */
export const Confidential: Story = {
  args: { confidential: true },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText(/^(Обращение конфиденциальное|This report is confidential)/)).toBeVisible();
  },
};

/** Developer terms wait behind "Technical details"; opened, they read as a list. */
export const TechnicalDetailsOpen: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await userEvent.click(module.getByText(/^(Технические подробности|Technical details)$/));
    await expect(module.getByText('/seller/orders')).toBeVisible();
  },
};
