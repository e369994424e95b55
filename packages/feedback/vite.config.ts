import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import * as z from 'zod/mini';

/** Shared with the host's import map: one React and one single-spa for the whole page. */
const sharedDependencies = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa'];

// The version goes into every artefact, so a host (and whoever reads its network tab) knows the release.
const { name: packageName, version } = z.parse(
  z.object({ name: z.string(), version: z.string() }),
  JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')),
);

/**
 * The module's entries: the single-spa application (the support pages), the parcel (the "ask
 * about this order" dialog), the unread count for host pages without the module (no React) and
 * the `<seller-support>` element for pages without single-spa.
 * Keys are the file names in dist; values the bare specifiers a host maps to them. One build, so
 * the entries share their chunks.
 */
const entries = {
  'seller-support': { source: 'src/entry.ts', specifier: packageName },
  'seller-support-parcel': { source: 'src/parcel.ts', specifier: `${packageName}/parcel` },
  'seller-support-unread': { source: 'src/unread.ts', specifier: `${packageName}/unread` },
  'seller-support-element': { source: 'src/element.ts', specifier: `${packageName}/element` },
} as const;

/**
 * Writes what a host needs to deploy this build next to the code: `manifest.json` (package,
 * version, the entry file per specifier, every file with its subresource-integrity hash) and
 * `import-map.json`, a snippet whose URLs are relative to the folder dist is served from (the
 * host prefixes that folder). Every script's name carries its content hash, so all of them may
 * be cached forever; only the import map (or the manifest) is fetched fresh to pick a release.
 * Written after the files are, because the hashes are of the bytes on disk.
 */
function releaseArtefactsPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'seller-support-release-artefacts',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const entryFiles: Record<string, string> = {};
      for (const [name, { specifier }] of Object.entries(entries)) {
        const entry = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === name,
        );
        if (entry === undefined) throw new Error(`the build has no entry ${name}`);
        entryFiles[specifier] = entry.fileName;
      }
      const files = Object.keys(bundle)
        .sort()
        .map((file) => ({
          file,
          integrity: `sha384-${createHash('sha384')
            .update(readFileSync(path.join(outDir, file)))
            .digest('base64')}`,
        }));
      const manifest = { name: packageName, version, entries: entryFiles, files };
      const importMap = {
        imports: Object.fromEntries(
          Object.entries(entryFiles).map(([specifier, file]) => [specifier, `./${file}`]),
        ),
        // Browsers check what the map loads against these, wherever the host serves the files from.
        integrity: Object.fromEntries(
          files
            .filter(({ file }) => file.endsWith('.js'))
            .map(({ file, integrity }) => [`./${file}`, integrity]),
        ),
      };
      writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      writeFileSync(path.join(outDir, 'import-map.json'), `${JSON.stringify(importMap, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), releaseArtefactsPlugin()],
  // Only the build is production: defining this globally would also hand tests and Storybook
  // production React ("React.act is not a function").
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: { port: 5174, strictPort: true },
  // Known up front, so the dev server does not reload the page mid-start to optimise them.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      'single-spa-react',
      '@tanstack/react-query',
      'zod/mini',
      '@tanstack/react-virtual',
      'react-hook-form',
      'idb-keyval',
      'msw',
      'msw/browser',
    ],
  },
  build: {
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, { source }]) => [name, source])),
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.[hash].js`,
    },
    // public/ holds the MSW worker for the dev server; it has no place in the module's dist.
    copyPublicDir: false,
    target: 'es2022',
    // For the host's error reports and a developer's debugger; a host may leave them unserved.
    sourcemap: true,
    rolldownOptions: {
      external: sharedDependencies,
      // A slow machine would otherwise get plugin timing advice in the build output.
      checks: { bundlerTimings: false },
      output: {
        // Library mode leaves ES output unminified unless asked.
        minify: true,
        // After minification, so it survives: which release a file in a host's network tab belongs to.
        postBanner: `/*! ${packageName} ${version} */`,
      },
    },
  },
}));
