// Benchmark (a script, not a test): how soon the module's first screen is usable, against the
// floor, a bare single-spa-react app with one react-hook-form + zod/mini form after one
// react-query fetch (tests/benchmarks/floor), built with the same Vite/React toolchain and the
// same externals. Both are mounted by the same root config (load-root-config.js) at /support on
// a page served like the demo cabinet (its import map, its vendor files, its strict CSP), against
// the contract's HTTP server (the mocks behind a real socket, no latency), in Debian's Chromium
// with a fresh profile every load: nothing cached, nothing stored.
//
// Interleaved rounds (module, floor; floor, module; …) from navigation to "the subject field is
// usable and the seller's identity is shown" (for the floor: its field usable, its fetched data
// shown), counted at the first frame after both are in the DOM. Prints medians, min–max and the
// median of per-round ratios; for the module, the longest chain of dependent script loads
// (a script counts one deeper than the script or link that asked for it), each request's start
// time in a median round, and the first load's size (what was downloaded until usable, gzip).
//
// Run `pnpm run build` first (the module's and the cabinet's builds are what is measured).
//   pnpm bench:load [--rounds 20] [--strict] [--trace] [--latency ms]
// --strict exits 1 when the median ratio is over the goal (1.3); by default it only says so.
// --trace also prints what the module showed, and when, in its median round.
// --latency adds that many milliseconds to every request's round trip (Chromium's network
// emulation, both apps alike): a seller's real network rather than loopback. The goal is judged
// without it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { startContractServer } from '../../mocks/src/http-server.ts';
import { chromiumLaunchOptions } from '../setup/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const rounds = option('--rounds', 20);
const latency = option('--latency', 0);
const strict = process.argv.includes('--strict');
const trace = process.argv.includes('--trace');
const goal = 1.3;
const host = '127.0.0.1';
const log = (text) => process.stderr.write(`[bench] ${text}\n`);

const cabinetDist = path.join(root, 'apps/host/dist');
const moduleDist = path.join(root, 'packages/feedback/dist');
const moduleUrlBase = '/modules/seller-support/';
if (
  !existsSync(path.join(cabinetDist, 'index.html')) ||
  !existsSync(path.join(moduleDist, 'import-map.json'))
) {
  process.stderr.write('No build to measure: run "pnpm run build" at the repository root first.\n');
  process.exit(1);
}

/** The floor app, built as the module is: Vite library mode, ES, minified, the same externals. */
async function buildFloor() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'load-bench-floor-'));
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      copyPublicDir: false,
      lib: {
        entry: { 'floor-app': path.join(root, 'tests/benchmarks/floor/floor-app.tsx') },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.[hash].js`,
      },
      rolldownOptions: {
        external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa'],
        checks: { bundlerTimings: false },
        output: { minify: true },
      },
    },
  });
  return outDir;
}

const integrityOf = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** The demo cabinet's import map as its build wrote it (vendor files, the module, integrity), plus the floor. */
function importMap(floorDir) {
  const html = readFileSync(path.join(cabinetDist, 'index.html'), 'utf8');
  const found = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html);
  if (found === null) throw new Error('apps/host/dist/index.html has no import map');
  const map = JSON.parse(found[1]);
  const floorFiles = readdirSync(floorDir).filter((file) => file.endsWith('.js'));
  const floorEntry = floorFiles.find((file) => file.startsWith('floor-app.'));
  map.imports['floor-app'] = `/floor/${floorEntry}`;
  for (const file of floorFiles) map.integrity[`/floor/${file}`] = integrityOf(path.join(floorDir, file));
  return map;
}

const apps = {
  module: { specifier: '@seller-support/feedback' },
  floor: { specifier: 'floor-app' },
};

const contentTypes = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * One app's page: the cabinet's files and the floor's, and at any path without an extension the
 * root config page, with a fresh CSP nonce as the cabinet's server gives it. One server (one
 * origin) per app, so the module's base path stays /support for both.
 */
async function startPageServer(app, map, floorDir, apiBaseUrl) {
  const apiOrigin = new URL(apiBaseUrl).origin;
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (path.extname(pathname) === '') {
        const nonce = createHash('sha256').update(`${Math.random()}`).digest('base64').slice(0, 22);
        const html = [
          '<!doctype html>',
          '<html lang="ru">',
          '<head>',
          '<meta charset="utf-8" />',
          '<link rel="icon" href="data:," />',
          `<meta property="csp-nonce" nonce="${nonce}" />`,
          `<meta name="bench-app" content='${JSON.stringify({ specifier: apps[app].specifier, apiBaseUrl })}' />`,
          `<script type="importmap" nonce="${nonce}">${JSON.stringify(map)}</script>`,
          `<script type="module" nonce="${nonce}" src="/root-config.js"></script>`,
          '</head>',
          '<body><main><div id="outlet"></div></main></body>',
          '</html>',
        ].join('\n');
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': [
            "default-src 'self'",
            `script-src 'self' 'nonce-${nonce}'`,
            `style-src 'self' 'nonce-${nonce}'`,
            "img-src 'self' blob: data:",
            `connect-src 'self' ${apiOrigin}`,
            "object-src 'none'",
            "base-uri 'none'",
          ].join('; '),
        });
        response.end(html);
        return;
      }
      const file =
        pathname === '/root-config.js'
          ? path.join(root, 'tests/benchmarks/load-root-config.js')
          : pathname.startsWith('/floor/')
            ? path.join(floorDir, pathname.slice('/floor/'.length))
            : path.join(cabinetDist, pathname);
      const info = await stat(file).catch(() => null);
      if (info === null || !info.isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(await readFile(file));
    })().catch((error) => {
      log(String(error));
      response.destroy();
    });
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  const { port } = server.address();
  return { url: `http://${host}:${port}`, server, fileOf: (pathname) => fileFor(pathname, floorDir) };
}

