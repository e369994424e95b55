import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { bootstrap, mount, unmount, update } from '../entry';
import { createMockFetch } from '../testing/mock-fetch';

// Its own file, so its page has loaded no language before: what it asks for is what a seller's does.
// Nothing from the test harness either, which brings both languages for the tests that check texts.
const mockApiBaseUrl = '/api/seller-support/v1';
let domElement: HTMLElement;
// The page's own fetch, for reading back what it loaded: the tests stub the global one with the mock API.
const fetchFile = globalThis.fetch.bind(globalThis);

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

/**
 * Sentences of each language from the frame's words, the request form's and the attachments':
 * a module that holds one holds that language's messages of that part.
 */
const sentences = {
  ru: ['Модуль поддержки неожиданно остановился', 'Рады, что ответ нашёлся', 'Или перетащите файлы сюда'],
  en: ['The support module stopped unexpectedly', 'Glad you found the answer', 'Or drop files here'],
} as const;

/**
 * The languages whose messages the page has fetched so far, read from what it fetched (the
 * module files the dev server sent, the chunks of a build), not from file names.
 */
async function languagesFetched(): Promise<string[]> {
  const names = performance
    .getEntriesByType('resource')
    .map(({ name }) => name)
    .filter((name) => name.startsWith(window.location.origin) && !name.includes('/node_modules/'));
  const texts = await Promise.all(names.map((name) => fetchFile(name).then((response) => response.text())));
  return (['ru', 'en'] as const).filter((locale) =>
    texts.some((text) => sentences[locale].some((sentence) => text.includes(sentence))),
  );
}

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
