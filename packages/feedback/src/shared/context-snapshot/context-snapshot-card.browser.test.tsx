import { FetchApiClient, type ContextSnapshot } from '@seller-support/contract';
import { createMockApi, makeContextSnapshot } from '@seller-support/mocks';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../i18n';
import { createMockFetch } from '../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../testing/module-harness';
import { ContextSnapshotCard } from './context-snapshot-card';

function snapshotWith(orderCount: number): ContextSnapshot {
  const context = createMockApi().store.getContext();
  return makeContextSnapshot(context, context.inTransit.slice(0, orderCount), {
    hostRoute: '/seller/orders/42',
    userAgent: 'Mozilla/5.0 (test)',
  });
}

async function setup(snapshot: ContextSnapshot, options: { locale?: Locale; removable?: boolean } = {}) {
  const onRemoveOrder = vi.fn();
  // No handlers: any request would fail the test. The card must render from the snapshot alone.
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([]),
  });
  await render(
    <ModuleHarness api={api} locale={options.locale ?? 'ru'}>
      <ContextSnapshotCard snapshot={snapshot} {...(options.removable === false ? {} : { onRemoveOrder })} />
    </ModuleHarness>,
  );
  return { onRemoveOrder };
}

describe('ContextSnapshotCard', () => {
  it('shows everything support will see, without asking the server', async () => {
    const snapshot = snapshotWith(2);
    await setup(snapshot);

    const card = page.getByRole('region', { name: 'Что увидит поддержка' });
    await expect.element(card).toBeVisible();

    const seller = page.getByRole('region', { name: 'Продавец' });
    await expect.element(seller.getByText(snapshot.seller.id)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.legalName)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.taxId)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.email)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.phone)).toBeVisible();

    const orders = page.getByRole('region', { name: 'Выбранные заказы' });
    for (const order of snapshot.orders) {
      await expect.element(orders.getByRole('heading', { name: `Заказ ${order.id}` })).toBeVisible();
    }
    const [first] = snapshot.orders;
    if (first === undefined) throw new Error('the dataset has orders in transit');
    await expect
      .element(orders.getByText(first.items[0]?.name ?? '', { exact: false }).first())
      .toBeVisible();

    const deals = page.getByRole('region', { name: 'Сделки' });
    await expect.element(deals.getByText(`${snapshot.dealSummary?.periodDays ?? ''} дней`)).toBeVisible();

    const inTransit = page.getByRole('region', { name: 'Заказы в пути' });
    expect(inTransit.getByRole('listitem').elements()).toHaveLength(snapshot.inTransit.length);
    await expect.element(inTransit.getByText(`${first.id} — `, { exact: false }).first()).toBeVisible();

    const environment = page.getByRole('region', { name: 'Окружение' });
    await expect.element(environment.getByText('/seller/orders/42')).toBeVisible();
    await expect.element(environment.getByText('Mozilla/5.0 (test)')).toBeVisible();
    await expect.element(environment.getByText('Europe/Moscow')).toBeVisible();
  });

  it('lets the seller remove an order by keyboard, but never the identity', async () => {
    const snapshot = snapshotWith(2);
    const { onRemoveOrder } = await setup(snapshot);
    const [first] = snapshot.orders;
    if (first === undefined) throw new Error('the dataset has orders in transit');

    const remove = page.getByRole('button', { name: `Убрать заказ ${first.id} из обращения` });
    await expect.element(remove).toBeVisible();
    await remove.click();
    expect(onRemoveOrder).toHaveBeenCalledExactlyOnceWith(first.id);
    // The removed order's button is going away: focus stays in the orders section.
    const heading = page.getByRole('heading', { name: 'Выбранные заказы' }).element();
    // Inside the shadow root, document.activeElement is the host; the root knows the real one.
    const root = heading.getRootNode();
    expect(root instanceof ShadowRoot ? root.activeElement : null).toBe(heading);

    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onRemoveOrder).toHaveBeenLastCalledWith(first.id);

    expect(page.getByRole('button').elements()).toHaveLength(snapshot.orders.length);
    expect(page.getByRole('region', { name: 'Продавец' }).getByRole('button').elements()).toHaveLength(0);
  });

  it('has no remove buttons when removal is not offered (a back office view)', async () => {
    await setup(snapshotWith(2), { removable: false });
    await expect.element(page.getByRole('region', { name: 'Выбранные заказы' })).toBeVisible();
    expect(page.getByRole('button').elements()).toHaveLength(0);
  });

  it('says when no orders are attached', async () => {
    await setup(snapshotWith(0), { locale: 'en' });
    await expect
      .element(page.getByRole('region', { name: 'Selected orders' }).getByText('No orders attached.'))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'What support will see' })).toBeVisible();
  });

  it('renders whatever the server sent as text, never as markup', async () => {
    const snapshot = snapshotWith(1);
    snapshot.seller.legalName = '<img src=x onerror=alert(1)>';
    snapshot.environment.hostRoute = '<script>alert(1)</script>';
    await setup(snapshot);
    await expect.element(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect.element(page.getByText('<script>alert(1)</script>')).toBeVisible();
    expect(page.getByRole('img').elements()).toHaveLength(0);
  });
});