function fileFor(pathname, floorDir) {
  if (pathname === '/root-config.js') return path.join(root, 'tests/benchmarks/load-root-config.js');
  if (pathname.startsWith('/floor/')) return path.join(floorDir, pathname.slice('/floor/'.length));
  return path.join(cabinetDist, pathname);
}

/**
 * Run in the page before anything else: watches the DOM (shadow roots too, as they are attached)
 * and records, at the first frame after the app's field is usable and the seller's name is on
 * screen, the time since navigation.
 */
function watchForUsable({ app, legalName }) {
  const usable = (input) =>
    input instanceof HTMLInputElement &&
    !input.disabled &&
    input.closest('[inert]') === null &&
    input.getClientRects().length > 0;
  const ready = () => {
    if (app === 'floor') {
      return (
        usable(document.getElementById('floor-subject')) &&
        (document.querySelector('[data-floor-identity]')?.textContent ?? '').includes(legalName)
      );
    }
    const shadow = document.querySelector('[data-seller-support]')?.shadowRoot;
    if (shadow == null) return false;
    return (
      usable(shadow.getElementById('ask-subject')) &&
      (shadow.querySelector('.identity')?.textContent ?? '').includes(legalName)
    );
  };
  let done = false;
  // What the app shows as it goes (its text, shortened), for --trace.
  window.__shown = [];
  const note = () => {
    const shadow = document.querySelector('[data-seller-support]')?.shadowRoot;
    const parts = [...(shadow ?? document.getElementById('outlet') ?? document.documentElement).children];
    const text = parts
      .filter((element) => element.localName !== 'style')
      .map((element) => element.textContent)
      .join(' ')
      .slice(0, 60);
    if (window.__shown.at(-1)?.text !== text) window.__shown.push({ at: performance.now(), text });
  };
  const check = () => {
    note();
    if (done || !ready()) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__usableAt = performance.now();
    });
  };
  // When the app opens IndexedDB (the module's drafts) and when it is open, for --trace.
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const request = open.apply(this, args);
    const at = performance.now();
    request.addEventListener('success', () =>
      window.__shown.push({ at, text: `IndexedDB opened in ${Math.round(performance.now() - at)} ms` }),
    );
    return request;
  };
  const observer = new MutationObserver(check);
  const observe = (target) =>
    observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    if (!done) observe(shadow);
    return shadow;
  };
  observe(document);
}

