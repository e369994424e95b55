/**
 * Starts the "mocks off" stack for the journeys: the contract HTTP server (the mocks'
 * handlers behind a real socket) with its own seller, and a cabinet server whose
 * API_BASE_URL points at it. With `--foreign`, the server answers as a newer server of the
 * contract would, on ports of its own. Run by playwright.config.ts; stops on SIGTERM or SIGINT.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startContractServer } from '../../mocks/src/http-server';
import {
  cabinetWithForeignServer,
  cabinetWithServer,
  contractServer,
  foreignContractServer,
  foreignSeller,
  serverSeller,
} from './servers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const foreign = process.argv.includes('--foreign');
const [server, cabinetServer, seller] = foreign
  ? [foreignContractServer, cabinetWithForeignServer, foreignSeller]
  : [contractServer, cabinetWithServer, serverSeller];

const api = await startContractServer({
  host: server.host,
  port: server.port,
  dataset: { seller },
  foreign,
});

const cabinet = spawn(process.execPath, ['apps/host/scripts/serve.mjs'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: cabinetServer.host,
    PORT: String(cabinetServer.port),
    API_BASE_URL: api.apiBaseUrl,
  },
});

let stopping = false;
async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  cabinet.kill('SIGTERM');
  await api.close();
  process.exit(exitCode);
}

cabinet.on('exit', (code) => {
  // The cabinet dying on its own (port taken, no build) must fail the run, not hang it.
  void stop(stopping ? 0 : (code ?? 1));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stop(0);
  });
}
