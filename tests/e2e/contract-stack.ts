/**
 * Starts the "mocks off" stack for the journeys: the contract HTTP server (the mocks'
 * handlers behind a real socket) with its own seller, and a cabinet server whose
 * API_BASE_URL points at it. Run by playwright.config.ts; stops on SIGTERM or SIGINT.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startContractServer } from '../../mocks/src/http-server';
import { cabinetWithServer, contractServer, serverSeller } from './servers';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const api = await startContractServer({
  host: contractServer.host,
  port: contractServer.port,
  dataset: { seller: serverSeller },
});

const cabinet = spawn(process.execPath, ['apps/host/scripts/serve.mjs'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    HOST: cabinetWithServer.host,
    PORT: String(cabinetWithServer.port),
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
