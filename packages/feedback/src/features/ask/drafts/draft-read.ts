import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Draft, DraftStore } from './draft-store';

/** Query keys for reading a stored draft, from general to specific. */
export const draftReadKeys = {
  all: ['draft-read'] as const,
  of: (sellerId: string, scope?: string) => [...draftReadKeys.all, sellerId, scope ?? ''] as const,
};

/**
 * Reads the form's stored draft through the mount's cache, so a read the mount started early (at
 * its first screen, beside the screen's code) is the one the form waits for. A failed read is no
 * draft: the seller starts afresh rather than waits.
 */
export function draftReadQueryOptions(store: DraftStore, sellerId: string, scope?: string) {
  return queryOptions<Draft | null>({
    queryKey: draftReadKeys.of(sellerId, scope),
    queryFn: () => store.load(sellerId, scope).catch(() => null),
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * The stored draft as the form starts: the read already under way or done, else a new one. Each
 * read serves one form: it leaves the cache once taken, so a form started later (the seller came
 * back to the screen) reads what was saved since. Never rejects: a read that fails is no draft.
 */
export async function takeStoredDraft(
  queryClient: QueryClient,
  store: DraftStore,
  sellerId: string,
  scope?: string,
): Promise<Draft | null> {
  const options = draftReadQueryOptions(store, sellerId, scope);
  try {
    return await queryClient.query(options);
  } catch {
    // Cancelled with the mount (the form is gone), or a read that failed: no draft.
    return null;
  } finally {
    queryClient.removeQueries({ queryKey: options.queryKey, exact: true });
  }
}
