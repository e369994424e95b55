/**
 * The servers the journeys run against, all on loopback with fixed ports, started by
 * playwright.config.ts from the already built cabinet (the root `check` script builds first).
 */
const loopback = '127.0.0.1';

/** The cabinet as `npm start` runs it: the module talks to in-browser mocks. */
export const mockedCabinet = { host: loopback, port: 4310, url: `http://${loopback}:4310` } as const;

/** The same build with mocks off, pointed at a real HTTP server that implements the contract. */
export const cabinetWithServer = { host: loopback, port: 4311, url: `http://${loopback}:4311` } as const;

export const contractServer = { host: loopback, port: 4312 } as const;

/** A seller the in-browser mocks never produce, so seeing it proves the data came from the server. */
export const serverSeller = { legalName: 'АО «Тестовый сервер»', taxId: '7700000001' } as const;

/** The seller the mocks' default dataset serves (api.md's example). */
export const mockedSeller = { legalName: 'ООО «Ромашка»', taxId: '7701234567' } as const;
