// Benchmark (a script, not a test): what an idle refresh of a request page costs, by the size of
// its history. The contract's HTTP server (the mocks behind a real socket) holds a request of 10,
// 500 and 5,000 events; a production build of the request page, in Debian's Chromium, reads it
// and then refreshes it as its 12 s poll does, one refresh at a time, with nothing new on the
// server. For each size it prints the bytes that crossed the wire per refresh (request headers,
// response headers and body; no compression, as the contract server sends none) and the main
// thread's work per refresh (the renderer's task time from the poll to a settled page), three ways
// in the same run:
// - full: a server without the contract's optional parts, so the page reads the whole ticket
//   again (the baseline: what every refresh cost before);
// - etag: a server with `ETag` on `GET /tickets/{id}` only, answered 304;
// - events: a server with `GET /tickets/{id}/events?after=` (and the ticket's `eventsCursor`).
// Then one refresh that brings a moderator's new message, each way. Target: an idle refresh of
// the 5,000-event request under 5 KB and under 5 ms of main-thread work, incrementally; exits 1
// when missed.
//   pnpm bench:poll [--polls 20] [--rounds 3] [--sizes 10,500,5000]
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { startContractServer } from '../../mocks/src/http-server.ts';
import { chromiumLaunchOptions } from '../setup/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const polls = Number(option('--polls', '20'));
const rounds = Number(option('--rounds', '3'));
const gapMs = 100;
const warmUpPolls = 3;
const sizes = option('--sizes', '10,500,5000').split(',').map(Number);
const target = { bytes: 5 * 1024, ms: 5 };
const pagePort = 4327;
const benchPage = 'tests/benchmarks/poll-bench.html';
const modes = {
  full: ['ticketEtag', 'ticketEvents'],
  etag: ['ticketEvents'],
  events: [],
};

const log = (text) => process.stderr.write(`[bench] ${text}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) =>
  bytes < 10_240 ? `${(bytes / 1024).toFixed(2)} KB` : `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const pad = (text, width) => text.padEnd(width);

// One contract server per size, each under a path of its own that the page's server passes on, so
// the page calls its API on its own origin as a host's cabinet does (no CORS preflights).
const contracts = new Map();
for (const size of sizes) {
  contracts.set(
    size,
    await startContractServer({
      port: 0,
      baseUrl: `/s${size}/api/seller-support/v1`,
      dataset: { tickets: { longConversation: size } },
      moderator: false,
    }),
  );
}

const common = {
  root,
  configFile: false,
  logLevel: 'error',
  plugins: [react()],
};
const outDir = await mkdtemp(path.join(tmpdir(), 'poll-bench-'));
await build({
  ...common,
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: path.join(root, benchPage) },
  },
});
const server = await preview({
  ...common,
  build: { outDir },
  preview: {
    host: '127.0.0.1',
    port: pagePort,
    strictPort: true,
    proxy: Object.fromEntries([...contracts].map(([size, contract]) => [`/s${size}/`, contract.url])),
  },
});

/** The size of a request's header block on the wire, as HTTP/1.1 writes it. */
function headerBytes(headers) {
  return Object.entries(headers).reduce(
    (sum, [name, value]) => sum + name.length + String(value).length + 4,
    0,
  );
}

/**
 * Everything that crossed the wire for the ticket's reads (not the CORS preflight, which the page
 * sends once and then keeps for ten minutes): request line and headers, response headers and body.
 */
function trackTicketTraffic(cdp, ticketPath) {
  const requests = new Map();
  let bytes = 0;
  let reads = 0;
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.method !== 'GET' || !new URL(request.url).pathname.includes(ticketPath)) return;
    const url = new URL(request.url);
    requests.set(
      requestId,
      `GET ${url.pathname}${url.search} HTTP/1.1\r\n`.length + headerBytes(request.headers),
    );
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const sent = requests.get(requestId);
    if (sent === undefined) return;
    requests.delete(requestId);
    bytes += sent + encodedDataLength;
    reads += 1;
  });
  return {
    take() {
      const taken = { bytes, reads };
      bytes = 0;
      reads = 0;
      return taken;
    },
  };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** The renderer's main-thread task time while the page runs `script(count, gapMs)`, in ms. */
async function mainThreadMs(page, cdp, script, count) {
  const before = await taskSeconds(cdp);
  await page.evaluate(([name, n, gap]) => window[name](n, gap), [script, count, gapMs]);
  return ((await taskSeconds(cdp)) - before) * 1000;
}

