import type { ApiClient } from '@seller-support/contract';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiClientProvider } from '../shared/api/api-client-context';

export interface DataProvidersProps {
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}

/** The server behind the screens: the API client and the cache in front of it. */
export function DataProviders({ api, queryClient, children }: DataProvidersProps) {
  return (
    <ApiClientProvider client={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiClientProvider>
  );
}
