import { createContext, use, useState, type ReactNode } from 'react';
import { useDraftStorage } from '../../../shared/drafts/draft-storage-context';
import { createAskDraftStore, type DraftStore } from './draft-store';

const DraftStoreContext = createContext<DraftStore | null>(null);

/** Lets tests and stories give the form another draft store (in memory, or one that fails). */
export function DraftStoreProvider({ store, children }: { store: DraftStore; children: ReactNode }) {
  return <DraftStoreContext value={store}>{children}</DraftStoreContext>;
}

/** The form's draft store: the provided one, else the request drafts in the module's draft storage. */
export function useDraftStore(): DraftStore {
  const provided = use(DraftStoreContext);
  const storage = useDraftStorage();
  const [fallback] = useState(() => createAskDraftStore(storage));
  return provided ?? fallback;
}
