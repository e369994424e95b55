import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
// Declares `globalThis.__sellerSupportMocks`, which the cabinet sets when served with EXPOSE_MOCKS=1.
import type {} from '../../mocks/src/browser';
import { expect, test } from './fixtures';
import { ticketPosts } from './journey';

declare global {
  // What the page's `seller-support:event` listener (added by the journey) heard, in order.
  var __hostHeardEvents: unknown[] | undefined;
}

const ordersTable = (page: Page) => page.getByRole('table', { name: 'Последние заказы' });
const dialog = (page: Page) => page.getByRole('dialog', { name: /^Вопрос по заказу № / });
const askButton = /^Спросить поддержку/;

// One line per rule, naming the offending elements: readable in a failing assertion's diff.
const violations = ({ violations }: AxeResults) =>
  violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

/** Opens /orders, listening as a host page would for the module's DOM events. */
async function openOrders(page: Page) {
  await page.addInitScript(() => {
    globalThis.__hostHeardEvents = [];
    document.addEventListener('seller-support:event', (event) => {
      if (event instanceof CustomEvent) globalThis.__hostHeardEvents?.push(event.detail);
    });
  });
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
  const firstOrder = ordersTable(page).getByRole('row').nth(1);
  await expect(firstOrder).toBeVisible();
  return firstOrder;
}

test('ask support about an order from its row: focus in and back, one ticket, the host told', async ({
  page,
}) => {
  const posts = ticketPosts(page);
  const row = await openOrders(page);
  const orderId = (await row.getByRole('rowheader').textContent())?.trim() ?? '';
  expect(orderId).toMatch(/^\d{5}-\d{4}-\d$/);
  const opener = row.getByRole('button', { name: askButton });
  const subject = `Вопрос по заказу ${orderId}`;

  // Opened from the row: the order is pinned at the top (chosen already) and the focus is in the dialog.
  await opener.click();
  await expect(dialog(page)).toHaveAccessibleName(`Вопрос по заказу № ${orderId}`);
  await expect(dialog(page).getByRole('heading', { name: `Вопрос по заказу № ${orderId}` })).toBeFocused();
  await expect(dialog(page).getByRole('region', { name: `Заказ № ${orderId}` })).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: /^Заказы/ })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
  // The cabinet unmounted the parcel when it closed.
  await expect(page.locator('#order-question-outlet > *')).toHaveCount(0);

  await opener.click();
  await expect(dialog(page).getByRole('heading', { name: `Вопрос по заказу № ${orderId}` })).toBeFocused();
  await dialog(page).getByRole('textbox', { name: 'Заголовок', exact: true }).fill(subject);

  await dialog(page).getByRole('radio', { name: 'Изменить заказ' }).check();
  await dialog(page)
    .getByRole('textbox', { name: 'Описание', exact: true })
    .fill('Покупатель просит поменять пункт выдачи.');
  await dialog(page).getByRole('button', { name: 'Отправить обращение' }).click();

  const confirmation = dialog(page).getByRole('heading', { name: /^Обращение № \d+ отправлено$/ });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeFocused();
  const ticketNumber = /№ (\d+)/.exec((await confirmation.textContent()) ?? '')?.[1];

  // Exactly one ticket reached the server, about this order.
  expect(posts).toHaveLength(1);
  expect(posts[0]?.postDataJSON()).toMatchObject({ topic: 'orders', subject, orderIds: [orderId] });
  const created = await page.evaluate((text) => {
    const mocks = globalThis.__sellerSupportMocks;
    if (mocks === undefined) throw new Error('the cabinet was served without EXPOSE_MOCKS=1');
    return mocks.store.listTickets({ query: text }).items.map(({ id, number }) => ({ id, number }));
  }, subject);
  expect(created).toHaveLength(1);
  const [ticket] = created;
  expect(ticket?.number).toBe(ticketNumber);
  await expect(dialog(page).getByRole('link', { name: 'Открыть обращение' })).toHaveAttribute(
    'href',
    `/support/requests/${ticket?.id ?? ''}`,
  );

  // The host heard of it once, from the DOM (onEvent got the same, recorded by the cabinet).
  const heard = await page.evaluate(() => globalThis.__hostHeardEvents ?? []);
  const isCreated = (event: unknown) =>
    typeof event === 'object' && event !== null && 'type' in event && event.type === 'request-created';
  expect(heard.filter(isCreated)).toEqual([
    { type: 'request-created', ticketId: ticket?.id, number: ticket?.number },
  ]);

  await dialog(page).getByRole('button', { name: 'Готово' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page.locator('#order-question-outlet > *')).toHaveCount(0);
});

test('closing keeps the draft without asking; each order has its own', async ({ page }) => {
  const row = await openOrders(page);
  const otherRow = ordersTable(page).getByRole('row').nth(2);
  const otherId = (await otherRow.getByRole('rowheader').textContent())?.trim() ?? '';
  const subject = () => dialog(page).getByRole('textbox', { name: 'Заголовок', exact: true });

  await row.getByRole('button', { name: askButton }).click();
  await subject().fill('Только про первый заказ');
  // Closed with text in it: nothing asks the seller to confirm, the dialog just goes.
  await dialog(page).getByRole('button', { name: 'Закрыть' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(row.getByRole('button', { name: askButton })).toBeFocused();

  await otherRow.getByRole('button', { name: askButton }).click();
  await expect(dialog(page)).toHaveAccessibleName(`Вопрос по заказу № ${otherId}`);
  await expect(subject()).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(otherRow.getByRole('button', { name: askButton })).toBeFocused();

  await row.getByRole('button', { name: askButton }).click();
  await expect(subject()).toHaveValue('Только про первый заказ');
});

test.describe('accessibility', () => {
  // axe sets inline styles while it checks, which the cabinet's strict CSP refuses (and logs).
  test.use({ bypassCSP: true });

  test('the open dialog, over the Orders page, has no accessibility violations', async ({ page }) => {
    // A whole page with the full form in a dialog: axe alone takes many seconds on two cores.
    test.slow();
    const row = await openOrders(page);
    await row.getByRole('button', { name: askButton }).click();
    await expect(dialog(page).getByRole('textbox', { name: 'Заголовок', exact: true })).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();

    expect(violations(results)).toEqual([]);
  });
});
