import { expect, test as base } from '@playwright/test';
import { test } from './fixtures';
import { cabinetWithServer, serverSeller } from './servers';

/**
 * The module's first screen as a seller opening /support gets it: its files come in two steps
 * (the entry, then everything the screen needs at once) rather than one after another, and the
 * data it needs is asked for once, beside its code. Against the contract server, so every request
 * the module makes is a real one the browser reports.
 */
test.use({ baseURL: cabinetWithServer.url });

/** The Russian packs of the support page: the frame's, the form's and what the form shows. */
const languagePacks = /^(frame\.ru|form\.ru|snapshot|attachments|channels)-[\w-]+\.js$/;

interface Load {
  url: string;
  /** The script whose code or import asked for it. */
  initiator: string | undefined;
}

test('the first screen loads its files in two steps and asks for its data once, beside its code', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const loads: Load[] = [];
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (request.method === 'OPTIONS') return;
    loads.push({ url: request.url, initiator: initiator.url ?? initiator.stack?.callFrames[0]?.url });
  });

  await page.goto('/support');
  const subject = page.getByRole('textbox', { name: 'Заголовок', exact: true });
  await expect(subject).toBeEditable();
  await expect(page.getByText(serverSeller.legalName).first()).toBeVisible();

  // The longest chain of the module's files each asked for by the one before: the entry, then the rest.
  const moduleFile = (url: string | undefined) => url?.includes('/modules/seller-support/') ?? false;
  const byUrl = new Map(loads.map((load) => [load.url, load]));
  const depth = (url: string | undefined, seen = new Set<string>()): number => {
    if (url === undefined || !moduleFile(url) || seen.has(url)) return 0;
    seen.add(url);
    return 1 + depth(byUrl.get(url)?.initiator, seen);
  };
  const scripts = loads.filter((load) => moduleFile(load.url) && load.url.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  // The live stream's client comes after the screen, once the module is mounted: a third step by design.
  const afterMount = /^live-[\w-]+\.js$/;
  const chains = scripts
    .map((load) => ({ file: load.url.replace(/^.*\//, ''), depth: depth(load.url) }))
    .filter((chain) => !afterMount.test(chain.file));
  expect(chains.filter((chain) => chain.depth > 2)).toEqual([]);
  // The seller's language comes in packs (one chunk per language and screen): the entry preloads
  // the first screen's as it mounts, before the frame's code would ask for them.
  expect(chains.filter((chain) => languagePacks.test(chain.file))).toHaveLength(5);

  // Each of the first screen's requests once: the screens find what the mount asked for.
  const api = (path: RegExp) => loads.filter((load) => path.test(new URL(load.url).pathname));
  for (const path of [/\/context$/, /\/policy$/, /\/orders$/]) {
    expect(api(path), String(path)).toHaveLength(1);
  }
  // Nothing the module's files load may come through a second request either.
  const files = scripts.map((load) => load.url);
  expect(files.length).toBe(new Set(files).size);
});

base('a first screen file that is not the one built is refused as the entry would be', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The request form's code with one byte more. Its preload link carries no hash of its own:
  // Chromium checks it against the import map's, and refuses it as it refuses an entry's import
  // (else the altered file would run and the form show). The preload and the module's own import
  // may both ask for it: each gets the same altered bytes.
  const pattern = /\/modules\/seller-support\/ask-request-[\w-]+\.js$/;
  let altered: Promise<{ status: number; headers: Record<string, string>; body: string }> | undefined;
  await page.route(pattern, async (route) => {
    altered ??= route.fetch().then(async (original) => ({
      status: original.status(),
      headers: original.headers(),
      body: `${await original.text()}\n`,
    }));
    await route.fulfill(await altered);
  });
  await page.goto(`${cabinetWithServer.url}/support`);
  await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
  await expect(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveCount(0);
  // Every request the route took has been answered before the page goes.
  await page.unrouteAll({ behavior: 'wait' });
});
