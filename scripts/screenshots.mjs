// Screenshots of the seller's screens for the README's gallery: the /support form, the requests
// list, a request page and the parcel dialog over the Orders page, at 320, 390, 768 and 1280 px,
// in light and dark, written small (half scale) to docs/screenshots/ as <screen>-<width>-<theme>.png.
//
//   pnpm run build && pnpm run screenshots [-- --full-page] [-- --out=DIR]
//
// Builds nothing: it serves apps/host/dist as the e2e journeys do (scripts in apps/host, mocks in
// the page, exposed so the request page can carry a photo), on a free loopback port, and stops it
// at the end. Dark is set through the demo cabinet's stored theme, and taken only when the module
// follows it; otherwise it says so and takes light only. With `pngquant` on the
// PATH the files are palette-compressed; nothing else is needed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/setup/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const fullPage = args.includes('--full-page');
const outDir = path.resolve(
  root,
  args.find((arg) => arg.startsWith('--out='))?.slice(6) ?? 'docs/screenshots',
);

const widths = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const themes = ['light', 'dark'];

// The smallest valid PNG (1×1, one transparent pixel), the photo the request page shows.
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const offerSubject = 'Возврат пришёл повреждённым';
const photoMessage = 'Фото коробки при получении.';

const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  process.stderr.write(`screenshots: ${line}\n`);
  process.exit(1);
};

if (!existsSync(path.join(root, 'apps/host/dist/index.html'))) {
  fail('no build in apps/host/dist: run "pnpm run build" first.');
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

const port = Number(process.env.SCREENSHOTS_PORT ?? (await freePort()));
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.join(root, 'apps/host/scripts/serve.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), EXPOSE_MOCKS: '1' },
});
let stopping = false;
server.on('exit', (code) => {
  if (!stopping) fail(`the demo cabinet stopped (exit code ${code}) before the screenshots were taken.`);
});
const stopServer = () => {
  stopping = true;
  server.kill('SIGTERM');
};
process.on('exit', stopServer);

// Ready when it answers its config, as playwright.config.ts waits for it.
const readyBy = Date.now() + 30_000;
for (;;) {
  const answered = await fetch(`${baseURL}/host-config.json`).then(
    (response) => response.ok,
    () => false,
  );
  if (answered) break;
  if (Date.now() > readyBy) fail(`the demo cabinet did not answer on ${baseURL} within 30 s.`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const outlet = (page) => page.locator('#support-outlet');

/** Waits until nothing in `scope` is loading any more: no busy region, no "Загружаем…" line. */
async function settled(scope) {
  await expect(scope.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(scope.getByText(/^(Загружаем|Ищем)/).filter({ visible: true })).toHaveCount(0);
}

/** Each screen: opens it on `page`, settled, and returns the element whose theme tells light from dark. */
const screens = {
  'support-form': async (page) => {
    await page.goto('/support');
    await expect(outlet(page).getByRole('heading', { name: 'Новое обращение' })).toBeVisible();
    await settled(outlet(page));
    return outlet(page);
  },
  'requests-list': async (page) => {
    await page.goto('/support/requests');
    await expect(outlet(page).getByRole('link', { name: new RegExp(offerSubject) })).toBeVisible();
    await settled(outlet(page));
    return outlet(page);
  },
  'request-page': async (page) => {
    await page.goto('/support/requests');
    const row = outlet(page).getByRole('link', { name: new RegExp(offerSubject) });
    await expect(row).toBeVisible();
    // No seeded request carries a photo: the seller sends one, in the page's own store, before
    // opening the request from the list (a reload would reseed the store).
    await page.evaluate(
      ({ subject, body, png }) => {
        const { store } = globalThis.__sellerSupportMocks;
        const ticket = store.listTickets({ query: subject }).items[0];
        const bytes = Uint8Array.from(atob(png), (char) => char.charCodeAt(0));
        const photo = store.uploadAttachment({ name: 'box.png', bytes }, crypto.randomUUID()).value;
        store.postMessage(ticket.id, { body, attachmentIds: [photo.id] }, crypto.randomUUID());
      },
      { subject: offerSubject, body: photoMessage, png: onePixelPng },
    );
    await row.click();
    await expect(outlet(page).getByText(photoMessage)).toBeVisible();
    await settled(outlet(page));
    return outlet(page);
  },
  'parcel-dialog': async (page) => {
    await page.goto('/orders');
    const firstOrder = page.getByRole('table', { name: 'Последние заказы' }).getByRole('row').nth(1);
    await firstOrder.getByRole('button', { name: /^Спросить поддержку/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Вопрос по заказу № / });
    await expect(dialog.getByRole('heading', { name: /^Вопрос по заказу № / })).toBeVisible();
    await settled(dialog);
    return page.locator('#order-question-outlet');
  },
};

/** The theme the module rendered in under `container`, as its host element says. */
const moduleTheme = (container) =>
  container.locator('[data-seller-support]').first().getAttribute('data-theme');

/** Palette-compresses `file` in place when pngquant is installed; says whether it did. */
function compress(file) {
  const result = spawnSync('pngquant', ['--force', '--skip-if-larger', '--output', file, '--', file]);
  // 98 and 99: pngquant kept the original (larger or worse); still a valid file.
  return result.error === undefined && [0, 98, 99].includes(result.status ?? -1);
}

expect.configure({ timeout: 15_000 });
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const written = [];
let darkSkipped = false;
let compressed = false;
try {
  for (const theme of themes) {
    if (theme === 'dark' && darkSkipped) break;
    for (const viewport of widths) {
      const context = await browser.newContext({
        baseURL,
        viewport,
        // Half scale: small files for the README, still readable.
        deviceScaleFactor: 0.5,
        colorScheme: theme,
        locale: 'ru-RU',
        timezoneId: 'Europe/Moscow',
        reducedMotion: 'reduce',
      });
      // The demo cabinet's own theme switch, as a seller leaves it (apps/host/src/preferences.ts).
      await context.addInitScript(
        (preferences) => {
          localStorage.setItem('seller-cabinet:preferences', preferences);
        },
        JSON.stringify({ locale: 'ru', theme }),
      );
      const page = await context.newPage();
      for (const [name, open] of Object.entries(screens)) {
        const container = await open(page);
        if (theme === 'dark' && (await moduleTheme(container)) !== 'dark') {
          darkSkipped = true;
          break;
        }
        const file = path.join(outDir, `${name}-${viewport.width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
        compressed = compress(file) || compressed;
        written.push(file);
      }
      await context.close();
      if (darkSkipped) break;
    }
  }
} finally {
  await browser.close();
  stopServer();
}

let total = 0;
for (const file of written) {
  const { size } = await stat(file);
  total += size;
  say(`${path.relative(root, file)}  ${(size / 1000).toFixed(1)} kB`);
}
say(
  `${written.length} screenshots, ${(total / 1000).toFixed(1)} kB in all${compressed ? ', palette-compressed' : ''}.`,
);
if (darkSkipped) {
  say('Dark: skipped. The module kept its light theme with the demo cabinet set to dark.');
}
if (!compressed) say('pngquant is not installed: the files are plain PNG.');
