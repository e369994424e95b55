/**
 * Unmount leaves nothing behind: after 100 mount/unmount cycles of the application and of the
 * parcel, the host's element is empty, <head> and <body> are as they were, and no listener on a
 * live target, timer, interval, animation frame, observer, IndexedDB connection or request of
 * the module is left running. The page's globals are instrumented before the module is
 * imported, so code that runs when the module loads is watched too.
 */
import { createMockApi } from '@seller-support/mocks';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockFetch } from './testing/mock-fetch';
import { mockApiBaseUrl } from './testing/module-harness';

const cycles = 100;
const legalName = 'ООО «Ромашка»';

/** Something still running, and where it was started: the stack names the culprit. */
interface Running {
  what: string;
  stack: string;
  /** For a listener: what it listens on. */
  target?: EventTarget;
}

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

/** An observer prototype, seen through properties so its methods can be kept and called later. */
interface ObserverPrototype {
  observe: (this: object, target: Element, ...rest: never[]) => void;
  disconnect: (this: object) => void;
}

const eventTarget: { addEventListener: AddListener; removeEventListener: RemoveListener } =
  EventTarget.prototype;
const indexedDbFactory: { open: (this: IDBFactory, name: string, version?: number) => IDBOpenDBRequest } =
  IDBFactory.prototype;
const indexedDbConnection: { close: (this: IDBDatabase) => void } = IDBDatabase.prototype;
const observerPrototypes: Record<string, ObserverPrototype> = {
  MutationObserver: MutationObserver.prototype,
  ResizeObserver: ResizeObserver.prototype,
  IntersectionObserver: IntersectionObserver.prototype,
};

// The page's own functions, kept before instrumenting: the test waits with these, uncounted.
const original = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  addEventListener: eventTarget.addEventListener,
  removeEventListener: eventTarget.removeEventListener,
  openIndexedDb: indexedDbFactory.open,
  closeIndexedDb: indexedDbConnection.close,
  observers: Object.fromEntries(
    Object.entries(observerPrototypes).map(([name, { observe, disconnect }]) => [
      name,
      { observe, disconnect },
    ]),
  ),
};

const stackHere = () => (new Error().stack ?? '').split('\n').slice(3, 10).join('\n');

function describeTarget(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof Element) return `<${target.localName}>`;
  return target.constructor.name;
}

/**
 * Counts what runs: listeners by (target, type, listener, capture) until removed, timers until
 * they fire or are cleared, intervals and animation frames until cleared, observers from
 * `observe` to `disconnect`.
 */
