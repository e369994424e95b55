import type { DeskClient } from '@seller-support/contract/desk';
import { createContext, use, type ReactNode } from 'react';

const DeskClientContext = createContext<DeskClient | null>(null);

/** The desk API the screens talk to: the fetch client in the app, a fake in a test if need be. */
export function DeskClientProvider({ client, children }: { client: DeskClient; children: ReactNode }) {
  return <DeskClientContext value={client}>{children}</DeskClientContext>;
}

export function useDeskClient(): DeskClient {
  const client = use(DeskClientContext);
  if (client === null) throw new Error('useDeskClient needs a DeskClientProvider above it');
  return client;
}