/** Script and fetch requests of one load, from Chromium's network log: start, end, who asked. */
function recordRequests(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp, initiator, type }) => {
    if (request.method === 'OPTIONS') return;
    requests.set(requestId, {
      url: request.url,
      type,
      start: timestamp,
      end: null,
      initiator:
        initiator.url ??
        initiator.stack?.callFrames?.[0]?.url ??
        initiator.stack?.parent?.callFrames?.[0]?.url,
      initiatorType: initiator.type,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    const entry = requests.get(requestId);
    if (entry !== undefined) entry.end = timestamp;
  });
  return requests;
}

/** The longest chain of script loads each one asked for by the one before (the document is 0). */
function chainDepth(requests, onlyUnder) {
  const byUrl = new Map([...requests.values()].map((entry) => [entry.url, entry]));
  const depthOf = new Map();
  const depth = (url, seen = new Set()) => {
    if (depthOf.has(url)) return depthOf.get(url);
    const entry = byUrl.get(url);
    if (entry === undefined || entry.type !== 'Script' || seen.has(url)) return 0;
    seen.add(url);
    const own = entry.url.includes(onlyUnder) ? 1 : 0;
    const value = own + (entry.initiator === undefined ? 0 : depth(entry.initiator, seen));
    depthOf.set(url, value);
    return value;
  };
  let longest = 0;
  let chain = [];
  for (const entry of requests.values()) {
    const value = depth(entry.url);
    if (value > longest) {
      longest = value;
      chain = [];
      for (
        let url = entry.url;
        url !== undefined && byUrl.get(url)?.type === 'Script';
        url = byUrl.get(url).initiator
      ) {
        if (url.includes(onlyUnder)) chain.unshift(path.basename(new URL(url).pathname));
      }
    }
  }
  return { longest, chain };
}

