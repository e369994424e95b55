import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openForm, outlet } from './journey';

/** What the module could have left on this device: IndexedDB keys, Web Storage keys, caches. */
function storedOnDevice(page: Page) {
  return page.evaluate(async () => {
    const draftKeys = await new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open('seller-support');
      // Looking must not create the database: with none there, nothing is stored.
      request.onupgradeneeded = (event) => {
        if (event.oldVersion === 0) request.transaction?.abort();
      };
      request.onerror = (event) => {
        if (request.error?.name === 'AbortError') {
          event.preventDefault();
          resolve([]);
        } else reject(request.error ?? new Error('IndexedDB refused'));
      };
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('drafts')) {
          db.close();
          resolve([]);
          return;
        }
        const keys = db.transaction('drafts').objectStore('drafts').getAllKeys();
        keys.onsuccess = () => {
          db.close();
          resolve(keys.result.map(String));
        };
      };
    });
    const storageKeys = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').filter((key) =>
        key.startsWith('seller-support'),
      );
    return {
      draftKeys,
      localStorage: storageKeys(window.localStorage),
      sessionStorage: storageKeys(window.sessionStorage),
      caches: (await caches.keys()).filter((name) => name.startsWith('seller-support')),
    };
  });
}

test('signing out forgets the draft the seller typed; signing in again starts with an empty form', async ({
  page,
}) => {
  await openForm(page);
  const subject = outlet(page).getByRole('textbox', { name: 'Заголовок', exact: true });
  await subject.fill('Посылка не пришла на пункт выдачи');
  // The form saves the draft as the seller types.
  await expect.poll(async () => (await storedOnDevice(page)).draftKeys).toHaveLength(1);

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('heading', { name: 'Вы вышли из кабинета' })).toBeVisible();
  await expect(outlet(page).getByRole('textbox')).toHaveCount(0);
  expect(await storedOnDevice(page)).toEqual({
    draftKeys: [],
    localStorage: [],
    sessionStorage: [],
    caches: [],
  });

  await page.getByRole('button', { name: 'Войти снова' }).click();
  await expect(outlet(page).getByRole('heading', { name: 'Новое обращение' })).toBeVisible();
  await expect(subject).toHaveValue('');
  expect((await storedOnDevice(page)).draftKeys).toEqual([]);
});
