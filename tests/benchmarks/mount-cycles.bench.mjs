// Benchmark (a script, not a test): does the page keep memory after the module unmounts?
// Serves the built demo cabinet (run `pnpm run build` first), opens it in Debian's Chromium, and
// mounts and unmounts the module 100 times in each of these ways, each in a page of its own:
// - the application: single-spa mounts and unmounts it as the page's history moves between
//   /support and / (as the cabinet's links do); each mount waits for the seller's data on screen;
// - the parcel: "ask about this order" opened with single-spa's own `mountRootParcel` as the
//   README shows (`parcel.unmount()` to close), each open waiting for the seller's data in the
//   dialog: once with a fresh container each time, removed after (as the demo's Orders page
//   does), once with one container for every open;
// - before each of those, single-spa's share: a parcel that renders one element and nothing else,
//   opened the same way. single-spa 6 keeps every closed root parcel (its props, its container)
//   for the life of the page, so this much grows whatever a parcel does; the parcel's row says
//   what the module adds to it.
// Prints for each the JS heap after a full garbage collection, the DOM nodes and the JS event
// listeners (Chromium's own counters), before and after those cycles, and the growth in between
// (target: under 0.3 MB, DOM nodes and listeners flat: for the module, flat beyond the bare
// parcel's share where that row comes first); exits 1 over the target.
//
// The baseline is taken after 20 warm-up cycles: the first ones load the module's files and the
// engine compiles and optimises its code as it runs hot, which takes heap once (about 1.3 MB over
// the first 20 cycles, measured) and is not held by any mount.
//
// The module talks to the contract's HTTP server (the mocks behind a real socket), so the page
// holds the cabinet and the module only; `--msw` uses the demo's in-page mock API instead
// (a service worker and its client in the page, as `npm start` runs). `--only application`,
// `--only parcel` or `--only bare` runs those alone; `--port` moves the cabinet (and the API,
// one above it).
//   pnpm bench:mounts [--msw] [--cycles 100] [--warm-up 20] [--only parcel] [--port 4317]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startContractServer } from '../../mocks/src/http-server.ts';
import { chromiumLaunchOptions } from '../setup/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const option = (name, fallback) => Number(argument(name) ?? fallback);
const cycles = option('--cycles', 100);
const warmUpCycles = Math.max(1, option('--warm-up', 20));
const only = argument('--only');
const targetMb = 0.3;
const host = '127.0.0.1';
const port = option('--port', 4317);
const apiPort = port + 1;
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
 * Opens a parcel with single-spa's `mountRootParcel` as the README shows (a container of its own,
 * the cabinet's props, `onClose` unmounting it), waits until it shows what `ready` looks for,
 * unmounts it and removes the container, as the demo's Orders page does.
 */
function openAndCloseParcel(page, kind, container) {
  return page.evaluate(
    async ({ kind, container: where, legalName }) => {
      const { mountRootParcel } = await import('single-spa');
      const { apiBaseUrl } = await (await fetch('/host-config.json')).json();
      const getAccessToken = () => 'demo-token';
      globalThis.benchOrderId ??= await (async () => {
        const response = await fetch(`${apiBaseUrl}/orders`, {
          headers: { Authorization: `Bearer ${getAccessToken()}` },
        });
        const { items } = await response.json();
        return items[0].id;
      })();
      const fresh = where === 'fresh';
      const container = fresh
        ? document.createElement('div')
        : (globalThis.benchContainer ??= document.createElement('div'));
      document.body.append(container);
      // single-spa's share: a parcel of one element, nothing else.
      const bare = {
        bootstrap: async () => undefined,
        mount: async ({ domElement }) => {
          domElement.append(document.createElement('p'));
        },
        unmount: async ({ domElement }) => {
          domElement.replaceChildren();
        },
      };
      const parcel = mountRootParcel(
        kind === 'bare' ? bare : () => import('@seller-support/feedback/parcel'),
        {
          domElement: container,
          apiBaseUrl,
          getAccessToken,
          locale: 'ru',
          basePath: '/support',
          nonce: document.querySelector('meta[property="csp-nonce"]')?.nonce || undefined,
          orderId: globalThis.benchOrderId,
          onClose: () => void parcel.unmount(),
        },
      );
      await parcel.mountPromise;
      const ready = () =>
        kind === 'bare'
          ? container.childElementCount === 1
          : (
              container.querySelector('[data-seller-support]')?.shadowRoot?.querySelector('.ss-root')
                ?.textContent ?? ''
            ).includes(legalName);
      const started = performance.now();
      while (!ready()) {
        if (performance.now() - started > 15_000) throw new Error('the parcel did not show the seller');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await parcel.unmount();
      if (fresh) container.remove();
    },
    { kind, container, legalName },
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

const scenarios = [
  {
    name: 'application',
    title: 'Application mounted and unmounted by single-spa as the history moves',
    start: '/',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'Сводка' }).waitFor(),
    cycle: async (page) => {
      await navigate(page, '/support');
      await navigate(page, '/');
    },
  },
  ...['fresh', 'one'].flatMap((container) => {
    const where =
      container === 'fresh' ? 'a fresh container each time, removed after' : 'one container for every open';
    // single-spa's share first: the parcel's row then says what the module adds to it.
    return [
      {
        name: `bare parcel (${where})`,
        bare: true,
        title: `single-spa's share: a parcel of one element opened with mountRootParcel and closed, ${where}`,
        start: '/orders',
        ready: (page) => page.getByRole('table').waitFor(),
        cycle: (page) => openAndCloseParcel(page, 'bare', container),
      },
      {
        name: `parcel (${where})`,
        title: `Parcel opened with mountRootParcel and closed, ${where}`,
        // The Orders page: the demo's mock API (--msw) is running once its orders are listed.
        start: '/orders',
        ready: (page) => page.getByRole('table').waitFor(),
        cycle: (page) => openAndCloseParcel(page, 'module', container),
      },
    ];
  }),
].filter(({ name }) => only === undefined || name.startsWith(only));

/** One scenario in a page of its own: warm-up, baseline, the cycles, the result. */
async function run(browser, scenario) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`pageerror: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://${host}:${port}${scenario.start}`);
    await scenario.ready(page);
    // The first cycle loads the module, its lazy screens and the mock API: once per page load.
    for (let cycle = 0; cycle < warmUpCycles; cycle += 1) await scenario.cycle(page);
    const before = await measure(cdp);
    const started = performance.now();
    for (let cycle = 0; cycle < cycles; cycle += 1) await scenario.cycle(page);
    const elapsed = performance.now() - started;
    const after = await measure(cdp);
    return { scenario, before, after, growth: after.used - before.used, elapsed };
  } finally {
    await context.close();
  }
}

