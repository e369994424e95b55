// `npm start`: makes the machine ready (bootstrap), builds the module and the demo cabinet
// quietly (the per-file size tables belong to the test output, `pnpm size`), starts the support
// service (apps/service, on its embedded database in apps/service/.data, so what a seller sends is
// there after a reload and a restart), and serves the cabinet on it until Ctrl+C, which ends both
// quietly. Plain Node: the build's tools come from the workspace once bootstrap has installed it.
//
//   MOCKS=1         the cabinet answers with its in-browser mocks instead (a scripted moderator)
//   API_BASE_URL    the cabinet talks to that server instead; no service is started
//   SERVICE_PORT    the service's port (default 4180); PORT and HOST are the cabinet's
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`start: ${what} failed; see the lines above.\n`);
    process.exit(result.status ?? 1);
  }
}

step(process.execPath, [path.join(root, 'scripts', 'bootstrap.mjs')], 'preparing the machine');
process.stdout.write('start: building the module and the demo cabinet…\n');
for (const project of ['packages/feedback', 'packages/desk', 'apps/host']) {
  step(bin('vite'), ['build', '--logLevel', 'warn', path.join(root, project)], `building ${project}`);
}

const host = process.env.HOST || '127.0.0.1';
const cabinetPort = Number(process.env.PORT || 4173);
const servicePort = Number(process.env.SERVICE_PORT || 4180);
const children = [];
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  let left = children.length;
  if (left === 0) process.exit(code);
  for (const child of children) child.on('exit', () => (left -= 1) === 0 && process.exit(code));
}
// Ctrl+C reaches the children too (one process group): they close and exit 0, and so does this.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));

/** Starts the service and resolves once it answers /readyz; its JSON log goes to a file. */
async function startService() {
  const dataDir = process.env.DATA_DIR || path.join(root, 'apps', 'service', '.data');
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'service.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const service = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'apps', 'service', 'src', 'main.ts')],
    {
      cwd: path.join(root, 'apps', 'service'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(servicePort),
        HOST: host,
        DATA_DIR: dataDir,
        CORS_ORIGIN:
          process.env.CORS_ORIGIN || `http://${host}:${cabinetPort},http://localhost:${cabinetPort}`,
      },
    },
  );
  children.push(service);
  service.stdout.pipe(log);
  service.stderr.pipe(process.stderr);
  service.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`start: the support service stopped (exit ${code}); its log: ${logFile}\n`);
      stopAll(1);
    }
  });
  const origin = `http://${host}:${servicePort}`;
  for (let waited = 0; ; waited += 200) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (waited > 60_000) {
      process.stderr.write(`start: the support service did not get ready in a minute; its log: ${logFile}\n`);
      stopAll(1);
      return new Promise(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.stdout.write(
    `start: the support service is at ${origin} (data in ${dataDir}, log in ${logFile})\n`,
  );
  return `${origin}/api/seller-support/v1`;
}

const useService = process.env.MOCKS !== '1' && !process.env.API_BASE_URL;
const apiBaseUrl = useService ? await startService() : process.env.API_BASE_URL;
const cabinet = spawn(process.execPath, [path.join(root, 'apps', 'host', 'scripts', 'serve.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...(apiBaseUrl ? { API_BASE_URL: apiBaseUrl } : {}) },
});
children.push(cabinet);
cabinet.on('exit', (code, signal) => stopAll(signal === null ? (code ?? 0) : 0));
