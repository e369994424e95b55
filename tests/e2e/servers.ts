/**
 * The servers the journeys run against, all on loopback with fixed ports, started by
 * playwright.config.ts from the already built cabinet (the root `check` script builds first).
 */
const loopback = '127.0.0.1';
// E2E_PORT_BASE moves all nine, so two checkouts on one machine can run their journeys at once.
const portBase = Number(process.env['E2E_PORT_BASE'] ?? '4310');

/** The cabinet as `npm start` runs it: the module talks to in-browser mocks. */
export const mockedCabinet = {
  host: loopback,
  port: portBase,
  url: `http://${loopback}:${portBase}`,
} as const;

/** The same build with mocks off, pointed at a real HTTP server that implements the contract. */
export const cabinetWithServer = {
  host: loopback,
  port: portBase + 1,
  url: `http://${loopback}:${portBase + 1}`,
} as const;

export const contractServer = { host: loopback, port: portBase + 2 } as const;

/**
 * The same build with mocks off, pointed at the contract server in its foreign mode: a newer server
 * that sends enum values this version does not list, unknown fields and a malformed item in every list.
 */
export const cabinetWithForeignServer = {
  host: loopback,
  port: portBase + 3,
  url: `http://${loopback}:${portBase + 3}`,
} as const;

export const foreignContractServer = { host: loopback, port: portBase + 4 } as const;

/** A seller the in-browser mocks never produce, so seeing it proves the data came from the server. */
export const serverSeller = { legalName: 'АО «Тестовый сервер»', taxId: '7700000001' } as const;

/** The seller the foreign server serves, so a journey knows which stack answered. */
export const foreignSeller = { legalName: 'ООО «Новый сервер»', taxId: '7700000002' } as const;

/** The seller the mocks' default dataset serves (api.md's example). */
export const mockedSeller = { legalName: 'ООО «Ромашка»', taxId: '7701234567' } as const;

/** A second cabinet built from the README alone: the packed module at /help (tests/minimal-cabinet). */
export const minimalCabinet = {
  host: loopback,
  port: portBase + 5,
  url: `http://${loopback}:${portBase + 5}`,
} as const;

export const minimalCabinetApi = { host: loopback, port: portBase + 6 } as const;

/** The seller behind the minimal cabinet's API, so a journey knows which stack answered. */
export const minimalCabinetSeller = { legalName: 'ООО «Второй кабинет»', taxId: '7700000003' } as const;

/** The cabinet on the support service (apps/service), as `npm start` runs it, on a fresh data directory. */
export const cabinetWithService = {
  host: loopback,
  port: portBase + 7,
  url: `http://${loopback}:${portBase + 7}`,
} as const;

export const supportService = { host: loopback, port: portBase + 8 } as const;
