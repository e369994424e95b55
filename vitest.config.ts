import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/setup/chromium.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

// Found late on a cold cache, vite would reload mid-run ("Vitest failed to find the runner").
// The module's own libraries are its dependencies, not the root's: named through it.
const browserDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-dev-runtime',
  ...[
    '@tanstack/react-query',
    'zod/mini',
    '@tanstack/react-virtual',
    'idb-keyval',
    'react-hook-form',
    '@hookform/resolvers/zod',
    // The lifecycle tests mount the entries as a host does; found late, they would reload the page.
    'single-spa',
    'single-spa-react',
  ].map((dependency) => `@seller-support/feedback > ${dependency}`),
  // The desk's own, named through it likewise.
  ...['@tanstack/react-query', 'zod/mini', 'single-spa', 'single-spa-react'].map(
    (dependency) => `@seller-support/desk > ${dependency}`,
  ),
  // The live stream's parser, imported after mount: found late, it would reload the page.
  '@seller-support/feedback > @seller-support/contract > eventsource-parser',
];

// A screen waited for (`expect.element`) may take more than vitest's default second on a loaded
// 2-core machine running every test file at once: the tests wait for conditions, not for a time,
// and this is only how long a condition may take before the test gives up.
const expectInBrowser = { poll: { timeout: 5_000 } };

// Each project gets its own browser config object: a shared one is mutated by vitest.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{packages,mocks,apps}/**/src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // The service's tests start embedded databases: a project of their own, with the time that takes.
          exclude: ['apps/service/**', '**/node_modules/**'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
        },
      },
      // The seller API's HTTP conformance suite (tests/conformance/README.md): one file per target,
      // each a real server on a random port. Uploads of the policy's 10 MB limit take seconds on a
      // loaded machine, hence the longer timeout.
      {
        test: {
          name: 'conformance',
          environment: 'node',
          include: ['tests/conformance/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
          testTimeout: 20_000,
          // A target may start a database first (the service's embedded one takes seconds).
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'service',
          environment: 'node',
          include: ['apps/service/src/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
          globalSetup: ['tests/setup/postgres-global.ts'],
          // A new embedded database takes seconds to create on a busy 2-core machine.
          hookTimeout: 120_000,
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        optimizeDeps: { include: [...browserDeps, 'vitest-browser-react'] },
        test: {
          name: 'browser',
          include: ['{packages,mocks,apps}/**/src/**/*.browser.test.tsx'],
          expect: expectInBrowser,
          setupFiles: ['tests/setup/fail-on-console.ts'],
          browser: browser(),
        },
      },
      // Every story runs twice: as Storybook opens it (Russian, light, a desktop-wide frame), and
      // in English on the dark scheme in a 320 px phone frame, so each play function checks the
      // texts of both languages and axe sees both schemes and the narrowest width. A story whose
      // play function still checks Russian words can opt out of the second run with the
      // `ru-only-play` tag (see .storybook/README.md); new stories should not need it.
      {
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        optimizeDeps: { include: browserDeps },
        test: {
          name: 'stories',
          expect: expectInBrowser,
          browser: browser(),
        },
      },
      {
        plugins: [
          storybookTest({
            configDir: path.join(root, '.storybook'),
            initialGlobals: {
              locale: 'en',
              theme: 'dark',
              viewport: { value: 'phone320', isRotated: false },
            },
            tags: { exclude: ['ru-only-play'] },
          }),
        ],
        optimizeDeps: { include: browserDeps },
        test: {
          name: 'stories-en',
          expect: expectInBrowser,
          browser: browser(),
        },
      },
    ],
  },
});
