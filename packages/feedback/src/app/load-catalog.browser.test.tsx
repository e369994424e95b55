import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { bootstrap, mount, unmount, update } from '../entry';
import { languagesFetched } from '../testing/languages-fetched';
import { createMockFetch } from '../testing/mock-fetch';

// Its own file, so its page has loaded no language before: what it asks for is what a seller's does.
// Nothing from the test harness either, which brings both languages for the tests that check texts.
const mockApiBaseUrl = '/api/seller-support/v1';
let domElement: HTMLElement;

beforeEach(() => {
  // The test runner's own hundreds of modules fill the default buffer of 250 entries.
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(5_000);
  domElement = document.createElement('div');
  document.body.append(domElement);
  vi.stubGlobal('fetch', createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers));
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

describe('the module’s languages', () => {
  it('loads only the language it shows, and the next one on a switch, keeping what the seller typed', async () => {
    const props = {
      name: '@seller-support/feedback#languages',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      basePath: window.location.pathname,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'en' as const,
    };
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    expect(await languagesFetched()).toEqual(['en']);
    const subject = page.getByRole('textbox', { name: /^Subject/ });
    await userEvent.fill(subject, 'Where is my parcel');

    await update({ ...props, locale: 'ru' });

    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    expect(await languagesFetched()).toEqual(['ru', 'en']);
    await expect
      .element(page.getByRole('textbox', { name: /^(Тема|Заголовок)/ }))
      .toHaveValue('Where is my parcel');

    await unmount(props);
  });
});
