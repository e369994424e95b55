import { draftDatabaseName, draftStoreName } from './draft-database';

/** Empties the drafts store; a database that does not exist yet is not created for it. */
export function clearDraftDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      resolve();
      return;
    }
    const request = indexedDB.open(draftDatabaseName);
    request.onupgradeneeded = (event) => {
      // Version 0: nothing was ever stored here. Aborting leaves no database behind.
      if (event.oldVersion === 0) request.transaction?.abort();
      else request.result.createObjectStore(draftStoreName);
    };
    request.onerror = (event) => {
      // The abort above, or IndexedDB refused (a private mode): there is nothing stored to clear.
      event.preventDefault();
      resolve();
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(draftStoreName)) {
        db.close();
        resolve();
        return;
      }
      const transaction = db.transaction(draftStoreName, 'readwrite');
      transaction.objectStore(draftStoreName).clear();
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => {
        db.close();
        reject(transaction.error ?? new Error('The drafts could not be cleared'));
      };
    };
  });
}
