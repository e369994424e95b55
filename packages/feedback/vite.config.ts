import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
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

/**
 * The language packs' chunks, one per pack and language, named after their source files
 * (src/app/first-screen.ts, packParts): an entry preloads its first screen's in the seller's language.
 */
const languagePackParts = (packs: readonly string[]) =>
  packs.flatMap((pack) => (pack.endsWith('.ru') ? [pack, `${pack.slice(0, -3)}.en`] : [pack, `${pack}.en`]));
const applicationPacks = languagePackParts([
  'frame.ru',
  'form.ru',
  'snapshot',
  'attachments',
  'channels',
  'requests-list',
  'request',
  'request-actions',
]);

/**
 * The lazily loaded parts each entry may preload for its first screen, by entry name
 * (src/app/first-screen.ts names the ones it needs): the data layer, the screens, their words.
 */
const firstScreenParts: Readonly<Record<string, readonly string[]>> = {
  'seller-support': [
    'feedback-app',
    'support-page',
    'requests-screen',
    'request-screen',
    ...applicationPacks,
  ],
  'seller-support-element': [
    'feedback-app',
    'support-page',
    'requests-screen',
    'request-screen',
    ...applicationPacks,
  ],
  'seller-support-parcel': [
    'parcel-app',
    'order-question-form',
    ...languagePackParts(['frame.ru', 'parcel', 'form.ru', 'snapshot', 'attachments']),
  ],
};

/** The name the entries read their first screens' files under (src/app/first-screen.ts). */
const firstScreenGlobal = '__sellerSupportFirstScreen';

/**
 * Makes an entry's first screen load in two steps instead of one file after another: the entry,
 * then everything else at once. Browsers discover a module's imports only once they have it,
 * and a lazy screen's code only once the code before it runs, so without this the first screen
 * came through about eight dependent loads.
 * - Each entry imports its whole static graph itself (the files its imports import, the shared
 *   React and single-spa), so the browser asks for all of it as soon as it reads the entry.
 * - Each entry is given, per lazily loaded part (its chunk's name: `feedback-app`,
 *   `support-page`, …), the files that part needs; at mount the entry adds
 *   `<link rel="modulepreload">` for the ones its first screen needs. No hashes: the import map
 *   has every file's (releaseArtefactsPlugin), and Chromium checks a modulepreload without an
 *   `integrity` of its own against the map's (tests/e2e/first-load.spec.ts refuses an altered one).
 * Written in front of the entry's first line, so the source map only moves down a line. An
 * entry's name is hashed before this: what is added follows from the other files' names, which
 * follow from their contents.
 */
type OutputChunk = Rolldown.OutputChunk;

function firstScreenPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'seller-support-first-screen',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const chunks = new Map<string, OutputChunk>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      }
      /** A chunk's file and every file it imports, directly or not; bare specifiers are the externals. */
      const staticGraph = (file: string, into = new Set<string>()): Set<string> => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of chunks.get(file)?.imports ?? []) staticGraph(imported, into);
        return into;
      };
      const parts = new Map<string, string[]>();
      // A lazily loaded part's chunk is named after its source file (the languages' chunks have
      // no facade module, so the name is what identifies them). Two chunks of one name would
      // preload the wrong one: the build stops instead.
      for (const chunk of chunks.values()) {
        if (chunk.isEntry) continue;
        if (
          parts.has(chunk.name) &&
          Object.values(firstScreenParts).some((wanted) => wanted.includes(chunk.name))
        ) {
          throw new Error(`two chunks are named ${chunk.name}: a first screen's part must be one`);
        }
        parts.set(
          chunk.name,
          [...staticGraph(chunk.fileName)].filter((file) => chunks.has(file)),
        );
      }
      for (const chunk of chunks.values()) {
        const wanted = firstScreenParts[chunk.name];
        if (!chunk.isEntry || wanted === undefined) continue;
        const missing = wanted.filter((part) => !parts.has(part));
        if (missing.length > 0) throw new Error(`the build has no chunk for ${missing.join(', ')}`);
        const direct = new Set(chunk.imports);
        const loaded = staticGraph(chunk.fileName);
        const hoisted = [...loaded].filter((file) => file !== chunk.fileName && !direct.has(file));
        // Each file once; a part is the indexes of its files. What the entry loads itself needs
        // no preloading.
        const list: string[] = [];
        const indexOf = (file: string) => {
          const found = list.indexOf(file);
          return found === -1 ? list.push(file) - 1 : found;
        };
        const files = {
          files: list,
          parts: Object.fromEntries(
            wanted.map((part) => [
              part,
              (parts.get(part) ?? []).filter((file) => !loaded.has(file)).map(indexOf),
            ]),
          ),
        };
        const imports = hoisted
          .map((file) => `import ${JSON.stringify(chunks.has(file) ? `./${file}` : file)};`)
          .join('');
        const file = path.join(outDir, chunk.fileName);
        writeFileSync(
          file,
          `${imports}const ${firstScreenGlobal}=${JSON.stringify(files)};\n${readFileSync(file, 'utf8')}`,
        );
        const mapFile = `${file}.map`;
        if (existsSync(mapFile)) {
          const map = z.parse(
            z.looseObject({ mappings: z.string() }),
            JSON.parse(readFileSync(mapFile, 'utf8')),
          );
          writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
        }
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), firstScreenPlugin(), releaseArtefactsPlugin()],
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