function instrumentPage() {
  const listeners = new Map<EventTarget, Map<string, Running>>();
  const timers = new Map<number, Running>();
  const frames = new Map<number, Running>();
  const observers = new Map<object, Running & { targets: Set<Node> }>();
  const connections = new Map<IDBDatabase, Running>();

  // The browser keeps one registration per (type, listener, capture): so does this count.
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (listener: object) => {
    let id = ids.get(listener);
    if (id === undefined) ids.set(listener, (id = lastId += 1));
    return id;
  };
  const capture = (options: boolean | EventListenerOptions | undefined) =>
    typeof options === 'object' ? Boolean(options.capture) : Boolean(options);
  const keyOf = (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options: boolean | EventListenerOptions | undefined,
  ) => `${type} ${String(idOf(listener))} ${String(capture(options))}`;

  eventTarget.addEventListener = function (type, listener, options) {
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (listener !== null && signal?.aborted !== true) {
      let byKey = listeners.get(this);
      if (byKey === undefined) listeners.set(this, (byKey = new Map<string, Running>()));
      const key = keyOf(type, listener, options);
      const registrations = byKey;
      if (!registrations.has(key)) {
        registrations.set(key, {
          what: `${describeTarget(this)} "${type}"`,
          target: this,
          stack: stackHere(),
        });
      }
      const forget = () => registrations.delete(key);
      if (signal) original.addEventListener.call(signal, 'abort', forget, { once: true });
      // A `once` listener is gone once it ran: watch for that alongside it.
      if (typeof options === 'object' && options.once === true) {
        original.addEventListener.call(this, type, forget, { once: true, capture: capture(options) });
      }
    }
    original.addEventListener.call(this, type, listener, options);
  };
  eventTarget.removeEventListener = function (type, listener, options) {
    if (listener !== null) listeners.get(this)?.delete(keyOf(type, listener, options));
    original.removeEventListener.call(this, type, listener, options);
  };

  // Assigned as a set: the DOM's and Node's typings of these globals disagree.
  Object.assign(window, {
    setTimeout(handler: TimerHandler, delay?: number, ...args: unknown[]): number {
      const id = original.setTimeout(() => {
        timers.delete(id);
        if (typeof handler === 'function') Reflect.apply(handler, undefined, args);
      }, delay);
      timers.set(id, { what: `setTimeout(${String(delay ?? 0)} ms)`, stack: stackHere() });
      return id;
    },
    clearTimeout(id?: number): void {
      if (id !== undefined) timers.delete(id);
      original.clearTimeout(id);
    },
    setInterval(handler: TimerHandler, delay?: number, ...args: unknown[]): number {
      const id = original.setInterval(handler, delay, ...args);
      timers.set(id, { what: `setInterval(${String(delay ?? 0)} ms)`, stack: stackHere() });
      return id;
    },
    clearInterval(id?: number): void {
      if (id !== undefined) timers.delete(id);
      original.clearInterval(id);
    },
    requestAnimationFrame(callback: FrameRequestCallback): number {
      const id = original.requestAnimationFrame((time) => {
        frames.delete(id);
        callback(time);
      });
      frames.set(id, { what: 'requestAnimationFrame', stack: stackHere() });
      return id;
    },
    cancelAnimationFrame(id: number): void {
      frames.delete(id);
      original.cancelAnimationFrame(id);
    },
  });

  // An open IndexedDB connection stays in memory (and blocks upgrades) until it is closed.
  indexedDbFactory.open = function (name, version) {
    const request = original.openIndexedDb.call(this, name, version);
    const stack = stackHere();
    original.addEventListener.call(request, 'success', () => {
      connections.set(request.result, { what: `IndexedDB connection to "${name}"`, stack });
    });
    return request;
  };
  indexedDbConnection.close = function () {
    connections.delete(this);
    original.closeIndexedDb.call(this);
  };

  for (const [name, prototype] of Object.entries(observerPrototypes)) {
    const kept = original.observers[name];
    if (kept === undefined) continue;
    prototype.observe = function (target, ...rest) {
      const entry = observers.get(this) ?? { what: name, stack: stackHere(), targets: new Set<Node>() };
      entry.targets.add(target);
      entry.what = `${name} on ${[...entry.targets].map(describeTarget).join(', ')}`;
      observers.set(this, entry);
      kept.observe.call(this, target, ...rest);
    };
    prototype.disconnect = function () {
      observers.delete(this);
      kept.disconnect.call(this);
    };
  }

  return {
    /**
     * Everything still running that outlives the module's elements. Listeners on nodes that
     * left the page, and observers of such nodes only, are collected with them; a listener on
     * window, document, a node in the page or any other global object keeps running.
     */
    running(): Running[] {
      const live: Running[] = [];
      for (const [target, registrations] of listeners) {
        if (target instanceof Node && !target.isConnected) continue;
        if (target instanceof AbortSignal) continue;
        live.push(...registrations.values());
      }
      live.push(...timers.values(), ...frames.values());
      live.push(...connections.values());
      for (const entry of observers.values()) {
        if ([...entry.targets].some((target) => target.isConnected)) live.push(entry);
      }
      return live;
    },
    restore() {
      eventTarget.addEventListener = original.addEventListener;
      eventTarget.removeEventListener = original.removeEventListener;
      indexedDbFactory.open = original.openIndexedDb;
      indexedDbConnection.close = original.closeIndexedDb;
      Object.assign(window, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        requestAnimationFrame: original.requestAnimationFrame,
        cancelAnimationFrame: original.cancelAnimationFrame,
      });
      for (const [name, prototype] of Object.entries(observerPrototypes)) {
        Object.assign(prototype, original.observers[name]);
      }
    },
  };
}

/** What is running, as comparable text; the stacks go into the failure message. */
const summary = (running: readonly Running[]) => running.map(({ what }) => what).sort();
const details = (running: readonly Running[]) =>
  running.map(({ what, stack }) => `${what}\n${stack}`).join('\n\n');

