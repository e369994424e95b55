/**
 * `<seller-support>` on a page without single-spa, as a plain page uses it: attributes for the
 * simple props, properties for the functions, events out of the element, and nothing left when
 * the element goes.
 */
import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ModuleEvent } from './app/events';
import { moduleEventName, SellerSupportElement } from './element';
import { maxBackoffMs } from './shared/lib/backoff';
import { createMockFetch } from './testing/mock-fetch';
import { mockApiBaseUrl } from './testing/module-harness';

let requests: number;
let headBefore: Node[];

beforeEach(() => {
  requests = 0;
  const mockFetch = createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests += 1;
    return mockFetch(input, init);
  });
  headBefore = [...document.head.childNodes];
});

afterEach(() => {
  for (const element of document.querySelectorAll('seller-support')) element.remove();
  vi.unstubAllGlobals();
});

function isModuleEvent(value: unknown): value is ModuleEvent {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

/** The element as a page writes it, with the token getter set as a property. */
function sellerSupport(attributes: Readonly<Record<string, string>>): SellerSupportElement {
  const element = document.createElement('seller-support');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.getAccessToken = () => 'demo-token';
  return element;
}

const subject = (name: string) => page.getByRole('textbox', { name, exact: true });

describe('<seller-support>', () => {
  it('is registered by its entry', () => {
    expect(customElements.get('seller-support')).toBe(SellerSupportElement);
    expect(document.createElement('seller-support')).toBeInstanceOf(SellerSupportElement);
  });

  it('mounts from attributes, switches language and theme in place, and tells the page through DOM events', async () => {
    const element = sellerSupport({
      'api-base-url': mockApiBaseUrl,
      locale: 'ru',
      'base-path': window.location.pathname,
    });
    const events: ModuleEvent[] = [];
    element.addEventListener(moduleEventName, (event) => {
      if (event instanceof CustomEvent && isModuleEvent(event.detail)) events.push(event.detail);
    });
    document.body.append(element);

    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    await subject('Заголовок').fill('Посылка');
    const field = subject('Заголовок').element();
    const host = element.querySelector('[data-seller-support]');

    element.setAttribute('locale', 'en');
    element.setAttribute('theme', 'dark');
    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    // Updated, not remounted: the same input, still holding what the seller typed.
    await expect.element(subject('Subject')).toHaveValue('Посылка');
    expect(subject('Subject').element()).toBe(field);
    expect(element.querySelector('[data-seller-support]')).toBe(host);
    expect(host?.getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => events.map(({ type }) => type)).toContain('unread-count-changed');
  });

  it('takes the properties a page set before the element was defined', async () => {
    // Made where no element is defined (as in a page whose module script has not run yet).
    const inert = document.implementation.createHTMLDocument();
    const early = inert.createElement('seller-support');
    early.setAttribute('api-base-url', mockApiBaseUrl);
    early.setAttribute('base-path', window.location.pathname);
    const getAccessToken = vi.fn(() => 'early-token');
    Object.assign(early, { getAccessToken, locale: 'en' });
    expect(early).not.toBeInstanceOf(SellerSupportElement);

    document.body.append(document.adoptNode(early));
    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    expect(early).toBeInstanceOf(SellerSupportElement);
    await expect.poll(() => getAccessToken.mock.calls.length).toBeGreaterThan(0);
  });

  it('leaves nothing behind when it is removed: no nodes, no styles, no more requests', async () => {
    // The module's polls, refreshes and retries run on fake time, so the test can let all of
    // them come due instead of waiting a while and hoping a late one would have shown.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const element = sellerSupport({
        'api-base-url': mockApiBaseUrl,
        'base-path': window.location.pathname,
      });
      document.body.append(element);
      await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();

      element.remove();
      await expect.poll(() => element.childNodes.length).toBe(0);
      expect([...document.head.childNodes]).toEqual(headBefore);
      const asked = requests;
      // Twice the longest wait between two asks of any poll (the back-off's cap): every poll,
      // refresh and retry the module runs would have asked again by now.
      await vi.advanceTimersByTimeAsync(2 * maxBackoffMs);
      expect(requests).toBe(asked);

      // Back in the page: mounted afresh.
      document.body.append(element);
      await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });
});
