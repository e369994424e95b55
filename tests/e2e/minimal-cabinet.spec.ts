import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { minimalCabinet, minimalCabinetSeller } from './servers';

// A second cabinet, written from the README alone (tests/minimal-cabinet): the packed tarball's
// files behind its own import map with integrity, a strict CSP, English, the application at /help,
// the parcel from a button, the unread watcher in the navigation.
test.use({ baseURL: minimalCabinet.url, locale: 'en-GB' });

interface HeardEvent {
  type: string;
  [field: string]: unknown;
}

declare global {
  // What the minimal cabinet's onEvent heard (root-config.js) and the CSP violations the page saw.
  var moduleEvents: HeardEvent[] | undefined;
  var cspViolations: string[] | undefined;
}

const heard = (page: Page) => page.evaluate(() => globalThis.moduleEvents ?? []);

/** Every CSP violation the page reports, so a policy the README's host must send is proven enough. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    globalThis.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => globalThis.cspViolations ?? []);
}

test('a host mounts the packed module at /help from the README: the app, the parcel and the badge', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const moduleRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/modules/seller-support/')) moduleRequests.push(pathname);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Minimal cabinet' })).toBeVisible();
  // The watcher's count on a page the module is not mounted on.
  const badge = page.getByLabel('Unread answers');
  await expect(badge).toHaveText(/^\d+$/);
  const watcherCount = Number(await badge.textContent());

  // The cabinet's own link: single-spa mounts the application under /help, in English, on this
  // cabinet's API (its seller is one the in-page mocks never produce).
  await page.getByRole('link', { name: /^Help/ }).click();
  await expect(page).toHaveURL(`${minimalCabinet.url}/help`);
  await expect(page.getByText(minimalCabinetSeller.legalName).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toBeVisible();
  // The application's own count agrees with the watcher's, read by another code path.
  await expect
    .poll(async () => (await heard(page)).find((event) => event.type === 'unread-count-changed'))
    .toEqual({
      type: 'unread-count-changed',
      count: watcherCount,
    });

  // Its navigation stays under basePath and is reported.
  await page.getByRole('link', { name: 'My requests' }).click();
  await expect(page).toHaveURL(`${minimalCabinet.url}/help/requests`);
  await expect
    .poll(async () => (await heard(page)).filter((event) => event.type === 'navigated'))
    .toEqual([{ type: 'navigated', path: '/requests', url: '/help/requests' }]);

  // The parcel from a button, over the page, sent once and reported.
  await page.getByRole('button', { name: 'Ask about the latest order' }).click();
  const dialog = page.getByRole('dialog', { name: /^Question about order No\. / });
  await expect(dialog.getByRole('heading', { name: /^Question about order No\. / })).toBeFocused();
  await dialog.getByRole('radio', { name: 'Where is my parcel' }).check();
  await dialog.getByRole('textbox', { name: 'Subject', exact: true }).fill('Where is the parcel now?');
  await dialog
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('The tracking has not moved for a week.');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  const sent = dialog.getByRole('heading', { name: /^Request No\. \d+ sent$/ });
  await expect(sent).toBeVisible();
  const number = /No\. (\d+)/.exec((await sent.textContent()) ?? '')?.[1];
  await expect
    .poll(async () =>
      (await heard(page)).filter((event) => event.type === 'request-created').map((event) => event.number),
    )
    .toEqual([number]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#parcel-outlet > *')).toHaveCount(0);

  // Every module file came from the cabinet's module path (the import map's integrity covers them),
  // the page's strict policy was enough, and nothing failed.
  expect(moduleRequests.length).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
  expect((await heard(page)).filter((event) => event.type === 'module-failed')).toEqual([]);
});
