import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { createTranslator } from '../../packages/feedback/src/shared/i18n';
import { en, ru } from '../../packages/feedback/src/testing/messages';
import { expect, test } from './fixtures';
import { outlet } from './journey';

// The module's own texts in each language, so this journey follows the wording the module has.
const tRu = createTranslator('ru', ru);
const tEn = createTranslator('en', en);

const moduleHost = (page: Page) => outlet(page).locator('[data-seller-support]');
const header = (page: Page) => page.getByRole('banner');

// One line per rule, naming the offending elements: readable in a failing assertion's diff.
const violations = ({ violations }: AxeResults) =>
  violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);

test('the cabinet’s language and scheme reach the mounted module in place, with the draft', async ({
  page,
}) => {
  await page.goto('/support');
  const form = outlet(page);
  await expect(form.getByRole('heading', { name: tRu('askForm.title') })).toBeVisible();
  const description = form.getByRole('textbox', { name: tRu('askForm.fields.description'), exact: true });
  const draft = 'Выплата за октябрь не пришла на счёт.';
  await description.fill(draft);
  // The same element after the switches: a remount would have made a new one.
  const typedInto = await description.elementHandle();

  // Keyboard, as a seller would: into the language group, an arrow to English.
  await header(page).getByRole('radio', { name: 'Русский' }).focus();
  await page.keyboard.press('ArrowRight');

  await expect(form.getByRole('heading', { name: tEn('askForm.title') })).toBeVisible();
  const descriptionEn = form.getByRole('textbox', { name: tEn('askForm.fields.description'), exact: true });
  await expect(descriptionEn).toHaveValue(draft);
  expect(await typedInto.evaluate((element) => element.isConnected)).toBe(true);
  // The shell speaks English too.
  await expect(page.getByRole('navigation', { name: 'Cabinet sections' })).toBeVisible();
  await expect(page).toHaveTitle(/^Support — Seller cabinet$/);
  await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();

  await header(page).getByRole('radio', { name: 'Dark' }).check();
  await expect(moduleHost(page)).toHaveAttribute('data-theme', 'dark');
  await expect(descriptionEn).toHaveValue(draft);
  expect(await typedInto.evaluate((element) => element.isConnected)).toBe(true);

  // Kept for the demo: a reload mounts the module in the language and scheme chosen.
  await page.reload();
  await expect(form.getByRole('heading', { name: tEn('askForm.title') })).toBeVisible();
  await expect(moduleHost(page)).toHaveAttribute('data-theme', 'dark');
  await expect(header(page).getByRole('radio', { name: 'English' })).toBeChecked();
});

test('an open order dialog takes a language chosen in another tab, keeping what was typed', async ({
  page,
  context,
}) => {
  await page.goto('/orders');
  await page.getByRole('table', { name: 'Последние заказы' }).getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  const description = dialog.getByRole('textbox', { name: tRu('askForm.fields.description'), exact: true });
  await description.fill('Покупатель просит поменять пункт выдачи.');
  const typedInto = await description.elementHandle();

  // The modal dialog keeps the header out of reach; the other tab is where the seller switches.
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('radio', { name: 'English' }).check();
  await expect(other.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await expect(
    dialog.getByRole('textbox', { name: tEn('askForm.fields.description'), exact: true }),
  ).toHaveValue('Покупатель просит поменять пункт выдачи.');
  // Updated, not remounted (a remount would restore the draft too, in a new element).
  expect(await typedInto.evaluate((element) => element.isConnected)).toBe(true);
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('table', { name: 'Latest orders' })).toBeVisible();
});

test.describe('audited by axe', () => {
  // As in support.spec.ts: axe's copy of the module's stylesheet needs the policy bypassed.
  test.use({ bypassCSP: true });

  test('in English on the dark scheme, the cabinet and the module have no accessibility violations', async ({
    page,
  }) => {
    await page.goto('/support');
    await expect(outlet(page).getByRole('heading', { name: tRu('askForm.title') })).toBeVisible();
    await header(page).getByRole('radio', { name: 'English' }).check();
    await header(page).getByRole('radio', { name: 'Dark' }).check();
    await expect(moduleHost(page)).toHaveAttribute('data-theme', 'dark');
    await expect(outlet(page).getByRole('heading', { name: tEn('askForm.title') })).toBeVisible();

    expect(violations(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
});
