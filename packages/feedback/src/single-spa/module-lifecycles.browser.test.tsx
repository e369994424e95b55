/**
 * The element a host hands the module keeps nothing of it. single-spa 6 keeps every closed root
 * parcel's props, its `domElement` among them, for the life of the page; a cabinet may keep its
 * outlet as long. So each mount renders into an element the module makes inside the host's, with
 * the React root and React DOM's listeners on it, and removes it at unmount: the host's element
 * carries only that element while mounted and ends as it began (no children, no listeners, no
 * properties such as React's container marks), so what single-spa keeps of it holds nothing of
 * the module. The parcel is opened as the README tells hosts to, with single-spa's own
 * `mountRootParcel`, a fresh container each time. (That the module's element is then collected
 * is measured on the production build by `pnpm bench:mounts`: in this dev build React's debug
 * information may hold the last tree a while.)
 */
import { createMockApi } from '@seller-support/mocks';
import { mountRootParcel } from 'single-spa';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SellerSupportElement } from '../element';
import { createMockFetch } from '../testing/mock-fetch';
import { mockApiBaseUrl } from '../testing/module-harness';
import { applicationLifecycles } from './application';
import { parcelLifecycles } from './parcel';

const legalName = 'ООО «Ромашка»';
const opens = 3;

type AddListener = (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) => void;
type RemoveListener = (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) => void;
const eventTarget: { addEventListener: AddListener; removeEventListener: RemoveListener } =
  EventTarget.prototype;
const original = {
  addEventListener: eventTarget.addEventListener,
  removeEventListener: eventTarget.removeEventListener,
};

/** The listeners on every target, as "type capture" per registration, until removed. */
const listeners = new Map<EventTarget, Map<EventListenerOrEventListenerObject, Set<string>>>();
const capture = (options: boolean | EventListenerOptions | undefined) =>
  typeof options === 'object' ? Boolean(options.capture) : Boolean(options);

function listenersOn(target: EventTarget): string[] {
  return [...(listeners.get(target)?.values() ?? [])].flatMap((registrations) => [...registrations]);
}

beforeEach(() => {
  vi.stubGlobal('fetch', createMockFetch(createMockApi({ baseUrl: mockApiBaseUrl }).handlers));
  eventTarget.addEventListener = function (type, listener, options) {
    if (listener !== null) {
      const byListener = listeners.get(this) ?? new Map<EventListenerOrEventListenerObject, Set<string>>();
      const registrations = byListener.get(listener) ?? new Set<string>();
      registrations.add(`${type} ${String(capture(options))}`);
      byListener.set(listener, registrations);
      listeners.set(this, byListener);
    }
    original.addEventListener.call(this, type, listener, options);
  };
  eventTarget.removeEventListener = function (type, listener, options) {
    if (listener !== null)
      listeners
        .get(this)
        ?.get(listener)
        ?.delete(`${type} ${String(capture(options))}`);
    original.removeEventListener.call(this, type, listener, options);
  };
});

afterEach(() => {
  Object.assign(eventTarget, original);
  listeners.clear();
  vi.unstubAllGlobals();
});

const hostProps = {
  apiBaseUrl: mockApiBaseUrl,
  getAccessToken: () => 'demo-token',
  locale: 'ru',
  // The test page's own address is the application's start page: the request form.
  basePath: window.location.pathname,
};

/** The module's element in the host's, once it shows the seller's data. */
async function moduleElementShown(hostElement: HTMLElement): Promise<Element> {
  await expect
    .poll(() =>
      hostElement.querySelector('[data-seller-support]')?.shadowRoot?.textContent.includes(legalName),
    )
    .toBe(true);
  const element = hostElement.querySelector('[data-seller-support]');
  if (element === null) throw new Error('the module has not rendered');
  return element;
}

/** Mounts the module into `hostElement` the way one kind of host does, and returns its unmount. */
interface Host {
  name: string;
  /** The host's element, made afresh for each open. */
  hostElement: () => HTMLElement;
  open: (hostElement: HTMLElement) => Promise<() => Promise<unknown>>;
}

const hosts: Host[] = [
  {
    name: 'the parcel, opened with mountRootParcel',
    hostElement: () => document.createElement('div'),
    async open(domElement) {
      const orderId = createMockApi({ baseUrl: mockApiBaseUrl }).store.listOrders({ limit: 1 }).items[0]?.id;
      const parcel = mountRootParcel(parcelLifecycles, { domElement, ...hostProps, orderId });
      await parcel.mountPromise;
      return () => parcel.unmount();
    },
  },
  {
    name: 'the application, mounted by single-spa into its outlet',
    hostElement: () => document.createElement('div'),
    async open(domElement) {
      const props = {
        name: '@seller-support/feedback',
        singleSpa: {},
        mountParcel: () => {
          throw new Error('not used');
        },
        domElement,
        ...hostProps,
      };
      await applicationLifecycles.bootstrap(props);
      await applicationLifecycles.mount(props);
      return () => applicationLifecycles.unmount(props);
    },
  },
  {
    name: '<seller-support>',
    hostElement: () => document.createElement('seller-support'),
    open(element) {
      if (!(element instanceof SellerSupportElement)) throw new Error('not the module’s element');
      element.apiBaseUrl = hostProps.apiBaseUrl;
      element.getAccessToken = hostProps.getAccessToken;
      element.locale = hostProps.locale;
      element.basePath = hostProps.basePath;
      // Its unmount runs a microtask after the element leaves the page: done once its content is gone.
      return Promise.resolve(async () => {
        element.remove();
        await expect.poll(() => element.childNodes.length).toBe(0);
      });
    },
  },
];

describe.each(hosts)('$name', ({ hostElement: makeHostElement, open }) => {
  it(`leaves the host's element as it was, open after open (${String(opens)} of them)`, async () => {
    for (let round = 0; round < opens; round += 1) {
      const hostElement = makeHostElement();
      document.body.append(hostElement);
      const close = await open(hostElement);
      const moduleElement = await moduleElementShown(hostElement);

      // The module's element is the only thing in the host's, and React's root lives on it.
      expect([...hostElement.childNodes]).toEqual([moduleElement]);
      expect(listenersOn(hostElement)).toEqual([]);
      expect(listenersOn(moduleElement)).toContain('click false');

      await close();
      expect(hostElement.childNodes).toHaveLength(0);
      expect(listenersOn(hostElement)).toEqual([]);
      // No React container or root marked on it, nor anything else.
      expect(Object.getOwnPropertyNames(hostElement)).toEqual([]);
      expect(document.querySelector('[data-seller-support]')).toBeNull();
      hostElement.remove();
    }
  });
});
