import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import * as z from 'zod/mini';

/** Shared with the back office's import map: one React and one single-spa for the whole page. */
const sharedDependencies = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa'];

const { name: packageName, version } = z.parse(
  z.object({ name: z.string(), version: z.string() }),
  JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')),
);

/** The desk's one entry: its file name in dist, and the bare specifier a host maps to it. */
const entryName = 'seller-support-desk';

/**
 * Writes `import-map.json` beside the build, as the seller's module does: the entry under its
 * specifier (relative to dist) and the integrity hash of every script, so a host follows the
 * file names instead of knowing them and the browser refuses a file that is not the one built.
 */
function importMapPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'seller-support-desk-import-map',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (output) => output.type === 'chunk' && output.isEntry && output.name === entryName,
      );
      if (entry === undefined) throw new Error(`the build has no entry ${entryName}`);
      const integrity = Object.fromEntries(
        Object.keys(bundle)
          .filter((file) => file.endsWith('.js'))
          .sort()
          .map((file) => [
            `./${file}`,
            `sha384-${createHash('sha384')
              .update(readFileSync(path.join(outDir, file)))
              .digest('base64')}`,
          ]),
      );
      const importMap = { imports: { [packageName]: `./${entry.fileName}` }, integrity };
      writeFileSync(path.join(outDir, 'import-map.json'), `${JSON.stringify(importMap, null, 2)}\n`);
      const manifest = { name: packageName, version, entries: { [packageName]: entry.fileName } };
      writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), importMapPlugin()],
  // Only the build is production: tests and Storybook need development React.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    lib: {
      entry: { [entryName]: 'src/entry.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.[hash].js`,
    },
    copyPublicDir: false,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      external: sharedDependencies,
      checks: { bundlerTimings: false },
      output: {
        minify: true,
        postBanner: `/*! ${packageName} ${version} */`,
      },
    },
  },
}));
