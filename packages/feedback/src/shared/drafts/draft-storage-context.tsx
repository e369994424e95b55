import { createContext, use, useState, type ReactNode } from 'react';
import { createIdbDraftStorage, type DraftStorage } from './draft-storage';

const DraftStorageContext = createContext<DraftStorage | null>(null);

/** Lets tests and stories give the module another draft storage (in memory, or one that fails). */
export function DraftStorageProvider({ storage, children }: { storage: DraftStorage; children: ReactNode }) {
  return <DraftStorageContext value={storage}>{children}</DraftStorageContext>;
}

/** The draft storage of the tree; IndexedDB unless a provider says otherwise. */
export function useDraftStorage(): DraftStorage {
  const provided = use(DraftStorageContext);
  const [fallback] = useState(createIdbDraftStorage);
  return provided ?? fallback;
}
