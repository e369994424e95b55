import { createContext, use } from 'react';
import type { DraftStorage } from './draft-storage';

/** The draft storage a provider gives the tree (draft-storage-context.tsx), without IndexedDB's code. */
export const DraftStorageContext = createContext<DraftStorage | null>(null);

/** The storage a provider gave, or null: for code in the module's first load, which makes none. */
export function useProvidedDraftStorage(): DraftStorage | null {
  return use(DraftStorageContext);
}
