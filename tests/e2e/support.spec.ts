import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, test } from './fixtures';
import { cabinetWithServer, mockedSeller, serverSeller } from './servers';

const outlet = (page: Page) => page.locator('#support-outlet');
// The seller's read-only identity; the "what support will see" preview repeats the same details.
const identity = (page: Page) => outlet(page).getByRole('region', { name: 'Ваши данные' });
const navigation = (page: Page) => page.getByRole('navigation', { name: 'Разделы кабинета' });

// React's shared-internals key: present in any bundle that carries its own React.
const reactInternalsKey = '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE';

// One line per rule, naming the offending elements: readable in a failing assertion's diff.
const violations = ({ violations }: AxeResults) =>
  violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

test('a seller opening /support sees their company, rendered by the module', async ({ page }) => {
  const moduleSources: Promise<string>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/modules/')) moduleSources.push(response.text());
  });

  await page.goto('/support');

  await expect(identity(page).getByText(mockedSeller.legalName)).toBeVisible();
  // One line (name, shop, tier) that opens to the whole card.
  await identity(page).getByText(mockedSeller.legalName).click();
  await expect(identity(page).getByText(mockedSeller.taxId)).toBeVisible();
  await expect(page).toHaveTitle(/^Поддержка/);
  await expect(navigation(page).getByRole('link', { name: 'Поддержка' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The module renders in its own shadow root, so the cabinet's light DOM does not hold its text.
  expect(await outlet(page).evaluate((element) => element.textContent)).not.toContain(mockedSeller.legalName);

  // React comes from the cabinet's import map, so the module's files carry no copy of it.
  const sources = await Promise.all(moduleSources);
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(source).not.toContain(reactInternalsKey);
});

test('the module unmounts when the seller leaves Support and mounts again on return', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  // A full page load would drop this marker: navigation must stay inside the single page.
  await page.evaluate(() => {
    document.body.dataset['journey'] = 'one page load';
  });

  await navigation(page).getByRole('link', { name: 'Поддержка' }).click();
  await expect(page).toHaveURL(/\/support$/);
  await expect(identity(page).getByText(mockedSeller.legalName)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeHidden();

  await navigation(page).getByRole('link', { name: 'Сводка' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  await expect(outlet(page).locator('*')).toHaveCount(0);
  await expect(page.getByText(mockedSeller.legalName)).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/support$/);
  await expect(identity(page).getByText(mockedSeller.legalName)).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Сводка' })).toBeVisible();
  await expect(outlet(page).locator('*')).toHaveCount(0);

  expect(await page.evaluate(() => document.body.dataset['journey'])).toBe('one page load');
});

test.describe('audited by axe', () => {
  // axe reads the module's stylesheet by copying it into a <style> of its own, which the cabinet's
  // strict CSP refuses (and logs): the audit runs with the policy bypassed; csp.spec.ts covers it.
  test.use({ bypassCSP: true });

  test('the support page has no accessibility violations', async ({ page }) => {
    await page.goto('/support');
    await expect(identity(page).getByText(mockedSeller.legalName)).toBeVisible();

    const results = await new AxeBuilder({ page }).include('#support-outlet').analyze();

    expect(violations(results)).toEqual([]);
  });
});

test('the cabinet shell has no accessibility violations', async ({ page }) => {
  for (const [path, heading] of [
    ['/', 'Сводка'],
    ['/orders', 'Заказы'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(violations(results), path).toEqual([]);
  }
});

test.describe('with mocks off', () => {
  test.use({ baseURL: cabinetWithServer.url });

  test('the module shows the seller the real API returns', async ({ page }) => {
    await page.goto('/support');

    await expect(identity(page).getByText(serverSeller.legalName)).toBeVisible();
    await identity(page).getByText(serverSeller.legalName).click();
    await expect(identity(page).getByText(serverSeller.taxId)).toBeVisible();
    // Mocks off means no service worker answers in the page.
    const workers = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistrations()).length,
    );
    expect(workers).toBe(0);
  });
});