/**
 * What `count` refreshes cost, each: the main thread's time over a window of refreshes less its
 * time over as long a window without any (the page's own timers, the measuring itself), over
 * `count`; and the bytes of the ticket's reads in that window, over `count`.
 */
async function measurePolls(page, cdp, traffic, count) {
  const idleMs = await mainThreadMs(page, cdp, '__idle', count);
  traffic.take();
  const pollsMs = await mainThreadMs(page, cdp, '__polls', count);
  // The last bytes may be reported a moment after the answer was read.
  let sent = traffic.take();
  for (let tries = 0; sent.reads < count && tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const more = traffic.take();
    sent = { bytes: sent.bytes + more.bytes, reads: sent.reads + more.reads };
  }
  return { bytes: sent.bytes / count, workMs: Math.max(0, pollsMs - idleMs) / count, idleMs: idleMs / count };
}

const browser = await chromium.launch(chromiumLaunchOptions);
const results = [];
try {
  for (const [size, contract] of contracts) {
    try {
      const id = contract.store.listTickets().items.find((ticket) => ticket.number === '108')?.id;
      if (id === undefined) throw new Error('the dataset has no long conversation');
      const events = contract.store.getTicket(id).events.length;
      for (const [mode, without] of Object.entries(modes)) {
        for (const feature of ['ticketEtag', 'ticketEvents'])
          contract.scenario.setOffered(feature, !without.includes(feature));
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('pageerror', (error) => log(`pageerror: ${error.message}`));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Performance.enable');
        const traffic = trackTicketTraffic(cdp, `/tickets/${id}`);
        const query = new URLSearchParams({ api: `/s${size}/api/seller-support/v1`, id });
        await page.goto(`http://127.0.0.1:${pagePort}/${benchPage}?${query}`);
        await page.getByRole('heading', { level: 1, name: 'Обращение № 108' }).waitFor({ timeout: 60_000 });
        await page.waitForFunction(() => typeof window.__polls === 'function');
        traffic.take();
        // The first refreshes after opening take what opening changed (the request marked read).
        await measurePolls(page, cdp, traffic, warmUpPolls);
        const idle = [];
        for (let round = 0; round < rounds; round += 1)
          idle.push(await measurePolls(page, cdp, traffic, polls));

        const body = `Проверили: выплата придёт завтра до 18:00 (${mode}).`;
        contract.store.addModeratorEvent(id, { kind: 'message', author: 'moderator', body, attachments: [] });
        const change = await measurePolls(page, cdp, traffic, 1);
        await page
          .getByText(body)
          .waitFor({ timeout: 10_000 })
          .catch(() => log(`${mode} ${size}: the new message did not show`));
        results.push({ size, events, mode, idle, change });
        await context.close();
      }
    } finally {
      await contract.close();
    }
  }

  const lines = [
    `Request page refresh by history size (production build, Debian's Chromium, contract server on loopback, no compression)`,
    `per idle refresh: the median of ${rounds} rounds of ${polls} refreshes ${gapMs} ms apart, main-thread time net of as long a wait without refreshes (min–max of the rounds)`,
    `${pad('events', 8)}${pad('way', 8)}${pad('idle: bytes', 13)}${pad('idle: main thread', 26)}${pad('new message: bytes', 20)}new message: main thread`,
  ];
  for (const { events, mode, idle, change } of results) {
    const bytes = median(idle.map((round) => round.bytes));
    const work = idle.map((round) => round.workMs);
    lines.push(
      `${pad(String(events), 8)}${pad(mode, 8)}${pad(kb(bytes), 13)}${pad(`${ms(median(work))} (${ms(Math.min(...work))}–${ms(Math.max(...work))})`, 26)}${pad(kb(change.bytes), 20)}${ms(change.workMs)}`,
    );
  }
  const largest = results.filter((result) => result.size === Math.max(...sizes) && result.mode === 'events');
  for (const { events, idle } of largest) {
    const bytes = median(idle.map((round) => round.bytes));
    const work = median(idle.map((round) => round.workMs));
    const met = bytes < target.bytes && work < target.ms;
    lines.push(
      `target for ${events} events, incremental idle refresh under ${kb(target.bytes)} and ${ms(target.ms)}: ${kb(bytes)}, ${ms(work)}: ${met ? 'met' : 'MISSED'}`,
    );
    if (!met) process.exitCode = 1;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.exitCode = 1;
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await browser.close();
  await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
  process.exit();
}
