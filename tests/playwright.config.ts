import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import {
  cabinetWithForeignServer,
  cabinetWithServer,
  cabinetWithService,
  minimalCabinet,
  mockedCabinet,
} from './e2e/servers';
import { chromiumLaunchOptions } from './setup/chromium';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const ci = Boolean(process.env['CI']);

// The servers serve apps/host/dist as built: the root `check` script builds before this runs.
const server = {
  cwd: repoRoot,
  reuseExistingServer: !ci,
  gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
  timeout: 30_000,
} as const;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  forbidOnly: ci,
  // A journey that passes only on a second try has a bug worth seeing.
  retries: 0,
  workers: ci ? 1 : 2,
  reporter: 'list',
  // A cold page starts MSW's service worker before the module mounts: about 2 s alone on a
  // 2-core machine, and more with two workers side by side.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  use: {
    baseURL: mockedCabinet.url,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      ...server,
      name: 'cabinet (mocks)',
      command: 'node apps/host/scripts/serve.mjs',
      // EXPOSE_MOCKS lets journeys drive the mocks (make an endpoint fail); `npm start` never sets it.
      env: { HOST: mockedCabinet.host, PORT: String(mockedCabinet.port), EXPOSE_MOCKS: '1' },
      url: `${mockedCabinet.url}/host-config.json`,
    },
    {
      ...server,
      name: 'cabinet (contract server)',
      command: 'node --import tsx tests/e2e/contract-stack.ts',
      url: `${cabinetWithServer.url}/host-config.json`,
    },
    {
      ...server,
      name: 'cabinet (foreign contract server)',
      command: 'node --import tsx tests/e2e/contract-stack.ts --foreign',
      url: `${cabinetWithForeignServer.url}/host-config.json`,
    },
    {
      ...server,
      name: 'cabinet (support service)',
      command: 'node --import tsx tests/e2e/service-stack.ts',
      url: `${cabinetWithService.url}/host-config.json`,
      // A new embedded database is created on the first start.
      timeout: 90_000,
    },
    {
      ...server,
      name: 'minimal cabinet (packed module)',
      command: 'node --import tsx tests/minimal-cabinet/serve.ts',
      url: `${minimalCabinet.url}/healthz`,
    },
  ],
});
