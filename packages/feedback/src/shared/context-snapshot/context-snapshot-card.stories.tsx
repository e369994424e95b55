import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ContextSnapshot } from '@seller-support/contract';
import { createMockApi, makeContextSnapshot } from '@seller-support/mocks';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { withinModule } from '../../testing/story-helpers';
import { ContextSnapshotCard, type ContextSnapshotCardProps } from './context-snapshot-card';

const context = createMockApi().store.getContext();
const withOrders = makeContextSnapshot(context, context.inTransit.slice(0, 2), {
  hostRoute: '/seller/orders',
});
const withoutOrders = makeContextSnapshot({ ...context, inTransit: [] });

/** The form's use: removing an order takes it out of the snapshot. */
function Removable({ snapshot, onRemoveOrder }: ContextSnapshotCardProps) {
  const [current, setCurrent] = useState<ContextSnapshot>(snapshot);
  return (
    <ContextSnapshotCard
      snapshot={current}
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
  title: 'Ask/Context snapshot',
  component: ContextSnapshotCard,
  args: { snapshot: withOrders, onRemoveOrder: fn() },
  render: (args) => <Removable {...args} />,
} satisfies Meta<typeof ContextSnapshotCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In the form: two selected orders the seller may remove; the identity stays. */
export const WithOrders: Story = {
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('heading', { name: 'Что увидит поддержка' })).toBeVisible();
    await expect(module.getAllByRole('button', { name: /^Убрать заказ/ })).toHaveLength(2);
  },
};

export const WithOrdersEnglish: Story = {
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('heading', { name: 'What support will see' })).toBeVisible();
    await expect(module.getAllByRole('button', { name: /^Remove order .* from the request$/ })).toHaveLength(
      2,
    );
  },
};

export const WithOrdersDark: Story = {
  ...WithOrders,
  globals: { theme: 'dark' },
};

/** Removing both orders leaves the "no orders attached" note. */
export const RemovingOrders: Story = {
  async play({ canvasElement, args }) {
    const module = await withinModule(canvasElement);
    for (const button of module.getAllByRole('button', { name: /^Убрать заказ/ })) {
      await userEvent.click(button);
    }
    await expect(args.onRemoveOrder).toHaveBeenCalledTimes(2);
    await expect(await module.findByText('Заказы не приложены.')).toBeVisible();
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
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText('Заказы не приложены.')).toBeVisible();
    await expect(module.getByText('Заказов в пути нет.')).toBeVisible();
  },
};

export const NoOrdersEnglish: Story = {
  args: { snapshot: withoutOrders },
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.getByText('No orders attached.')).toBeVisible();
  },
};
