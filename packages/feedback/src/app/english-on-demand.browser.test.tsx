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
  it('in Russian loads no English until the seller switches to it, then shows the whole form in English', async () => {
    const props = {
      name: '@seller-support/feedback#english-on-demand',
      singleSpa: {},
      mountParcel: () => {
        throw new Error('not used');
      },
      domElement,
      basePath: window.location.pathname,
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      locale: 'ru' as const,
    };
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    await expect.element(page.getByRole('region', { name: 'Ваши данные' })).toBeVisible();
    const subject = page.getByRole('textbox', { name: /^Заголовок/ });
    await userEvent.fill(subject, 'Где посылка');
    expect(await languagesFetched()).toEqual(['ru']);

    // Every frame painted during the switch: the form stays on screen (in Russian until the
    // English is here), never the screen's loading state in its place.
    const painted: string[] = [];
    let handle = requestAnimationFrame(function take() {
      const root = domElement.querySelector('[data-seller-support]')?.shadowRoot;
      const form = root?.querySelector('.support-screen');
      painted.push(form?.checkVisibility() === true ? 'form' : 'no form');
      handle = requestAnimationFrame(take);
    });
    await update({ ...props, locale: 'en' });

    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    cancelAnimationFrame(handle);
    expect(painted.filter((what) => what !== 'form')).toEqual([]);
    // The form's own words (a pack of their own), not only the frame's.
    await expect.element(page.getByRole('textbox', { name: /^Subject/ })).toHaveValue('Где посылка');
    await expect.element(page.getByRole('button', { name: /^Send/ })).toBeVisible();
    expect(await languagesFetched()).toEqual(['ru', 'en']);

    await unmount(props);
  });
});
