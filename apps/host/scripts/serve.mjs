// Serves the built demo cabinet (apps/host/dist) with nothing but Node's standard library.
//
//   HOST          interface to listen on (default 127.0.0.1)
//   PORT          port (default 4173)
//   API_BASE_URL  a real support API; without it the cabinet answers with in-browser mocks
//   EXPOSE_MOCKS  "1" puts the in-browser mocks on globalThis for e2e tests (never for `npm start`)
//   CSP           "off" drops the Content-Security-Policy header; by default every response
//                 carries a strict one (no 'unsafe-inline', no 'unsafe-eval'), as a careful
//                 production cabinet would, so the demo proves the module works under it
//
// Paths without a file extension get index.html, so a deep link such as /support/anything
// works on first load; /host-config.json is generated from the environment.
//
// Under the CSP, inline scripts and styles run only with the nonce of their response: each
// index.html gets a fresh one on its inline import map, its scripts and styles, and in
// `<meta property="csp-nonce">` (Vite's convention: its preload helper reads it too), from
// which the root config hands it to the module as the `nonce` prop.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4173);
const apiBaseUrl = process.env.API_BASE_URL;

const exposeMocks = process.env.EXPOSE_MOCKS === '1';
const csp = process.env.CSP !== 'off';

// The moderator's desk talks to the desk API beside the seller's (`/api/desk/v1` on the service),
// or to DESK_API_BASE_URL.
const deskApiBaseUrl =
  process.env.DESK_API_BASE_URL ||
  (apiBaseUrl ? apiBaseUrl.replace(/\/api\/seller-support\/v1\/?$/, '/api/desk/v1') : '/api/desk/v1');

const hostConfig = JSON.stringify(
  apiBaseUrl
    ? { apiBaseUrl, deskApiBaseUrl, mocks: false }
    : {
        apiBaseUrl: '/api/seller-support/v1',
        deskApiBaseUrl,
        mocks: true,
        ...(exposeMocks ? { exposeMocks: true } : {}),
      },
);

// A real API on another origin must be reachable from the page; the mocks answer on this one.
const apiOrigin = apiBaseUrl && /^https?:\/\//i.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : null;

/** The policy for one response; `nonce` is that response's, when it is a page. */
function contentSecurityPolicy(nonce) {
  const withNonce = nonce ? ` 'nonce-${nonce}'` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${withNonce}`,
    `style-src 'self'${withNonce}`,
    // blob: for the thumbnails of photos the seller attaches; data: for the inline favicon.
    "img-src 'self' blob: data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    // MSW's service worker, served from this origin.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** index.html with `nonce` on every inline or external script and style, and in the csp-nonce meta. */
function withNonce(html, nonce) {
  return html
    .replace(/<(script|style)\b/g, `<$1 nonce="${nonce}"`)
    .replace('</head>', `  <meta property="csp-nonce" nonce="${nonce}" />\n  </head>`);
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries. */
function commonHeaders(nonce) {
  return {
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(csp ? { 'content-security-policy': contentSecurityPolicy(nonce) } : {}),
  };
}

function send(response, status, body, type = 'text/plain; charset=utf-8', nonce = undefined) {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...commonHeaders(nonce),
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

async function fileFor(pathname) {
  const candidate = path.join(distDir, pathname);
  // path.join normalises "..", so anything outside dist is a request we refuse.
  if (candidate !== distDir && !candidate.startsWith(distDir)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return { file: candidate, size: info.size };
  return null;
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'Method Not Allowed\n');
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(response, 400, 'Bad Request\n');
    return;
  }
  if (pathname === '/host-config.json') {
    send(response, 200, hostConfig, contentTypes['.json']);
    return;
  }

  const extension = path.extname(pathname);
  const found = await fileFor(extension === '' ? '/index.html' : pathname);
  if (found === null) {
    send(response, 404, 'Not Found\n');
    return;
  }
  const type = contentTypes[path.extname(found.file)] ?? 'application/octet-stream';
  if (csp && type === contentTypes['.html']) {
    // Read per request: the nonce differs every time, and a rebuild shows up without a restart.
    const nonce = randomBytes(16).toString('base64');
    send(response, 200, withNonce(await readFile(found.file, 'utf8'), nonce), type, nonce);
    return;
  }
  response.writeHead(200, {
    'content-type': type,
    'content-length': found.size,
    // Entry files keep stable names (index.html, the import map's targets), so the browser
    // must revalidate; it gets a cheap answer from its cache when nothing changed.
    ...commonHeaders(),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const indexHtml = await fileFor('/index.html');
if (indexHtml === null) {
  process.stderr.write(`No build in ${distDir}: run "pnpm run build" at the repository root first.\n`);
  process.exit(1);
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    process.stderr.write(`${request.method} ${request.url}: ${error?.stack ?? error}\n`);
    if (!response.headersSent) send(response, 500, 'Internal Server Error\n');
    else response.destroy();
  });
});

server.on('error', (error) => {
  process.stderr.write(`Cannot serve the cabinet on ${host}:${port}: ${error.message}\n`);
  process.exit(1);
});

server.listen(port, host, () => {
  const api = apiBaseUrl ? `API ${apiBaseUrl}` : exposeMocks ? 'mocked API, exposed for tests' : 'mocked API';
  const mode = `${api}, ${csp ? 'strict CSP' : 'no CSP'}`;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`Seller cabinet: http://${shownHost}:${port}/support (${mode}); Ctrl+C stops it\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; the process is leaving anyway.
    server.closeAllConnections();
  });
}
