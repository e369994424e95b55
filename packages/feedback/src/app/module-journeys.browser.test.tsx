import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bootstrap, mount, unmount } from '../entry';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';

let domElement: HTMLElement;
const startPath = window.location.pathname;

beforeEach(() => {
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', startPath);
});

describe('the module as a seller moves through it', () => {
  it('a request just sent is in "My requests" at once, even when the list was opened shortly before', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    vi.stubGlobal('fetch', createMockFetch(mockApi.handlers));
    const props = {
      name: '@seller-support/feedback#journeys',
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
    const nav = page.getByRole('navigation', { name: 'Разделы поддержки' });

    // The list first: it is in the cache, fresh for a while.
    await nav.getByRole('link', { name: 'Мои обращения' }).click();
    await expect.element(page.getByRole('heading', { name: 'Мои обращения' })).toBeVisible();
    await expect.element(page.getByRole('link', { name: /Не пришла выплата/ }).first()).toBeVisible();

    await nav.getByRole('link', { name: 'Новое обращение' }).click();
    await page.getByRole('radio', { name: /^Аккаунт/ }).click();
    await page.getByRole('radio', { name: 'Кабинет продавца' }).click();
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Не открывается раздел отчётов');
    await page
      .getByRole('textbox', { name: 'Описание', exact: true })
      .fill('Раздел отчётов показывает пустую страницу.');
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect.element(page.getByRole('heading', { name: /Обращение № \d+ отправлено/ })).toBeVisible();

    await nav.getByRole('link', { name: 'Мои обращения' }).click();
    await expect.element(page.getByRole('link', { name: /Не открывается раздел отчётов/ })).toBeVisible();
    await unmount(props);
  });
});
