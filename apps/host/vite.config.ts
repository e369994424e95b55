import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const hostRoot = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * React's ES entries, built by this build: together, so the four share one React instance.
 * Keys are entry names and become file names under /vendor/.
 */
const vendorEntries = {
  react: { specifier: 'react', source: 'src/vendor/react.ts' },
  'react-dom': { specifier: 'react-dom', source: 'src/vendor/react-dom.ts' },
  'react-dom-client': { specifier: 'react-dom/client', source: 'src/vendor/react-dom-client.ts' },
  'react-jsx-runtime': { specifier: 'react/jsx-runtime', source: 'src/vendor/react-jsx-runtime.ts' },
} as const;

const singleSpaFile = require.resolve('single-spa/lib/es2015/esm/single-spa.min.js');
const singleSpaUrl = '/vendor/single-spa.min.js';

// SELLER_SUPPORT_MODULE_DIST lets the cabinet mount another build of the module (a release
// candidate, a stand-in) without touching the workspace's own build.
const moduleDist = path.resolve(
  hostRoot,
  process.env['SELLER_SUPPORT_MODULE_DIST'] ?? '../../packages/feedback/dist',
);
const moduleUrlBase = '/modules/seller-support/';
/** The module's entries: the application, the "ask about this order" parcel, the unread count. */
const moduleSpecifiers = [
  '@seller-support/feedback',
  '@seller-support/feedback/parcel',
  '@seller-support/feedback/unread',
] as const;
/** The import-map snippet the module's build writes: its entries, relative to its dist folder. */
const moduleImportMapFile = 'import-map.json';

/** The moderator's desk, a second microfrontend built on its own (packages/desk), served under /modules/desk/. */
const deskDist = path.resolve(
  hostRoot,
  process.env['SELLER_SUPPORT_DESK_DIST'] ?? '../../packages/desk/dist',
);
const deskUrlBase = '/modules/desk/';
const deskSpecifiers = ['@seller-support/desk'] as const;

interface BuiltModule {
  dist: string;
  urlBase: string;
  specifiers: readonly string[];
  hint: string;
}

const builtModules: readonly BuiltModule[] = [
  {
    dist: moduleDist,
    urlBase: moduleUrlBase,
    specifiers: moduleSpecifiers,
    hint: 'build the module first (pnpm --filter @seller-support/feedback build, or pnpm run build at the root)',
  },
  {
    dist: deskDist,
    urlBase: deskUrlBase,
    specifiers: deskSpecifiers,
    hint: 'build the desk first (pnpm --filter @seller-support/desk build, or pnpm run build at the root)',
  },
];

/**
 * The module's entries as its build lists them, served under {@link moduleUrlBase}: the cabinet
 * follows the module's file names instead of knowing them. Read at build time, so a missing or
 * stale module build fails the cabinet's build with a message saying what to do.
 */
function moduleImports({
  dist: moduleDist,
  urlBase: moduleUrlBase,
  specifiers,
  hint,
}: BuiltModule): Record<string, string> {
  const file = path.join(moduleDist, moduleImportMapFile);
  if (!existsSync(file)) throw new Error(`${path.relative(hostRoot, file)} is missing: ${hint}.`);
  const snippet: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const imports =
    typeof snippet === 'object' && snippet !== null && 'imports' in snippet ? snippet.imports : undefined;
  const targets = new Map<string, unknown>(
    typeof imports === 'object' && imports !== null ? Object.entries(imports) : [],
  );
  const urlOf = (specifier: string): string => {
    const target = targets.get(specifier);
    if (typeof target !== 'string' || !target.startsWith('./')) {
      throw new Error(`${path.relative(hostRoot, file)} maps no "${specifier}" to a file: ${hint}.`);
    }
    if (!existsSync(path.join(moduleDist, target))) {
      throw new Error(`${path.relative(hostRoot, path.join(moduleDist, target))} is missing: ${hint}.`);
    }
    return `${moduleUrlBase}${target.slice(2)}`;
  };
  return Object.fromEntries(specifiers.map((specifier) => [specifier, urlOf(specifier)]));
}

/**
 * The integrity hashes the module's snippet gives its scripts, under the cabinet's URLs: the
 * browser refuses a module file that is not the one built.
 */
function moduleIntegrity({ dist: moduleDist, urlBase: moduleUrlBase }: BuiltModule): Record<string, string> {
  const snippet: unknown = JSON.parse(readFileSync(path.join(moduleDist, moduleImportMapFile), 'utf8'));
  const integrity =
    typeof snippet === 'object' && snippet !== null && 'integrity' in snippet ? snippet.integrity : undefined;
  if (typeof integrity !== 'object' || integrity === null) return {};
  return Object.fromEntries(
    Object.entries(integrity).flatMap(([target, hash]) =>
      target.startsWith('./') && typeof hash === 'string'
        ? [[`${moduleUrlBase}${target.slice(2)}`, hash]]
        : [],
    ),
  );
}

/** Bare specifiers the browser resolves through the import map; the root config's build leaves them alone. */
function importMap() {
  return {
    imports: {
      ...Object.fromEntries(
        Object.entries(vendorEntries).map(([name, { specifier }]) => [specifier, `/vendor/${name}.js`]),
      ),
      'single-spa': singleSpaUrl,
      ...Object.fromEntries(builtModules.flatMap((built) => Object.entries(moduleImports(built)))),
    },
    integrity: Object.fromEntries(builtModules.flatMap((built) => Object.entries(moduleIntegrity(built)))),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => statSync(path.join(dir, relative)).isFile())
    .map((relative) => relative.split(path.sep).join('/'));
}

/**
 * Puts into the cabinet's dist everything its import map points at but this build does
 * not compile: single-spa's own ES build and the separately built support module.
 */
function importMapPlugin(): Plugin {
  return {
    name: 'seller-cabinet-import-map',
    apply: 'build',
    generateBundle() {
      const emit = (fileName: string, file: string): void => {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      };
      emit(singleSpaUrl.slice(1), singleSpaFile);
      if (existsSync(`${singleSpaFile}.map`)) emit(`${singleSpaUrl.slice(1)}.map`, `${singleSpaFile}.map`);

      // The module's published types are for a host's compiler, not its server.
      for (const { dist, urlBase } of builtModules) {
        for (const relative of filesUnder(dist).filter((file) => !file.startsWith('types/'))) {
          emit(`${urlBase.slice(1)}${relative}`, path.join(dist, relative));
        }
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'script',
          attrs: { type: 'importmap' },
          children: JSON.stringify(importMap(), null, 2),
          injectTo: 'head',
        },
      ],
    },
  };
}

export default defineConfig(({ command }) => ({
  // Only the build: a global define would leak production React into tests.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  plugins: [importMapPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser that supports import maps supports modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: path.join(hostRoot, 'index.html'),
        ...Object.fromEntries(
          Object.entries(vendorEntries).map(([name, { source }]) => [name, path.join(hostRoot, source)]),
        ),
      },
      external: ['single-spa', ...moduleSpecifiers, ...deskSpecifiers],
      // App builds drop entry exports by default; the vendor entries exist for their exports.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: (chunk) =>
          Object.hasOwn(vendorEntries, chunk.name) ? 'vendor/[name].js' : 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: [
            {
              // MSW's cookie store carries the public suffix list (about 300 kB). Its own chunk
              // keeps every file of the demo-only mock API under vite's size warning, without
              // raising the limit for the cabinet's own code.
              name: 'msw-cookie-store',
              test: /[\\/]node_modules[\\/](tldts|tldts-core|tough-cookie)[\\/]/,
            },
          ],
        },
      },
    },
  },
}));
