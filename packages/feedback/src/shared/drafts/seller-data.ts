/**
 * Everything the module keeps on the seller's device, and the way to forget it when the seller
 * signs out of the cabinet (on a shared computer the next person must not find their drafts).
 * Drafts are all there is: the `drafts` store of the `seller-support` IndexedDB database (request
 * and reply drafts of every seller); the module writes nothing to localStorage, sessionStorage,
 * cookies or Cache Storage. No React here: a host calls this from any page, mounted or not.
 */

let signOuts = 0;
const signOutListeners = new Set<() => void>();

/**
 * How many times the seller's data was cleared on this page: storage opened before a sign-out
 * compares it and writes nothing afterwards, so a module still mounted (a form saving its draft
 * as it unmounts) cannot put a signed-out seller's words back.
 */
export function signOutCount(): number {
  return signOuts;
}

/** Runs `listener` on the next sign-out (a poller stopping); returns the way to stop listening. */
export function onSignOut(listener: () => void): () => void {
  signOutListeners.add(listener);
  return () => signOutListeners.delete(listener);
}

/**
 * Forgets every seller's data the module stored on this device (every request and reply draft,
 * of all sellers and forms) and stops its unread watchers. Call it when the seller signs out,
 * after unmounting the module: a module still mounted keeps what it shows until it is unmounted,
 * but stores nothing more. Resolves once the data is gone; needs no mounted module.
 */
export function clearSellerData(): Promise<void> {
  signOuts += 1;
  for (const listener of [...signOutListeners]) listener();
  // Loaded when asked for: a cabinet's first download stays the module's smallest.
  return import('./clear-drafts').then(({ clearDraftDatabase }) => clearDraftDatabase());
}
