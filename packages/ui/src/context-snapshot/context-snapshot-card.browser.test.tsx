import {
  FetchApiClient,
  orderStatuses,
  unknownValueOf,
  type ContextSnapshot,
} from '@seller-support/contract';
import { createMockApi, makeContextSnapshot } from '@seller-support/mocks';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
// The card as the seller's module shows it: in the module's frame (shadow root, styles, language).
import { createMockFetch } from '../../../feedback/src/testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../feedback/src/testing/module-harness';
import { createFormatter } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { createTranslator } from '../i18n/translate';
import { UiI18nContext, type UiNamespaces } from '../i18n/ui-i18n';
import { ContextSnapshotCard } from './context-snapshot-card';
import { snapshotEn } from './messages/snapshot.en';

function snapshotWith(orderCount: number): ContextSnapshot {
  const context = createMockApi().store.getContext();
  return makeContextSnapshot(context, context.inTransit.slice(0, orderCount), {
    hostRoute: '/seller/orders/42',
    userAgent: 'Mozilla/5.0 (test)',
  });
}

async function setup(
  snapshot: ContextSnapshot,
  options: { locale?: Locale; removable?: boolean; confidential?: boolean; width?: string } = {},
) {
  const onRemoveOrder = vi.fn();
  // No handlers: any request would fail the test. The card must render from the snapshot alone.
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([]),
  });
  await render(
    <div style={{ width: options.width ?? '100%' }}>
      <ModuleHarness api={api} locale={options.locale ?? 'ru'}>
        <ContextSnapshotCard
          snapshot={snapshot}
          confidential={options.confidential}
          {...(options.removable === false ? {} : { onRemoveOrder })}
        />
      </ModuleHarness>
    </div>,
  );
  return { onRemoveOrder };
}

