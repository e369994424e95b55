// `npm start`: makes the machine ready (bootstrap), builds the module and the demo cabinet
// quietly (the per-file size tables belong to the test output, `pnpm size`), and serves the
// cabinet until Ctrl+C, which ends it quietly. Plain Node: the build's tools come from the
// workspace once bootstrap has installed it.
import { spawn, spawnSync } from 'node:child_process';
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
for (const project of ['packages/feedback', 'apps/host']) {
  step(bin('vite'), ['build', '--logLevel', 'warn', path.join(root, project)], `building ${project}`);
}

const server = spawn(process.execPath, [path.join(root, 'apps', 'host', 'scripts', 'serve.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl+C reaches the server too (one process group): it closes and exits 0, and so does this.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(signal === null ? (code ?? 0) : 0));
