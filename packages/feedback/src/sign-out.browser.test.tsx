/**
 * Signing out as a host does it: the seller typed, the host unmounts the module and calls
 * `clearSellerData()` from the entry; nothing of what the seller wrote stays on the device.
 */
import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { watchUnreadCount } from './app/unread-watch';
import { unreadRefreshMs } from './features/requests/api/count-unread';
import { bootstrap, clearSellerData, mount, unmount } from './entry';
import { clearSellerData as clearFromParcelEntry } from './parcel';
import { clearSellerData as clearFromUnreadEntry } from './unread';
import { createMockFetch } from './testing/mock-fetch';
import { mockApiBaseUrl } from './testing/module-harness';
import { lifecycleProps } from './testing/lifecycle-props';

let domElement: HTMLElement;
let mountCount = 0;
let requests: string[];

beforeEach(async () => {
  await clearSellerData();
  requests = [];
  const mockFetch = createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return mockFetch(input, init);
  });
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

function singleSpaProps() {
  mountCount += 1;
  return lifecycleProps({ name: `sign-out-${mountCount}`, domElement });
}

/** Every key in the module's draft store, read without keeping a connection open. */
function storedDraftKeys(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('seller-support');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
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
}

const subject = () => page.getByRole('textbox', { name: 'Заголовок', exact: true });

async function mountWithDraft(text: string) {
  const props = singleSpaProps();
  await bootstrap(props);
  await mount(props);
  await subject().fill(text);
  return props;
}

describe('clearSellerData', () => {
  it('forgets the draft the seller typed: the form is empty after a remount, IndexedDB has no draft', async () => {
    const props = await mountWithDraft('Посылка не пришла');
    await unmount(props);
    // The form saves what was typed as it goes, and has asked the storage by the time `unmount`
    // returns: a read opened now is served after that write (the next test relies on it).
    expect(await storedDraftKeys()).toHaveLength(1);

    await clearSellerData();
    expect(await storedDraftKeys()).toEqual([]);

    const again = singleSpaProps();
    await bootstrap(again);
    await mount(again);
    await expect.element(subject()).toBeVisible();
    await expect.element(subject()).toHaveValue('');
    await unmount(again);
  });

  it('is the same function from every entry, and works with nothing mounted or stored', async () => {
    expect(clearFromParcelEntry).toBe(clearSellerData);
    expect(clearFromUnreadEntry).toBe(clearSellerData);
    await expect(clearSellerData()).resolves.toBeUndefined();
    expect(await storedDraftKeys()).toEqual([]);
  });

  it('lets a module still mounted store nothing more, not even the draft it saves as it unmounts', async () => {
    const props = await mountWithDraft('Посылка застряла на складе');
    await expect.poll(storedDraftKeys).toHaveLength(1);

    await clearSellerData();
    await subject().fill('Ещё одна строка после выхода');
    // The unmount's last save reaches the storage before `unmount` returns (the form saves as it
    // goes away); a write would have asked IndexedDB for its connection by then. IndexedDB serves
    // connections in the order asked and a read after a write on the same store, so this read
    // sees that write however long it takes: no waiting needed to catch a late one.
    await unmount(props);
    expect(await storedDraftKeys()).toEqual([]);
  });

  it('stops the unread watchers: no more requests with the next seller’s token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onChange = vi.fn<(count: number) => void>();
      const stop = watchUnreadCount({
        apiBaseUrl: mockApiBaseUrl,
        getAccessToken: () => 'demo-token',
        onChange,
      });
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce());
      const asked = requests.length;

      await clearSellerData();
      // A watcher still running would ask again by now.
      await vi.advanceTimersByTimeAsync(unreadRefreshMs * 2);
      expect(requests).toHaveLength(asked);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
