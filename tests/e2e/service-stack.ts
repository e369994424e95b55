/**
 * Starts the demo as `npm start` runs it, for the journeys: the support service (apps/service) on
 * its embedded database in a fresh temporary data directory, and the cabinet pointed at it. Run by
 * playwright.config.ts; stops both on SIGTERM or SIGINT and removes the data.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cabinetWithService, supportService } from './servers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'seller-support-e2e-'));
const serviceOrigin = `http://${supportService.host}:${supportService.port}`;

const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: path.join(repoRoot, 'apps/service'),
  // Its JSON log lines are the service's business, not the journeys' output.
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    HOST: supportService.host,
    PORT: String(supportService.port),
    DATA_DIR: dataDir,
    CORS_ORIGIN: cabinetWithService.url,
  },
});

async function ready(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${serviceOrigin}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let stopping = false;
const cabinets: ReturnType<typeof spawn>[] = [];
function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const cabinet of cabinets) cabinet.kill('SIGTERM');
  service.kill('SIGTERM');
  service.on('exit', () => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(exitCode);
  });
}
// Either dying on its own (port taken, no build) must fail the run, not hang it.
service.on('exit', (code) => {
  if (!stopping) stop(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));

await ready();
const cabinet = spawn(process.execPath, ['apps/host/scripts/serve.mjs'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: cabinetWithService.host,
    PORT: String(cabinetWithService.port),
    API_BASE_URL: `${serviceOrigin}/api/seller-support/v1`,
  },
});
cabinets.push(cabinet);
cabinet.on('exit', (code) => {
  if (!stopping) stop(code ?? 1);
});
