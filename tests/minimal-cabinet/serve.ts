/**
 * A second, minimal cabinet that adopts the module as a host team would from the README: it
 * installs the packed tarball (not the workspace), copies the package's files to a module path
 * of its own, merges the package's `import-map.json` into its page's import map (URLs and
 * integrity prefixed with that path), sends a strict CSP, and mounts the application at /help
 * (`root-config.js`). React and single-spa are the shared ES entries the README asks a host to
 * provide; this cabinet borrows the demo cabinet's built ones (apps/host/dist/vendor) rather
 * than building its own. The API is the contract's HTTP server with a seller of its own.
 *
 * Run by playwright.config.ts after `pnpm run build`; stops on SIGTERM or SIGINT.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startContractServer } from '../../mocks/src/http-server';
import { minimalCabinet, minimalCabinetApi, minimalCabinetSeller } from '../e2e/servers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const vendorDir = path.join(repoRoot, 'apps/host/dist');
const modulePath = '/modules/seller-support/';

// The host's install: the tarball unpacked where a package manager would put it.
const tarball = execFileSync(process.execPath, [path.join(repoRoot, 'packages/feedback/scripts/pack.mjs')], {
  encoding: 'utf8',
}).trim();
const installDir = mkdtempSync(path.join(tmpdir(), 'minimal-cabinet-'));
const packageDir = path.join(installDir, 'node_modules/@seller-support/feedback');
execFileSync('mkdir', ['-p', packageDir]);
execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

interface ImportMapSnippet {
  imports: Record<string, string>;
  integrity: Record<string, string>;
}
const isStringMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'string');
function readSnippet(file: string): ImportMapSnippet {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: not an import map`);
  const { imports, integrity } = { imports: undefined, integrity: undefined, ...parsed };
  if (!isStringMap(imports) || !isStringMap(integrity)) {
    throw new Error(`${file}: expected "imports" and "integrity" maps of strings`);
  }
  return { imports, integrity };
}
const snippet = readSnippet(path.join(packageDir, 'import-map.json'));
const underModulePath = (url: string): string => new URL(url, `http://cabinet${modulePath}`).pathname;
const importMap = JSON.stringify({
  imports: {
    react: '/vendor/react.js',
    'react-dom': '/vendor/react-dom.js',
    'react-dom/client': '/vendor/react-dom-client.js',
    'react/jsx-runtime': '/vendor/react-jsx-runtime.js',
    'single-spa': '/vendor/single-spa.min.js',
    ...Object.fromEntries(Object.entries(snippet.imports).map(([name, url]) => [name, underModulePath(url)])),
  },
  integrity: Object.fromEntries(
    Object.entries(snippet.integrity).map(([url, hash]) => [underModulePath(url), hash]),
  ),
});

const api = await startContractServer({
  host: minimalCabinetApi.host,
  port: minimalCabinetApi.port,
  dataset: { seller: minimalCabinetSeller },
});
const latestOrder = api.store.getContext().inTransit[0]?.id ?? '';
const apiOrigin = new URL(api.apiBaseUrl).origin;

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function policy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    `connect-src 'self' ${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

async function page(response: ServerResponse): Promise<void> {
  const nonce = randomBytes(16).toString('base64');
  const head = [
    `<meta property="csp-nonce" nonce="${nonce}" />`,
    `<meta name="support-api" content="${api.apiBaseUrl}" />`,
    `<meta name="latest-order" content="${latestOrder}" />`,
    `<script type="importmap" nonce="${nonce}">${importMap}</script>`,
  ].join('\n    ');
  const html = (await readFile(path.join(here, 'index.html'), 'utf8')).replace('<!--host-head-->', head);
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy(nonce),
    'Cache-Control': 'no-store',
  });
  response.end(html);
}

/** A file under `dir`, or null when the path leaves it or names nothing. */
async function file(dir: string, relative: string): Promise<Buffer | null> {
  const base = path.resolve(dir);
  const target = path.resolve(base, relative);
  if (!target.startsWith(base + path.sep)) return null;
  try {
    return await readFile(target);
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  void (async () => {
    const { pathname } = new URL(request.url ?? '/', 'http://cabinet');
    if (pathname === '/healthz') {
      response.writeHead(200).end('ok');
      return;
    }
    const [dir, relative] = pathname.startsWith(modulePath)
      ? [packageDir, pathname.slice(modulePath.length)]
      : pathname.startsWith('/vendor/') || pathname.startsWith('/assets/')
        ? [vendorDir, pathname.slice(1)]
        : pathname === '/root-config.js'
          ? [here, 'root-config.js']
          : [null, ''];
    if (dir === null) {
      // Every other address is the cabinet's page: single-spa decides what shows there.
      if (path.extname(pathname) === '') await page(response);
      else response.writeHead(404).end();
      return;
    }
    const body = await file(dir, relative);
    if (body === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[path.extname(relative)] ?? 'application/octet-stream',
      // Hashed names: the README's advice; the import map (in the page) is what is never cached.
      'Cache-Control': pathname.startsWith(modulePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(body);
  })();
});
server.listen(minimalCabinet.port, minimalCabinet.host);

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close();
  void api.close().then(() => {
    rmSync(installDir, { recursive: true, force: true });
    process.exit(0);
  });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
