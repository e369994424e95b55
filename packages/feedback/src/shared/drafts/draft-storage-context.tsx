import { useState, type ReactNode } from 'react';
import { createIdbDraftStorage, type DraftStorage } from './draft-storage';
import { DraftStorageContext, useProvidedDraftStorage } from './provided-draft-storage';

/** Lets tests and stories give the module another draft storage (in memory, or one that fails). */
export function DraftStorageProvider({ storage, children }: { storage: DraftStorage; children: ReactNode }) {
  return <DraftStorageContext value={storage}>{children}</DraftStorageContext>;
}

/** The draft storage of the tree; IndexedDB unless a provider says otherwise. */
export function useDraftStorage(): DraftStorage {
  const provided = useProvidedDraftStorage();
  const [fallback] = useState(createIdbDraftStorage);
  return provided ?? fallback;
}
