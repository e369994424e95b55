/**
 * What a cabinet's developers learn when they wire the module wrongly: a console message that
 * says what to change, the host's `module-failed` event, and for the seller a screen in the
 * cabinet's language instead of a blank one.
 */
import { createMockApi } from '@seller-support/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ModuleEvent } from './app/events';
import { moduleEventName } from './index';
// As a host written in JavaScript meets them: props of any shape (the entries only type them).
import { applicationLifecycles as application } from './single-spa/application';
import { parcelLifecycles } from './single-spa/parcel';
import { expectConsole, loggedMessages } from './testing/console';
import { createMockFetch } from './testing/mock-fetch';
import { mockApiBaseUrl } from './testing/module-harness';
import { lifecycleProps } from './testing/lifecycle-props';

let domElement: HTMLElement;
let mountCount = 0;
let domEvents: ModuleEvent[];
const testPage = window.location.pathname;
const langBefore = document.documentElement.lang;

function isModuleEvent(value: unknown): value is ModuleEvent {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function recordDomEvent(event: Event) {
  if (event instanceof CustomEvent && isModuleEvent(event.detail)) domEvents.push(event.detail);
}

beforeEach(() => {
  domEvents = [];
  domElement = document.createElement('div');
  document.body.append(domElement);
  document.addEventListener(moduleEventName, recordDomEvent);
  vi.stubGlobal('fetch', createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers));
});

afterEach(() => {
  document.removeEventListener(moduleEventName, recordDomEvent);
  domElement.remove();
  document.documentElement.lang = langBefore;
  window.history.replaceState(null, '', testPage);
  vi.unstubAllGlobals();
});

/** Props as single-spa hands them to an application: its own keys plus the host's. */
function singleSpaProps(hostProps: Readonly<Record<string, unknown>>) {
  mountCount += 1;
  return lifecycleProps({ name: `traps-${mountCount}`, domElement }, { basePath: testPage, ...hostProps });
}

async function mounted(props: ReturnType<typeof singleSpaProps>) {
  await application.bootstrap(props);
  await application.mount(props);
  return () => application.unmount(props);
}

describe('a basePath the page is not under', () => {
  it('tells the developer both paths, the host module-failed, and gives the seller the way in', async () => {
    const consoleError = expectConsole('error');
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    // single-spa mounted the module on /help/…, the host says it lives under /support.
    window.history.replaceState(null, '', '/help/orders');
    const unmount = await mounted(singleSpaProps({ basePath: '/support', locale: 'en', onEvent }));

    await expect
      .element(page.getByRole('heading', { name: 'Support opens at another address' }))
      .toBeVisible();
    await expect
      .poll(() => loggedMessages(consoleError))
      .toEqual([
        "[@seller-support/feedback] basePath '/support' does not match the page '/help/orders': set basePath to the route single-spa activates the module on",
      ]);
    const failed: ModuleEvent = { type: 'module-failed', reason: 'base-path-mismatch' };
    expect(onEvent).toHaveBeenCalledExactlyOnceWith(failed);
    expect(domEvents).toEqual([failed]);

    const link = page.getByRole('link', { name: 'Ask a question' });
    await expect.element(link).toHaveAttribute('href', '/support/');
    await link.click();
    // Under its basePath now: the module's own start screen.
    expect(window.location.pathname).toBe('/support/');
    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    expect(consoleError).toHaveBeenCalledOnce();
    await unmount();
  });

  it('says nothing when the host navigates away from a sound mount', async () => {
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const unmount = await mounted(singleSpaProps({ onEvent }));
    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();

    // The host's navigation, before single-spa gets to unmount the module.
    window.history.pushState(null, '', '/orders');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).not.toBeInTheDocument();
    expect(onEvent.mock.calls.filter(([event]) => event.type === 'module-failed')).toEqual([]);
    await unmount();
  });
});