describe('ContextSnapshotCard', () => {
  it('shows everything support will see, without asking the server', async () => {
    const snapshot = snapshotWith(2);
    await setup(snapshot);

    const card = page.getByRole('region', { name: 'Что увидит поддержка' });
    await expect.element(card).toBeVisible();

    const seller = page.getByRole('region', { name: 'О вас' });
    await expect.element(seller.getByText(snapshot.seller.id)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.legalName)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.taxId)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.email)).toBeVisible();
    await expect.element(seller.getByText(snapshot.seller.phone)).toBeVisible();

    const orders = page.getByRole('region', { name: 'Заказы в обращении' });
    for (const order of snapshot.orders) {
      await expect.element(orders.getByRole('heading', { name: `Заказ ${order.id}` })).toBeVisible();
    }
    const [first] = snapshot.orders;
    if (first === undefined) throw new Error('the dataset has orders in transit');
    await expect
      .element(orders.getByText(first.items[0]?.name ?? '', { exact: false }).first())
      .toBeVisible();

    const deals = page.getByRole('region', { name: 'Ваши продажи' });
    await expect.element(deals.getByText(`${snapshot.dealSummary?.periodDays ?? ''} дней`)).toBeVisible();

    const inTransit = page.getByRole('region', { name: 'Заказы в пути' });
    expect(inTransit.getByRole('listitem').elements()).toHaveLength(snapshot.inTransit.length);
    await expect.element(inTransit.getByText(`${first.id} — `, { exact: false }).first()).toBeVisible();

    // Developer terms wait behind a closed disclosure.
    const technical = page.getByRole('group').filter({ hasText: 'Технические подробности' });
    await expect.element(page.getByText('Mozilla/5.0 (test)')).not.toBeVisible();
    await page.getByText('Технические подробности').click();
    const environment = technical;
    await expect.element(environment.getByText('/seller/orders/42')).toBeVisible();
    await expect.element(environment.getByText('Mozilla/5.0 (test)')).toBeVisible();
    await expect.element(environment.getByText('Europe/Moscow')).toBeVisible();
  });

  it('a confidential report says who will see the identity', async () => {
    await setup(snapshotWith(1), { confidential: true });
    const seller = page.getByRole('region', { name: 'О вас' });
    await expect
      .element(seller.getByText('Обращение конфиденциальное: ваши данные увидит только служба комплаенса.'))
      .toBeVisible();
    await expect.element(seller.getByText(/прикладываются всегда/)).not.toBeInTheDocument();
  });

  it('a confidential report says it in English too', async () => {
    await setup(snapshotWith(1), { confidential: true, locale: 'en' });
    await expect
      .element(page.getByText('This report is confidential: only the compliance team will see your details.'))
      .toBeVisible();
  });

  it('fits a 320 px slot on a wide screen: nothing scrolls sideways, ids and amounts are whole', async () => {
    // The slot's width counts, not the screen's: a host may give the module a narrow column.
    await page.viewport(1280, 800);
    const snapshot = snapshotWith(2);
    await setup(snapshot, { width: '320px' });
    await page.getByText('Технические подробности').click();
    const card = page.getByRole('region', { name: 'Что увидит поддержка' }).element();
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    for (const element of card.querySelectorAll('dd, h4')) {
      expect(getComputedStyle(element).textOverflow).not.toBe('ellipsis');
      expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    }
    // Term above value in a narrow slot, so neither is squeezed to a few letters a line.
    const row = card.querySelector('.context-snapshot__row');
    expect(row === null ? '' : getComputedStyle(row).gridTemplateColumns.split(' ')).toHaveLength(1);
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
    const heading = page.getByRole('heading', { name: 'Заказы в обращении' }).element();
    // Inside the shadow root, document.activeElement is the host; the root knows the real one.
    const root = heading.getRootNode();
    expect(root instanceof ShadowRoot ? root.activeElement : null).toBe(heading);

    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onRemoveOrder).toHaveBeenLastCalledWith(first.id);

    expect(page.getByRole('button').elements()).toHaveLength(snapshot.orders.length);
    expect(page.getByRole('region', { name: 'О вас' }).getByRole('button').elements()).toHaveLength(0);
  });

  it('has no remove buttons when removal is not offered (a back office view)', async () => {
    await setup(snapshotWith(2), { removable: false });
    await expect.element(page.getByRole('region', { name: 'Заказы в обращении' })).toBeVisible();
    expect(page.getByRole('button').elements()).toHaveLength(0);
  });

  it('says when no orders are attached', async () => {
    await setup(snapshotWith(0), { locale: 'en' });
    await expect
      .element(page.getByRole('region', { name: 'Orders in this request' }).getByText('No orders attached.'))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'What support will see' })).toBeVisible();
  });

  it("speaks through another app's i18n too: the desk registers the catalogs and hands in its translator", async () => {
    const snapshot = snapshotWith(1);
    const [first] = snapshot.orders;
    if (first === undefined) throw new Error('the dataset has orders in transit');
    // A status this version does not know keeps its raw value for support, titled in the app's language.
    first.status = unknownValueOf(orderStatuses).parse('lost_in_transit');
    // No module around it: only the shared catalogs, registered as another app's i18n would.
    const i18n = {
      t: createTranslator<UiNamespaces>('en', [{ snapshot: snapshotEn }]),
      format: createFormatter('en'),
    };
    await render(
      <UiI18nContext value={i18n}>
        <ContextSnapshotCard snapshot={snapshot} />
      </UiI18nContext>,
    );

    const card = page.getByRole('region', { name: 'What support will see' });
    await expect.element(card.getByRole('heading', { name: `Order ${first.id}` })).toBeVisible();
    await expect
      .element(card.getByText('status updated'))
      .toHaveAttribute('title', 'Value from the server: lost_in_transit');
    await expect
      .element(card.getByText('status updated'))
      .toHaveAttribute('data-unknown-value', 'lost_in_transit');
    // Every word is a message of the catalogs: no key shows where a translation is missing.
    expect(card.element().textContent).not.toMatch(/snapshot\./);
  });

  it('renders whatever the server sent as text, never as markup', async () => {
    const snapshot = snapshotWith(1);
    snapshot.seller.legalName = '<img src=x onerror=alert(1)>';
    snapshot.environment.hostRoute = '<script>alert(1)</script>';
    await setup(snapshot);
    await page.getByText('Технические подробности').click();
    await expect.element(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect.element(page.getByText('<script>alert(1)</script>')).toBeVisible();
    expect(page.getByRole('img').elements()).toHaveLength(0);
  });
});
