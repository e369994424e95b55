// Makes a machine that has only Node and npm ready to build and test the project:
// checks Node, installs the workspace with a pinned pnpm when the lockfile is newer than
// the install, with --browser makes sure a Chromium is there for the browser tests, and with
// --postgres that PostgreSQL's server binaries are there for the tests that start a throwaway
// cluster (tests/setup/postgres.ts).
// Prints nothing when there is nothing to do. Plain Node, no dependencies: it runs before
// any exist.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const minimumNode = { major: 20, minor: 19 };
const pnpmVersion = '10.34.9';
const debianChromium = '/usr/bin/chromium';
const debianPostgres = '/usr/lib/postgresql';
const flags = ['--browser', '--postgres'];

function say(line) {
  process.stdout.write(`bootstrap: ${line}\n`);
}

function fail(...lines) {
  process.stderr.write(lines.map((line) => `bootstrap: ${line}\n`).join(''));
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    fail(`"${[command, ...args].join(' ')}" failed (${result.signal ?? `exit code ${result.status}`}).`);
  }
}

function checkArguments() {
  const unknown = process.argv.slice(2).filter((argument) => !flags.includes(argument));
  if (unknown.length > 0)
    fail(`unknown argument ${unknown.join(' ')}. Usage: node scripts/bootstrap.mjs [--browser] [--postgres]`);
}

function checkNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > minimumNode.major || (major === minimumNode.major && minor >= minimumNode.minor)) return;
  fail(
    `Node ${minimumNode.major}.${minimumNode.minor} or newer is needed; this is Node ${process.versions.node}.`,
    'Install a current Node LTS (https://nodejs.org/) and run the command again.',
  );
}

function dependenciesAreCurrent() {
  // pnpm rewrites node_modules/.modules.yaml on every install: a lockfile newer than it
  // means somebody changed dependencies since this machine installed them.
  const installed = path.join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(installed)) return false;
  return statSync(path.join(root, 'pnpm-lock.yaml')).mtimeMs <= statSync(installed).mtimeMs;
}

function installDependencies() {
  if (dependenciesAreCurrent()) return;
  say(`installing dependencies with pnpm ${pnpmVersion} (exactly as pnpm-lock.yaml pins them)…`);
  // npx fetches the pinned pnpm through npm, which works wherever npm does; corepack's
  // bundled signing keys are stale. The lockfile is never rewritten here, in CI or not.
  const windows = process.platform === 'win32';
  run(windows ? 'npx.cmd' : 'npx', ['-y', `pnpm@${pnpmVersion}`, 'install', '--frozen-lockfile'], {
    shell: windows,
  });
  // An install that found nothing to change may leave the marker's time alone.
  const now = new Date();
  utimesSync(path.join(root, 'node_modules', '.modules.yaml'), now, now);
  say('dependencies installed.');
}

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function ensureChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (isExecutableFile(chosen)) return;
    // Falling back to another browser would only hide the mistake until the tests start.
    fail(
      `CHROMIUM_PATH is set to ${chosen}, which is not an executable file.`,
      `Point it at a Chromium binary, or unset it to use Debian's ${debianChromium}.`,
    );
  }
  if (isExecutableFile(debianChromium)) return;

  const help = [
    `The browser tests need Chromium and there is none at ${debianChromium}.`,
    'Install Debian\'s package ("sudo apt-get install chromium"),',
    "or set CHROMIUM_PATH to any Chromium binary. (Playwright's own browser download is not used.)",
  ];
  if (process.getuid?.() !== 0) fail(...help);
  if (!isExecutableFile('/usr/bin/apt-get')) fail('This is not a Debian-like system (no apt-get).', ...help);

  say("installing Debian's chromium package (apt-get, about 30 s)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-q', 'update'], { env });
  run('apt-get', ['-q', 'install', '-y', 'chromium'], { env });
  if (!isExecutableFile(debianChromium)) fail(`apt-get finished but ${debianChromium} is still missing.`);
  say(`Chromium installed at ${debianChromium}.`);
}

/** The newest of Debian's PostgreSQL versions with server binaries, as tests/setup/postgres.ts finds it. */
function debianPostgresBin() {
  if (!existsSync(debianPostgres)) return undefined;
  const versions = readdirSync(debianPostgres)
    .filter(
      (name) => /^\d+$/.test(name) && isExecutableFile(path.join(debianPostgres, name, 'bin', 'initdb')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : path.join(debianPostgres, versions[0], 'bin');
}

function ensurePostgres() {
  const chosen = process.env.PG_BIN;
  if (chosen) {
    if (['initdb', 'pg_ctl', 'psql'].every((name) => isExecutableFile(path.join(chosen, name)))) return;
    fail(
      `PG_BIN is set to ${chosen}, which does not hold initdb, pg_ctl and psql.`,
      `Point it at a PostgreSQL bin directory, or unset it to use Debian's under ${debianPostgres}.`,
    );
  }
  if (debianPostgresBin() !== undefined) return;

  const help = [
    `The tests that need a PostgreSQL server found none under ${debianPostgres}.`,
    'Install Debian\'s package ("sudo apt-get install postgresql"),',
    'or set PG_BIN to the bin directory of any PostgreSQL install (initdb, pg_ctl, psql).',
  ];
  if (process.getuid?.() !== 0) fail(...help);
  if (!isExecutableFile('/usr/bin/apt-get')) fail('This is not a Debian-like system (no apt-get).', ...help);

  say("installing Debian's postgresql package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-q', 'update'], { env });
  run('apt-get', ['-q', 'install', '-y', 'postgresql'], { env });
  const bin = debianPostgresBin();
  if (bin === undefined)
    fail(`apt-get finished but there are still no server binaries under ${debianPostgres}.`);
  say(`PostgreSQL installed at ${bin}.`);
}

checkArguments();
checkNode();
installDependencies();
if (process.argv.includes('--browser')) ensureChromium();
if (process.argv.includes('--postgres')) ensurePostgres();
