import type { ApiClient } from '@seller-support/contract';
import { createContext, use, type ReactNode } from 'react';

const ApiClientContext = createContext<ApiClient | null>(null);

export interface ApiClientProviderProps {
  client: ApiClient;
  children: ReactNode;
}

/**
 * Hands the API client down the tree. Components and hooks reach the server only through
 * `useApiClient()`, so tests, stories and the dev harness can give them any `ApiClient`.
 */
export function ApiClientProvider({ client, children }: ApiClientProviderProps) {
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (client === null) throw new Error('useApiClient must be used inside <ApiClientProvider>.');
  return client;
}
