import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bootstrap, mount, unmount } from '../entry';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';

// The support page's code arrives only when the test lets it: what the module asks for before
// then, it asks for beside the screen's code, not after it.
const screenCode = vi.hoisted(() => {
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrived, arrive };
});
vi.mock('./support-page', async (importOriginal) => {
  await screenCode.arrived;
  return importOriginal();
});

let domElement: HTMLElement;
const startPath = window.location.pathname;

beforeEach(() => {
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

describe('the first screen', () => {
  it('asks for the context, the policy and the first orders while its code loads, each once', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const answer = createMockFetch(mockApi.handlers);
    const asked: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      asked.push(`${url.pathname.replace(new URL(mockApiBaseUrl, location.href).pathname, '')}${url.search}`);
      return answer(input, init);
    });
    const props = {
      name: '@seller-support/feedback#first-screen',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      basePath: startPath,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'ru' as const,
    };
    await bootstrap(props);
    await mount(props);

    await expect
      .poll(() => asked)
      .toEqual(expect.arrayContaining(['/context', '/policy', '/orders?limit=50']));
    // The screen is not here yet: the seller sees the module loading, not a form.
    await expect.element(page.getByRole('status')).toBeVisible();
    expect(page.getByRole('textbox', { name: 'Заголовок', exact: true }).query()).toBeNull();

    screenCode.arrive();
    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeEnabled();
    await expect.element(page.getByText(mockApi.store.getContext().seller.legalName).first()).toBeVisible();
    await expect
      .element(page.getByRole('listbox', { name: /заказ/i }).getByRole('option').first())
      .toBeVisible();
    // Nothing the first screen needs was asked for twice.
    const count = (request: string) => asked.filter((made) => made === request).length;
    expect(count('/context')).toBe(1);
    expect(count('/policy')).toBe(1);
    expect(count('/orders?limit=50')).toBe(1);
    await unmount(props);
  });
});
