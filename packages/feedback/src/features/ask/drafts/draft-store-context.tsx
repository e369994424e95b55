import { createContext, use, useState, type ReactNode } from 'react';
import { createIdbDraftStore, type DraftStore } from './draft-store';

const DraftStoreContext = createContext<DraftStore | null>(null);

/** Lets tests and stories give the form another draft store (in memory, or one that fails). */
export function DraftStoreProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
  return <DraftStoreContext value={store}>{children}</DraftStoreContext>;
}

/** The draft store of the tree; IndexedDB unless a provider says otherwise. */
export function useDraftStore(): DraftStore {
  const provided = use(DraftStoreContext);
  const [fallback] = useState(createIdbDraftStore);
  return provided ?? fallback;
}
