import { expect, test } from '@playwright/test';

/**
 * The module's import map carries an integrity hash for every script (packages/feedback's build
 * writes them, the cabinet puts them into its map): a file changed on its way, by a proxy or a
 * compromised CDN, is refused by the browser instead of running in the seller's cabinet. This
 * journey expects the page's errors, so it runs without the fixture that fails on them.
 */
test('a module file that is not the one built is refused, and the one built runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const outletHost = page.locator('#support-outlet [data-seller-support]');

  // The built files load and the module mounts: the hashes in the map are the files' own.
  await page.goto('/support');
  await expect(outletHost).toHaveCount(1);
  expect(errors).toEqual([]);

  // The same application entry with one byte more: its hash no longer matches.
  await page.route(/\/modules\/seller-support\/seller-support\.[\w-]+\.js$/, async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: `${await original.text()}\n` });
  });
  await page.goto('/support');

  await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  await expect(outletHost).toHaveCount(0);
});