async function load(browser, app, pageUrl, legalName) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`${app}: pageerror: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (latency > 0) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const requests = recordRequests(cdp);
    await page.addInitScript(watchForUsable, { app, legalName });
    await page.goto(`${pageUrl}/support`);
    const usableHandle = await page.waitForFunction(() => window.__usableAt, null, { timeout: 30_000 });
    const usableAt = await usableHandle.jsonValue();
    const shown = await page.evaluate(() => window.__shown);
    const navigationStart = [...requests.values()].find((entry) => entry.type === 'Document')?.start ?? 0;
    const timeline = [...requests.values()]
      .filter((entry) => entry.type === 'Script' || entry.type === 'Fetch' || entry.type === 'Stylesheet')
      .map((entry) => ({
        ...entry,
        startMs: (entry.start - navigationStart) * 1000,
        endMs: entry.end === null ? null : (entry.end - navigationStart) * 1000,
      }));
    return { usableAt, requests, timeline, shown };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function firstLoadSize(result, fileOf, usableAt) {
  let raw = 0;
  let gzip = 0;
  const seen = new Set();
  for (const entry of result.timeline) {
    if (entry.type === 'Fetch' || entry.startMs > usableAt || seen.has(entry.url)) continue;
    seen.add(entry.url);
    const file = fileOf(new URL(entry.url).pathname);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

const floorDir = await buildFloor();
const api = await startContractServer({ host, port: 0 });
const servers = [];
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const seller = await (
    await fetch(`${api.apiBaseUrl}/context`, { headers: { Authorization: 'Bearer demo-token' } })
  ).json();
  const legalName = seller.seller.legalName;
  const map = importMap(floorDir);
  const pages = {};
  for (const app of Object.keys(apps)) {
    const started = await startPageServer(app, map, floorDir, api.apiBaseUrl);
    servers.push(started.server);
    pages[app] = started;
  }

  // One load of each before measuring: the browser's own first start (its caches of compiled
  // code are per profile, and every load here has a fresh one) is no app's cost.
  await load(browser, 'floor', pages.floor.url, legalName);
  await load(browser, 'module', pages.module.url, legalName);

  const results = { module: [], floor: [] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ['module', 'floor'] : ['floor', 'module'];
    for (const app of order) results[app].push(await load(browser, app, pages[app].url, legalName));
    log(
      `round ${round + 1}/${rounds}: module ${ms(results.module.at(-1).usableAt)}, floor ${ms(results.floor.at(-1).usableAt)}`,
    );
  }

  const times = (app) => results[app].map((result) => result.usableAt);
  const ratios = results.module.map((result, index) => result.usableAt / results.floor[index].usableAt);
  const medianRatio = median(ratios);
  // The module's round closest to its median, for the request timeline.
  const moduleMedian = median(times('module'));
  const typical = [...results.module].sort(
    (a, b) => Math.abs(a.usableAt - moduleMedian) - Math.abs(b.usableAt - moduleMedian),
  )[0];
  const depth = chainDepth(typical.requests, moduleUrlBase);
  const depths = results.module.map((result) => chainDepth(result.requests, moduleUrlBase).longest);
  const moduleSize = firstLoadSize(typical, pages.module.fileOf, typical.usableAt);
  const floorTypical = results.floor[0];
  const floorSize = firstLoadSize(floorTypical, pages.floor.fileOf, floorTypical.usableAt);
  const vendorSize = firstLoadSize(
    { timeline: typical.timeline.filter((entry) => !entry.url.includes(moduleUrlBase)) },
    pages.module.fileOf,
    typical.usableAt,
  );

  const label = (entry) => {
    const { pathname, search } = new URL(entry.url);
    if (entry.type === 'Fetch') return `${pathname.replace(/^.*\/v1/, '')}${search}`;
    return pathname.replace(moduleUrlBase, '');
  };
  const timeline = typical.timeline
    .filter((entry) => entry.startMs <= typical.usableAt)
    .sort((a, b) => a.startMs - b.startMs)
    .map(
      (entry) =>
        `  ${ms(entry.startMs).padStart(7)} → ${entry.endMs === null ? '   …' : ms(entry.endMs).padStart(7)}  ${label(entry)}`,
    );
  const apiStarts = (pattern, result = typical) => {
    const hits = result.timeline.filter(
      (entry) => entry.type === 'Fetch' && pattern.test(new URL(entry.url).pathname),
    );
    return hits.length === 0 ? 'not asked' : hits.map((entry) => ms(entry.startMs)).join(', ');
  };
  const over = medianRatio > goal;
  process.stdout.write(
    [
      `First screen usable (subject field usable, seller's identity shown): ${rounds} interleaved rounds, production builds, strict CSP, contract HTTP server on loopback (${latency > 0 ? `${latency} ms added to every round trip` : 'no latency'}, no compression), fresh profile per load`,
      `module: median ${ms(median(times('module')))}, min–max ${ms(Math.min(...times('module')))}–${ms(Math.max(...times('module')))}`,
      `floor:  median ${ms(median(times('floor')))}, min–max ${ms(Math.min(...times('floor')))}–${ms(Math.max(...times('floor')))}`,
      `module / floor: median of per-round ratios ${medianRatio.toFixed(2)} (min–max ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; goal ≤ ${goal}) ${over ? 'OVER' : 'ok'}`,
      `module's chunk chain depth (longest chain of dependent script loads of its own files): ${depth.longest} (${depth.chain.join(' → ')}); in every round ${Math.min(...depths)}–${Math.max(...depths)}`,
      `first load until usable, gzip: module's files ${kb(moduleSize.gzip - vendorSize.gzip)} (${kb(moduleSize.raw - vendorSize.raw)} raw); floor's files ${kb(floorSize.gzip - vendorSize.gzip)}; shared React, ReactDOM, single-spa and root config ${kb(vendorSize.gzip)}`,
      `API requests' start (module, its median round): /context ${apiStarts(/\/context$/)}; /policy ${apiStarts(/\/policy$/)}; /orders ${apiStarts(/\/orders$/)}`,
      `floor's /context start (its first round): ${apiStarts(/\/context$/, floorTypical)}`,
      `requests of the module's median round (${ms(typical.usableAt)}), start → end since navigation:`,
      ...timeline,
      ...(trace
        ? [
            "what the module's median round showed, since navigation:",
            ...[...typical.shown]
              .sort((a, b) => a.at - b.at)
              .map(({ at, text }) => `  ${ms(at).padStart(7)}  ${JSON.stringify(text)}`),
          ]
        : []),
      '',
    ].join('\n'),
  );
  if (strict && over) process.exitCode = 1;
} catch (error) {
  process.exitCode = 1;
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await browser.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await api.close();
  await rm(floorDir, { recursive: true, force: true });
}
