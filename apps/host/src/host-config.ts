/**
 * What the server tells the cabinet at startup: where the support API lives, whether
 * the demo should answer it with in-browser mocks, and whether those mocks are reachable
 * from the page for end-to-end tests. `scripts/serve.mjs` writes it from the environment,
 * so one build runs against mocks or a real backend.
 */
export interface HostConfig {
  readonly apiBaseUrl: string;
  /** The moderator's desk's API; `/api/desk/v1` beside the seller's when the server does not say. */
  readonly deskApiBaseUrl: string;
  readonly mocks: boolean;
  /** Only the e2e test server turns this on (`EXPOSE_MOCKS=1`); absent means false. */
  readonly exposeMocks: boolean;
}

export const hostConfigUrl = '/host-config.json';

/** The desk's API beside the seller's: `/api/desk/v1` on the same server. */
export function defaultDeskApiBaseUrl(apiBaseUrl: string): string {
  const replaced = apiBaseUrl.replace(/\/api\/seller-support\/v1\/?$/, '/api/desk/v1');
  return replaced === apiBaseUrl ? '/api/desk/v1' : replaced;
}

// Three fields do not justify a schema library in the host bundle; this guard rejects
// anything that is not exactly what the cabinet needs, naming the bad field.
export function parseHostConfig(value: unknown): HostConfig {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${hostConfigUrl}: expected a JSON object`);
  }
  const apiBaseUrl = 'apiBaseUrl' in value ? value.apiBaseUrl : undefined;
  if (typeof apiBaseUrl !== 'string' || apiBaseUrl.trim() === '') {
    throw new TypeError(`${hostConfigUrl}: "apiBaseUrl" must be a non-empty string`);
  }
  const mocks = 'mocks' in value ? value.mocks : undefined;
  if (typeof mocks !== 'boolean') {
    throw new TypeError(`${hostConfigUrl}: "mocks" must be true or false`);
  }
  const exposeMocks = 'exposeMocks' in value ? value.exposeMocks : false;
  if (typeof exposeMocks !== 'boolean') {
    throw new TypeError(`${hostConfigUrl}: "exposeMocks" must be true or false when present`);
  }
  const deskApiBaseUrl = 'deskApiBaseUrl' in value ? value.deskApiBaseUrl : defaultDeskApiBaseUrl(apiBaseUrl);
  if (typeof deskApiBaseUrl !== 'string' || deskApiBaseUrl.trim() === '') {
    throw new TypeError(`${hostConfigUrl}: "deskApiBaseUrl" must be a non-empty string when present`);
  }
  return { apiBaseUrl, deskApiBaseUrl, mocks, exposeMocks };
}

export async function loadHostConfig(): Promise<HostConfig> {
  const response = await fetch(hostConfigUrl, {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(`${hostConfigUrl}: HTTP ${response.status}`);
  }
  const body: unknown = await response.json();
  return parseHostConfig(body);
}
