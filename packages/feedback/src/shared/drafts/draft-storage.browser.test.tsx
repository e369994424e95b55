import { beforeEach, describe, expect, it } from 'vitest';
import { draftDatabaseName } from './draft-database';
import { createIdbDraftStorage } from './draft-storage';

const databaseNames = async () => (await indexedDB.databases()).map(({ name }) => name);

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(draftDatabaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
  });
}

beforeEach(deleteDatabase);

describe('the drafts in IndexedDB', () => {
  it('are read without creating the database on a browser that has none yet', async () => {
    const storage = createIdbDraftStorage();
    await expect(storage.get('ask:seller-1')).resolves.toBeUndefined();
    await storage.delete('ask:seller-1');
    expect(await databaseNames()).not.toContain(draftDatabaseName);

    // The first draft creates it, and from then on it is read back.
    await storage.set('ask:seller-1', { subject: 'Где посылка?' });
    expect(await databaseNames()).toContain(draftDatabaseName);
    await expect(storage.get('ask:seller-1')).resolves.toEqual({ subject: 'Где посылка?' });
    // So does a storage made afterwards, another mount's.
    await expect(createIdbDraftStorage().get('ask:seller-1')).resolves.toEqual({ subject: 'Где посылка?' });
  });

  it('keep drafts in a database of that name that something else made without their store', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(draftDatabaseName);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const storage = createIdbDraftStorage();
    await storage.set('ask:seller-1', { subject: 'Возврат' });
    // Read back from the database, not from the memory a failed write falls back to.
    await expect(createIdbDraftStorage().get('ask:seller-1')).resolves.toEqual({ subject: 'Возврат' });
  });
});
