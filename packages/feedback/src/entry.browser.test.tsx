import { createMockApi, makeProblem, problemResponse } from '@seller-support/mocks';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ModuleEvent } from './app/events';
// The event's name from the entry itself, as a host imports it at run time.
import { bootstrap, moduleEventName, mount, unmount, update } from './entry';
// As a host written in JavaScript meets them: props of any shape (src/entry.ts only types them).
import { applicationLifecycles as untyped } from './single-spa/application';
import { createMockFetch } from './testing/mock-fetch';
import { expectConsole, loggedMessages } from './testing/console';
import { mockApiBaseUrl } from './testing/module-harness';

let mountCount = 0;
let domElement: HTMLElement;
let headBefore: Node[];

beforeEach(() => {
  headBefore = [...document.head.childNodes];
  domElement = document.createElement('div');
  document.body.append(domElement);
});

afterEach(() => {
  domElement.remove();
  vi.unstubAllGlobals();
});

/** Props as single-spa hands them over: its own keys plus the host's custom props. */
function singleSpaProps<const Host extends Readonly<Record<string, unknown>>>(hostProps: Host) {
  mountCount += 1;
  return {
    name: `@seller-support/feedback#${mountCount}`,
    singleSpa: {},
    mountParcel: () => {
      throw new Error('not used');
    },
    domElement,
    // The test page's own path, so the module is at its root (the "ask" screen).
    basePath: window.location.pathname,
    ...hostProps,
  };
}

function moduleHost() {
  const host = domElement.querySelector('[data-seller-support]');
  if (!(host instanceof HTMLElement) || host.shadowRoot === null) throw new Error('no module host');
  return { host, shadowRoot: host.shadowRoot };
}

function useMockApi(...overrides: Parameters<typeof createMockFetch>[0]) {
  vi.stubGlobal(
    'fetch',
    createMockFetch([...overrides, ...createMockApi({ baseUrl: mockApiBaseUrl }).handlers]),
  );
}

describe('single-spa lifecycles', () => {
  it('mounts with real props, switches language in place and leaves nothing behind', async () => {
    useMockApi();
    const props = singleSpaProps({
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      nonce: 'n0nce',
    });

    await bootstrap(props);
    await mount(props);

    await expect
      .element(page.getByRole('region', { name: 'Ваши данные' }).getByText('ООО «Ромашка»'))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();
    const { host, shadowRoot } = moduleHost();
    const heading = shadowRoot.querySelector('h1');
    // The module's CSS is the frame's <style> and the screen's, inside the shadow root, with the host's nonce.
    const styles = [...shadowRoot.querySelectorAll('style')];
    expect(styles.map((style) => style.nonce)).toEqual(['n0nce', 'n0nce']);
    expect([...document.head.childNodes]).toEqual(headBefore);

    await update({ ...props, locale: 'en', theme: 'dark' });

    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    // The identity is one line until the seller opens it: the line itself is in English now.
    await expect
      .element(page.getByRole('region', { name: 'Your details' }).getByText(/ООО «Ромашка» · Standard$/))
      .toBeVisible();
    await page
      .getByRole('region', { name: 'Your details' })
      .getByText(/ООО «Ромашка» · Standard$/)
      .click();
    await expect
      .element(page.getByRole('region', { name: 'Your details' }).getByText('Legal name'))
      .toBeVisible();
    // The same nodes: updated, not remounted.
    expect(moduleHost().host).toBe(host);
    expect(shadowRoot.querySelector('h1')).toBe(heading);
    expect(host.dataset['theme']).toBe('dark');

    await unmount(props);

    expect(domElement.childNodes).toHaveLength(0);
    expect([...document.head.childNodes]).toEqual(headBefore);
  });

  it('uses the token getter of the latest update on the next request', async () => {
    const seenTokens: (string | null)[] = [];
    useMockApi(
      http.get(`${mockApiBaseUrl}/context`, ({ request }) => {
        const authorization = request.headers.get('Authorization');
        seenTokens.push(authorization);
        // Falling through to the shared handlers answers normally.
        return authorization === 'Bearer fresh-token' ? undefined : problemResponse(makeProblem(401));
      }),
    );
    const onSessionExpired = vi.fn();
    const props = singleSpaProps({
      apiBaseUrl: mockApiBaseUrl,
      getAccessToken: () => 'stale-token',
      onSessionExpired,
    });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('alert')).toHaveTextContent('Сессия истекла');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);

    // The host renews the session and hands over a new getter; the seller retries.
    await update({ ...props, getAccessToken: () => Promise.resolve('fresh-token') });
    await page.getByRole('button', { name: 'Повторить' }).click();

    await expect
      .element(page.getByRole('region', { name: 'Ваши данные' }).getByText('ООО «Ромашка»'))
      .toBeVisible();
    // A 401 is tried once more with a token asked for anew before the host hears of it.
    expect(seenTokens).toEqual(['Bearer stale-token', 'Bearer stale-token', 'Bearer fresh-token']);
    await unmount(props);
  });

  it('names a missing prop, tells the host both ways, and recovers when the props are fixed', async () => {
    const consoleError = expectConsole('error');
    useMockApi();
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const domEvents: unknown[] = [];
    const listener = (event: Event) => {
      if (event instanceof CustomEvent) domEvents.push(event.detail);
    };
    document.addEventListener(moduleEventName, listener);
    const props = singleSpaProps({ getAccessToken: () => 'demo-token', onEvent });

    await untyped.bootstrap(props);
    await untyped.mount(props);

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('apiBaseUrl: обязательный параметр не передан, ожидается URL');
    const expected: ModuleEvent = { type: 'module-failed', reason: 'invalid-props', props: ['apiBaseUrl'] };
    expect(onEvent).toHaveBeenCalledExactlyOnceWith(expected);
    expect(domEvents).toEqual([expected]);

    await untyped.update?.({ ...props, locale: 'en' });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('apiBaseUrl: required but not passed, expected a URL');
    // Same bad prop, same report: the host is not flooded on every update.
    expect(onEvent).toHaveBeenCalledTimes(1);
    await expect
      .poll(() => loggedMessages(consoleError))
      .toEqual([
        '[@seller-support/feedback] the module did not start: invalid props\n  - apiBaseUrl: required but not passed, expected a URL (an http(s) address or a path starting with “/”)',
      ]);

    await untyped.update?.({ ...props, locale: 'en', apiBaseUrl: mockApiBaseUrl });
    await expect
      .element(page.getByRole('region', { name: 'Your details' }).getByText('ООО «Ромашка»'))
      .toBeVisible();

    await untyped.unmount(props);
    document.removeEventListener(moduleEventName, listener);
    expect(domElement.childNodes).toHaveLength(0);
  });

  it('reports a wrong value by prop name, without the value', async () => {
    const consoleError = expectConsole('error');
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({
      apiBaseUrl: 'javascript:alert(1)',
      getAccessToken: () => 'demo-token',
      locale: 'en',
      onEvent,
    });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('alert')).toHaveTextContent('apiBaseUrl: expected a URL');
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({
      type: 'module-failed',
      reason: 'invalid-props',
      props: ['apiBaseUrl'],
    });
    await expect.poll(() => loggedMessages(consoleError).join()).toContain('apiBaseUrl: expected a URL');
    expect(loggedMessages(consoleError).join()).not.toContain('javascript:');
    await unmount(props);
  });
});
