import { createMockApi } from '@seller-support/mocks';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bootstrap, mount, unmount } from '../../parcel';
import { createMockFetch } from '../../testing/mock-fetch';
import { mockApiBaseUrl } from '../../testing/module-harness';

// The short form's code arrives only when the test lets it: what the parcel asks for before then,
// it asks for beside the form's code, not after it.
const formCode = vi.hoisted(() => {
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive };
});
vi.mock('./order-question-form', async (importOriginal) => {
  await formCode.arrived;
  return importOriginal();
});

let domElement: HTMLElement;

beforeEach(async () => {
  // Drafts live in IndexedDB, shared with the other files' tests: a stored draft of this order
  // would bring its own requests.
  await clear(createStore('seller-support', 'drafts'));
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

describe('the parcel', () => {
  it('asks for the order, the context and the policy while the form’s code loads, each once', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const orderId = mockApi.store.listOrders({ limit: 1 }).items[0]?.id ?? '';
    const answer = createMockFetch(mockApi.handlers);
    const asked: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      asked.push(`${url.pathname.replace(new URL(mockApiBaseUrl, location.href).pathname, '')}${url.search}`);
      return answer(input, init);
    });
    const props = {
      name: '@seller-support/feedback/parcel#first-data',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'ru' as const,
      orderId,
    };
    await bootstrap(props);
    await mount(props);

    await expect
      .poll(() => asked)
      .toEqual(expect.arrayContaining(['/context', '/policy', `/orders/${orderId}`]));
    // The form is not here yet: the dialog says it is loading.
    const dialog = page.getByRole('dialog');
    await expect.element(dialog.getByRole('status')).toBeVisible();
    expect(dialog.getByRole('textbox', { name: 'Заголовок', exact: true }).query()).toBeNull();

    formCode.arrive();
    await expect.element(dialog.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeEnabled();
    // Nothing the form needs was asked for twice.
    const count = (request: string) => asked.filter((made) => made === request).length;
    expect(count('/context')).toBe(1);
    expect(count('/policy')).toBe(1);
    expect(count(`/orders/${orderId}`)).toBe(1);
    await unmount(props);
  });
});
