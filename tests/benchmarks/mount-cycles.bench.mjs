// Benchmark (a script, not a test): does the page keep memory after the module unmounts?
// Serves the built demo cabinet (run `pnpm run build` first), opens it in Debian's Chromium, and
// lets single-spa mount and unmount the module 100 times, by navigating between /support and /
// in the page's history as the cabinet's links do. Each mount waits for the seller's data on
// screen. Prints the JS heap after a full garbage collection, before and after those cycles, and
// the growth in between (target under 1 MB); exits 1 over the target.
//
// The baseline is taken after 20 warm-up cycles: the first ones load the module's files and the
// engine compiles and optimises its code as it runs hot, which takes heap once (about 1.3 MB over
// the first 20 cycles, measured) and is not held by any mount.
//
// The module talks to the contract's HTTP server (the mocks behind a real socket), so the page
// holds the cabinet and the module only; `--msw` uses the demo's in-page mock API instead
// (a service worker and its client in the page, as `npm start` runs).
//   pnpm bench:mounts [--msw] [--cycles 100] [--warm-up 20]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startContractServer } from '../../mocks/src/http-server.ts';
import { chromiumLaunchOptions } from '../setup/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const cycles = option('--cycles', 100);
const warmUpCycles = option('--warm-up', 20);
const targetMb = 1;
const host = '127.0.0.1';
const port = 4317;
const apiPort = 4318;
const msw = process.argv.includes('--msw');
const legalName = 'ООО «Ромашка»';

const log = (text) => process.stderr.write(`[bench] ${text}\n`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The cabinet as `npm start` serves it (strict CSP), on a port of its own. */
async function startCabinet(apiBaseUrl) {
  const server = spawn(process.execPath, ['apps/host/scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: host,
      PORT: String(port),
      ...(apiBaseUrl ? { API_BASE_URL: apiBaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the cabinet server exited (${String(code)})`)));
    server.stdout.once('data', resolve);
  });
  return server;
}

/** Moves the page's history, as the cabinet's links do through single-spa, and waits for the result. */
function navigate(page, path) {
  return page.evaluate(
    async ({ path, legalName }) => {
      history.pushState(null, '', path);
      const outlet = document.getElementById('support-outlet');
      const done = () => {
        const text = outlet
          .querySelector('[data-seller-support]')
          ?.shadowRoot?.querySelector('.ss-root')?.textContent;
        return path === '/support' ? (text ?? '').includes(legalName) : outlet.childElementCount === 0;
      };
      const started = performance.now();
      while (!done()) {
        if (performance.now() - started > 15_000) throw new Error(`${path} did not settle`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    { path, legalName },
  );
}

/**
 * The JS heap and the DOM counters after collecting garbage until the heap stops shrinking, then
 * once more as DevTools does before it lists objects: that collection also frees the browser's
 * own objects behind event listeners, which the first ones may leave for later.
 */
async function measure(cdp) {
  let used = Infinity;
  for (let round = 0; round < 10; round += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= used - 16 * 1024) break;
    used = usedSize;
  }
  const objectGroup = 'mount-cycles-bench';
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'Object.prototype', objectGroup });
  await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { used: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

const api = msw ? null : await startContractServer({ host, port: apiPort });
const server = await startCabinet(api?.apiBaseUrl);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`pageerror: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://${host}:${port}/`);
  await page.getByRole('heading', { level: 1, name: 'Сводка' }).waitFor();

  // The first cycle loads the module, its lazy screens and the mock API: once per page load.
  for (let cycle = 0; cycle < Math.max(1, warmUpCycles); cycle += 1) {
    await navigate(page, '/support');
    await navigate(page, '/');
  }
  const before = await measure(cdp);

  const started = performance.now();
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    await navigate(page, '/support');
    await navigate(page, '/');
  }
  const elapsed = performance.now() - started;
  const after = await measure(cdp);

  const growth = after.used - before.used;
  process.stdout.write(
    [
      `Module mounted and unmounted ${cycles} times (production build, strict CSP, ${msw ? "the demo's in-page mock API (MSW)" : 'the contract HTTP server as its API'})`,
      `JS heap after ${Math.max(1, warmUpCycles)} warm-up cycles: ${mb(before.used)}; after ${cycles} more: ${mb(after.used)}`,
      `growth: ${mb(growth)} (${(growth / cycles / 1024).toFixed(1)} KB a cycle; target under ${targetMb} MB) ${growth < targetMb * 1024 * 1024 ? 'ok' : 'OVER'}`,
      `DOM nodes ${before.nodes} → ${after.nodes}, JS event listeners ${before.listeners} → ${after.listeners}`,
      `one cycle (mount with data on screen, unmount): ${(elapsed / cycles).toFixed(0)} ms on average`,
      '',
    ].join('\n'),
  );
  if (growth >= targetMb * 1024 * 1024) process.exitCode = 1;
} catch (error) {
  process.exitCode = 1;
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await api?.close();
}
