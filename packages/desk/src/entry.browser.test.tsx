import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bootstrap, mount, unmount, update } from './entry';
import { createMockFetch } from './testing/mock-fetch';
import { createDeskMocks, deskTestToken, mockDeskBaseUrl } from './testing/desk-harness';

let mountCount = 0;
let domElement: HTMLElement;
let headBefore: Node[];
let pathBefore: string;
// The desk's queue is at its base path: the test page goes there and comes back.
const basePath = '/desk-lifecycle-test';

beforeEach(() => {
  pathBefore = window.location.pathname;
  window.history.replaceState(null, '', basePath);
  headBefore = [...document.head.childNodes];
  domElement = document.createElement('div');
  document.body.append(domElement);
  vi.stubGlobal('fetch', createMockFetch(createDeskMocks().deskHandlers));
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', pathBefore);
});

/** Props as single-spa hands them over: its own keys plus the back office's custom props. */
function singleSpaProps(hostProps: Readonly<Record<string, unknown>>) {
  mountCount += 1;
  return {
    name: `@seller-support/desk#${mountCount}`,
    singleSpa: {},
    mountParcel: () => {
      throw new Error('not used');
    },
    domElement,
    apiBaseUrl: mockDeskBaseUrl,
    getAccessToken: () => deskTestToken,
    basePath,
    ...hostProps,
  };
}

describe("the desk's single-spa lifecycles", () => {
  it('mounts with real props into its own shadow root, switches language in place and leaves nothing', async () => {
    const props = singleSpaProps({ nonce: 'n0nce' });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('heading', { name: 'Очередь обращений' })).toBeVisible();
    const host = domElement.querySelector('[data-seller-support-desk]');
    expect(host?.shadowRoot?.querySelector('style')?.nonce).toBe('n0nce');
    // Its styles are inside its shadow root: nothing went to the page's head.
    expect([...document.head.childNodes]).toEqual(headBefore);

    await update({ ...props, locale: 'en', theme: 'dark' });
    await expect.element(page.getByRole('heading', { name: 'Request queue' })).toBeVisible();
    expect(host?.getAttribute('data-theme')).toBe('dark');

    await unmount(props);
    expect(domElement.childNodes).toHaveLength(0);
    expect([...document.head.childNodes]).toEqual(headBefore);
  });

  it('stops every timer it started once unmounted: no polling of the queue or the clock goes on', async () => {
    // Intervals are what would keep a desk alive after its unmount (the queue's polling, the
    // clock of relative due times): each one started must be cleared by then.
    const live = new Set<unknown>();
    // Taken as they are, to be put back as they were (Reflect.get: no `this` is bound here).
    const realSet: unknown = Reflect.get(window, 'setInterval');
    const realClear: unknown = Reflect.get(window, 'clearInterval');
    if (typeof realSet !== 'function' || typeof realClear !== 'function') throw new Error('no timers');
    Reflect.set(window, 'setInterval', (...args: unknown[]) => {
      const id: unknown = Reflect.apply(realSet, window, args);
      live.add(id);
      return id;
    });
    Reflect.set(window, 'clearInterval', (id: unknown) => {
      live.delete(id);
      Reflect.apply(realClear, window, [id]);
    });
    onTestFinished(() => {
      Reflect.set(window, 'setInterval', realSet);
      Reflect.set(window, 'clearInterval', realClear);
    });
    for (let round = 0; round < 3; round += 1) {
      const props = singleSpaProps({});
      await bootstrap(props);
      await mount(props);
      await expect.element(page.getByRole('heading', { name: 'Обращение № 108' })).toBeVisible();
      expect(live.size).toBeGreaterThan(0);
      await unmount(props);
      await expect.poll(() => live.size).toBe(0);
      expect(domElement.childNodes).toHaveLength(0);
    }
  });

  it("names a wrong prop in the moderator's language instead of failing the page", async () => {
    const props = singleSpaProps({ apiBaseUrl: 'javascript:alert(1)', locale: 'en' });
    await bootstrap(props);
    await mount(props);
    await expect.element(page.getByRole('alert')).toHaveTextContent('Invalid parameter “apiBaseUrl”');
    await unmount(props);
    expect(domElement.childNodes).toHaveLength(0);
  });
});