/** Polls with the page's own timer, so the wait itself is not counted. */
async function waitFor(condition: () => boolean, what: () => string, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what()}`);
    await pause(10);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => original.setTimeout(resolve, ms));
}

/**
 * What an unmount sets off has finished: every request the module sent is answered or its abort
 * has rejected it, and the drafts database's connection is closed.
 */
const unmountSettled = () =>
  waitFor(
    () =>
      openRequests.size === 0 &&
      !instrumentation.running().some(({ what }) => what.startsWith('IndexedDB connection')),
    () =>
      `requests and connections to close: ${[...openRequests].map(({ url }) => url).join(', ')} ` +
      summary(instrumentation.running()).join(', '),
  );

/** The module's visible text: what the seller sees, without its stylesheet. */
function moduleText(container: HTMLElement): string {
  const shadowRoot = container.querySelector('[data-seller-support]')?.shadowRoot;
  return shadowRoot?.querySelector('.ss-root')?.textContent ?? '';
}

const instrumentation = instrumentPage();
const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
const someOrderId = mockApi.store.listOrders().items[0]?.id ?? 'no order in the mock data';
/** Requests the module sent that are neither answered nor aborted. */
const openRequests = new Set<Request>();
/** The live streams the module opened: each must be aborted by the unmount. */
const streams: Request[] = [];
// A live stream that stays open (ready, then silence): the mount follows it until it unmounts.
const liveStream = http.get(`${mockApiBaseUrl}/events`, ({ request }) => {
  streams.push(request);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('event: ready\ndata: {"heartbeatSeconds":15}\n\n'));
    },
  });
  return new HttpResponse(body, { headers: { 'Content-Type': 'text/event-stream' } });
});
const uncaught: string[] = [];
const onError = (event: Event) => {
  if (event instanceof ErrorEvent) uncaught.push(String(event.error ?? event.message));
};
const onRejection = (event: Event) => {
  if (event instanceof PromiseRejectionEvent) uncaught.push(String(event.reason));
};

beforeAll(() => {
  original.addEventListener.call(window, 'error', onError);
  original.addEventListener.call(window, 'unhandledrejection', onRejection);
  const answer = createMockFetch([liveStream, ...mockApi.handlers]);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
    openRequests.add(request);
    try {
      return await answer(request);
    } finally {
      openRequests.delete(request);
    }
  });
});

afterAll(() => {
  original.removeEventListener.call(window, 'error', onError);
  original.removeEventListener.call(window, 'unhandledrejection', onRejection);
  vi.unstubAllGlobals();
  instrumentation.restore();
});

const hostProps = {
  apiBaseUrl: mockApiBaseUrl,
  getAccessToken: () => 'demo-token',
  locale: 'ru' as const,
  // The test page's own address is the module's start page: the request form.
  basePath: window.location.pathname,
};

/** As single-spa hands them over: its own keys, then the host's. */
const singleSpaKeys = (domElement: HTMLElement) => ({
  name: 'leak-test',
  singleSpa: {},
  mountParcel: () => {
    throw new Error('not used');
  },
  domElement,
});

/** An entry's lifecycles, each bound to the props it is mounted with. */
interface BoundLifecycles {
  bootstrap: () => Promise<unknown>;
  mount: () => Promise<unknown>;
  unmount: () => Promise<unknown>;
}

describe.each([
  {
    name: 'application (src/entry.ts)',
    load: async (container: HTMLElement): Promise<BoundLifecycles> => {
      const { bootstrap, mount, unmount } = await import('./entry');
      const props = { ...singleSpaKeys(container), ...hostProps };
      return { bootstrap: () => bootstrap(props), mount: () => mount(props), unmount: () => unmount(props) };
    },
  },
  {
    name: 'parcel (src/parcel.ts)',
    load: async (container: HTMLElement): Promise<BoundLifecycles> => {
      const { bootstrap, mount, unmount } = await import('./parcel');
      const props = { ...singleSpaKeys(container), ...hostProps, orderId: someOrderId };
      return { bootstrap: () => bootstrap(props), mount: () => mount(props), unmount: () => unmount(props) };
    },
  },
])('$name', ({ load }) => {
  it(`leaves nothing behind after ${cycles} mounts and unmounts`, { timeout: 600_000 }, async () => {
    const headBefore = [...document.head.childNodes];
    const bodyBefore = [...document.body.childNodes];
    const sheetsBefore = [...document.adoptedStyleSheets];
    const runningBefore = instrumentation.running();

    const container = document.createElement('div');
    document.body.append(container);
    const lifecycles = await load(container);
    await lifecycles.bootstrap();

    const cycle = async () => {
      const streamsBefore = streams.length;
      await lifecycles.mount();
      // The screen with the seller's data: the module has rendered, loaded and settled.
      await waitFor(
        () => moduleText(container).includes(legalName),
        () => `the seller's name; the module shows: ${moduleText(container).slice(0, 500)}`,
      );
      // The live stream is open too: the unmount must close it.
      await waitFor(
        () => streams.length > streamsBefore,
        () => 'the live stream to open',
      );
      await lifecycles.unmount();
      // What an unmount cancels settles a moment later: an aborted request's rejection, the
      // drafts database's connection closing.
      await unmountSettled();
    };
    // The first cycle loads the lazy screens: whatever happens once per page load happens here.
    await cycle();
    const runningAfterFirst = instrumentation.running();
    for (let round = 1; round < cycles; round += 1) await cycle();
    await unmountSettled();
    const running = instrumentation.running();

    expect(container.childNodes).toHaveLength(0);
    expect(document.querySelector('[data-seller-support]')).toBeNull();
    expect([...document.head.childNodes]).toEqual(headBefore);
    expect([...document.body.childNodes]).toEqual([...bodyBefore, container]);
    expect([...document.adoptedStyleSheets]).toEqual(sheetsBefore);
    // Nothing more after 100 cycles than after one…
    expect(summary(running), details(running)).toEqual(summary(runningAfterFirst));
    // …and nothing left by that one either, but React's own: the listener React DOM puts on its
    // document, once, and never takes off (the host's React). The listeners it puts on the
    // element it renders into went with the module's own element: none is on the host's.
    const reactRootListener = ({ target, what }: Running) =>
      target === document && what === 'document "selectionchange"';
    const leftByModule = running.filter((entry) => !reactRootListener(entry));
    expect(summary(leftByModule), details(leftByModule)).toEqual(
      summary(runningBefore.filter((entry) => !reactRootListener(entry))),
    );
    expect([...openRequests].filter((request) => !request.signal.aborted).map(({ url }) => url)).toEqual([]);
    expect(streams.length).toBeGreaterThanOrEqual(cycles);
    expect(streams.filter((request) => !request.signal.aborted).map(({ url }) => url)).toEqual([]);
    expect(uncaught).toEqual([]);
    container.remove();
  });
});