const delta = (before, after) => `${before} → ${after} (${after - before >= 0 ? '+' : ''}${after - before})`;

const api = msw ? null : await startContractServer({ host, port: apiPort });
const server = await startCabinet(api?.apiBaseUrl);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  process.stdout.write(
    `${cycles} mount/unmount cycles each after ${warmUpCycles} warm-up cycles (production build, strict CSP, ${msw ? "the demo's in-page mock API (MSW)" : 'the contract HTTP server as its API'})\n\n`,
  );
  let share = null;
  for (const scenario of scenarios) {
    const result = await run(browser, scenario);
    const { before, after, growth, elapsed } = result;
    // Beside single-spa's share (the bare parcel's row just before), the module is judged on what it
    // adds to it: with a fresh container each time, single-spa 6 keeps every closed root parcel's
    // container, a DOM node a cycle, whatever the parcel renders.
    const baseline = scenario.bare || share === null ? null : share;
    const grownBy = (of, what) => of.after[what] - of.before[what];
    const flat =
      grownBy(result, 'nodes') <= (baseline === null ? 0 : Math.max(0, grownBy(baseline, 'nodes'))) &&
      grownBy(result, 'listeners') <= (baseline === null ? 0 : Math.max(0, grownBy(baseline, 'listeners')));
    const ok = growth < targetMb * 1024 * 1024 && flat;
    const lines = [
      `${scenario.title}:`,
      `  JS heap: ${mb(before.used)} → ${mb(after.used)}, growth ${mb(growth)} (${(growth / cycles / 1024).toFixed(1)} KB a cycle; target under ${targetMb} MB)`,
      `  DOM nodes ${delta(before.nodes, after.nodes)}, JS event listeners ${delta(before.listeners, after.listeners)} (target: flat${baseline === null ? '' : ' beyond single-spa’s share'})`,
      `  one cycle: ${(elapsed / cycles).toFixed(0)} ms on average; ${scenario.bare ? 'single-spa’s own, not judged' : ok ? 'ok' : 'OVER'}`,
    ];
    if (scenario.bare) {
      share = result;
    } else if (share !== null) {
      const grown = (of) => (of.after.nodes - of.before.nodes).toString();
      const added = (of) => (of.after.listeners - of.before.listeners).toString();
      lines.push(
        `  beyond single-spa's share (the row above): heap ${mb(growth - share.growth)}, DOM nodes ${grown(result)} − ${grown(share)}, listeners ${added(result)} − ${added(share)}`,
      );
      share = null;
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
    // single-spa's share is what every root parcel costs, whatever it renders: shown, not judged.
    if (!ok && !scenario.bare) process.exitCode = 1;
  }
} catch (error) {
  process.exitCode = 1;
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await api?.close();
}