describe('props the module does not know', () => {
  it('warns once per name per mount, with the closest known prop', async () => {
    const consoleWarn = expectConsole('warn');
    const props = singleSpaProps({
      profileURL: '/profile',
      colour: 'dark',
      domElementGetter: () => domElement,
    });
    const unmount = await mounted(props);
    await expect.element(page.getByRole('heading', { name: 'Поддержка продавцов' })).toBeVisible();

    await expect.poll(() => consoleWarn.mock.calls.length).toBe(2);
    const warnings = loggedMessages(consoleWarn);
    expect(warnings[0]).toMatch(
      /^\[@seller-support\/feedback\] unknown prop 'profileURL' is ignored: did you mean 'profileUrl'\?/,
    );
    // Nothing close enough: no guess, but the list of what there is.
    expect(warnings[1]).toMatch(
      /^\[@seller-support\/feedback\] unknown prop 'colour' is ignored\. Known props: apiBaseUrl, /,
    );

    // The same names on update: not again.
    await application.update?.({ ...props, locale: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Seller support' })).toBeVisible();
    expect(consoleWarn).toHaveBeenCalledTimes(2);
    await unmount();

    // A new mount is a new start: told again.
    const again = await mounted(props);
    await expect.poll(() => consoleWarn.mock.calls.length).toBe(4);
    await again();
  });

  it('takes the parcel’s own props and single-spa’s as known', async () => {
    const consoleWarn = expectConsole('warn');
    const props = {
      ...singleSpaProps({ orderId: 'O-1', topic: 'orders', onClose: () => undefined, orderID: 'O-2' }),
      unmountSelf: () => Promise.resolve(),
    };
    await parcelLifecycles.bootstrap(props);
    await parcelLifecycles.mount(props);
    await expect.element(page.getByRole('dialog')).toBeVisible();
    await expect.poll(() => loggedMessages(consoleWarn)).toHaveLength(1);
    expect(loggedMessages(consoleWarn)[0]).toMatch(
      /unknown prop 'orderID' is ignored: did you mean 'orderId'\?/,
    );
    await parcelLifecycles.unmount(props);
  });
});

describe('invalid props', () => {
  it('logs every problem in English for the developer while the seller reads Russian', async () => {
    const consoleError = expectConsole('error');
    const props = singleSpaProps({
      apiBaseUrl: undefined,
      getAccessToken: 'demo-token',
      initialTopic: 'gossip',
    });
    const unmount = await mounted(props);

    await expect.element(page.getByRole('alert')).toHaveTextContent('getAccessToken: ожидается функция');
    await expect
      .poll(() => loggedMessages(consoleError))
      .toEqual([
        [
          '[@seller-support/feedback] the module did not start: invalid props',
          '  - apiBaseUrl: required but not passed, expected a URL (an http(s) address or a path starting with “/”)',
          '  - getAccessToken: expected a function that returns an access token',
          '  - initialTopic: expected one of the request topics (account, orders, staff_complaint, parcel_location, logistics_info, fraud, payments, warranty)',
        ].join('\n'),
      ]);

    // The same problems on update (another language): not logged again; a new problem is.
    await application.update?.({ ...props, locale: 'en' });
    await expect.element(page.getByRole('alert')).toHaveTextContent('getAccessToken: expected a function');
    expect(consoleError).toHaveBeenCalledOnce();
    await application.update?.({ ...props, locale: 'en', initialTopic: undefined });
    await expect.poll(() => consoleError.mock.calls.length).toBe(2);
    expect(loggedMessages(consoleError)[1]).not.toContain('initialTopic');
    await unmount();
  });

  it('shows an invalid locale’s screen in the page’s language, not in Russian', async () => {
    const consoleError = expectConsole('error');
    document.documentElement.lang = 'en';
    const unmount = await mounted(singleSpaProps({ locale: 'en-US' }));

    await expect.element(page.getByRole('alert')).toHaveTextContent('The support module did not start');
    await expect.element(page.getByRole('alert')).toHaveTextContent('locale: expected “ru” or “en”');
    await expect.poll(() => loggedMessages(consoleError).join()).toContain('locale: expected “ru” or “en”');
    await unmount();
  });
});
