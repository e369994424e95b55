// The package a host team installs: the built module (dist: entries, chunks, source maps,
// manifest.json, import-map.json) with its types (dist/types, scripts/build-types.mjs), this
// package's README, CHANGELOG and LICENSE, and a package.json made for it: exports with types for
// the three entries, React and single-spa as peers (the host's import map shares them), and zod
// for the types only (everything else is bundled). Run after `pnpm run build`:
//   node scripts/pack.mjs            → prints the path of the .tgz in dist-package/
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const out = path.join(root, 'dist-package');
const stage = path.join(out, 'package');

const source = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifestFile = path.join(dist, 'manifest.json');
if (!existsSync(manifestFile) || !existsSync(path.join(dist, 'types', 'seller-support.d.ts'))) {
  process.stderr.write(
    'No build with types in dist: run `pnpm --filter @seller-support/feedback build` first.\n',
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** The published entry of a specifier: its built file and its rolled-up types. */
const entry = (specifier, types) => ({
  types: `./types/${types}.d.ts`,
  default: `./${manifest.entries[specifier]}`,
});

const published = {
  name: source.name,
  version: source.version,
  description: source.description,
  license: source.license,
  type: 'module',
  // Importing the element's entry registers <seller-support>: a bundler must keep that import.
  sideEffects: [`./${manifest.entries[`${source.name}/element`]}`],
  exports: {
    '.': entry(source.name, 'seller-support'),
    './parcel': entry(`${source.name}/parcel`, 'seller-support-parcel'),
    './unread': entry(`${source.name}/unread`, 'seller-support-unread'),
    './element': entry(`${source.name}/element`, 'seller-support-element'),
    './manifest.json': './manifest.json',
    './import-map.json': './import-map.json',
  },
  types: './types/seller-support.d.ts',
  engines: { node: '>=20.19' },
  peerDependencies: { ...source.peerDependencies },
  // The types name zod's; at run time it is bundled like every other dependency.
  dependencies: { zod: source.dependencies.zod },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(dist, stage, { recursive: true, filter: (file) => !file.includes(`${path.sep}.types`) });
for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE'])
  cpSync(path.join(root, file), path.join(stage, file));
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);

const packed = JSON.parse(
  execFileSync('npm', ['pack', stage, '--pack-destination', out, '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  }),
);
process.stdout.write(`${path.join(out, packed[0].filename)}\n`);
