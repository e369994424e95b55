// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noTypeImportCycle } from './scripts/eslint/no-type-import-cycle.js';

const features = ['ask', 'requests', 'channels'];
const deskFeatures = ['queue', 'ticket'];

/** @param {{ group: string[]; message: string }[]} patterns */
function restrictedImports(patterns) {
  const singleSpa = 'only src/single-spa/ and the entries (src/entry.ts, src/parcel.ts) may use single-spa';
  return [
    'error',
    {
      paths: [
        { name: 'single-spa-react', message: singleSpa },
        { name: 'single-spa', message: singleSpa },
      ],
      patterns,
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-package/**',
      'storybook-static/**',
      'test-results/**',
      'playwright-report/**',
      '**/public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // `interface Namespaces extends Part {}` is how a feature merges its messages into shared's
      // declaration (shared/i18n/messages.ts); an empty interface with no base is still an error.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  // No import cycles in the sources, type-only ones included: import-x/no-cycle sees the imports
  // that run, the local rule the cycles it skips because they close through an `import type`.
  {
    files: ['packages/*/src/**/*.{ts,tsx}', 'mocks/src/**/*.{ts,tsx}', 'apps/*/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, local: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Cycles are looked for in our sources; a dependency's minified bundle (PGlite's) is never parsed.
      'import-x/ignore': ['node_modules'],
    },
    rules: { 'import-x/no-cycle': 'error', 'local/no-type-import-cycle': 'error' },
  },
  ...pluginQuery.configs['flat/recommended'],
  ...storybook.configs['flat/recommended'],
  // Inside the module, dependencies flow one way (shared → features → app), features never import
  // each other, and only the entries and src/single-spa/ know single-spa exists. One rule entry per folder, because
  // a later `no-restricted-imports` would replace an earlier one rather than add to it.
  {
    files: ['packages/feedback/src/**'],
    // The two entries, and the parcel's lifecycle test, which mounts it as a host does.
    ignores: [
      'packages/feedback/src/entry.ts',
      'packages/feedback/src/parcel.ts',
      'packages/feedback/src/single-spa/**',
      'packages/feedback/src/parcel.browser.test.tsx',
    ],
    rules: { 'no-restricted-imports': restrictedImports([]) },
  },
  {
    files: ['packages/feedback/src/shared/**'],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: ['**/features/**', '**/app/**'],
          message: 'shared code must not depend on features or the app',
        },
      ]),
    },
  },
  // The shared UI package serves both microfrontends and knows neither: they import it. Its stories
  // and tests render it in the seller's module's frame, as Storybook does every story.
  {
    files: ['packages/ui/src/**'],
    ignores: ['packages/ui/src/**/*.stories.tsx', 'packages/ui/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: [
            '@seller-support/feedback',
            '@seller-support/feedback/*',
            '@seller-support/desk',
            '@seller-support/desk/*',
            '**/feedback/**',
            '**/desk/**',
          ],
          message: 'the shared UI package must not depend on the apps that use it',
        },
      ]),
    },
  },
  ...features.map((feature) => ({
    files: [`packages/feedback/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: features.filter((other) => other !== feature).map((other) => `**/features/${other}/**`),
          message: 'features do not import each other; move what they share to shared/',
        },
        { group: ['**/app/**'], message: 'features must not depend on the app layer' },
      ]),
    },
  })),
  // The moderator's desk, built like the module: shared → features → app, features apart, and
  // single-spa known only to its entry and src/single-spa/.
  {
    files: ['packages/desk/src/**'],
    ignores: ['packages/desk/src/entry.ts', 'packages/desk/src/single-spa/**'],
    rules: { 'no-restricted-imports': restrictedImports([]) },
  },
  {
    files: ['packages/desk/src/shared/**'],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: ['**/features/**', '**/app/**'],
          message: 'shared code must not depend on features or the app',
        },
      ]),
    },
  },
  ...deskFeatures.map((feature) => ({
    files: [`packages/desk/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: deskFeatures.filter((other) => other !== feature).map((other) => `**/features/${other}/**`),
          message: 'features do not import each other; move what they share to shared/',
        },
        { group: ['**/app/**'], message: 'features must not depend on the app layer' },
      ]),
    },
  })),
  {
    files: [
      '**/*.test.{ts,tsx}',
      'tests/**',
      'scripts/**',
      '**/scripts/**',
      '*.config.{ts,js}',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
