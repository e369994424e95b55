/**
 * The parcel as a host uses it: mounted with single-spa's `mountRootParcel` into an element of the
 * host's page, over the mock API, with the application mounted beside it where that matters.
 */
import { createMockApi, mockPending, type MockApi } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { createStore, clear } from 'idb-keyval';
import { defaultClientTimeouts } from '@seller-support/contract';
import { mountRootParcel } from 'single-spa';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ModuleEvent } from './app/events';
import { moduleEventName } from './index';
// The lifecycles as a host written in JavaScript meets them: props of any shape (src/parcel.ts only types them).
import { applicationLifecycles as application } from './single-spa/application';
import { parcelLifecycles } from './single-spa/parcel';
import { createMockFetch } from './testing/mock-fetch';
import { expectConsole, loggedMessages } from './testing/console';
import { mockApiBaseUrl } from './testing/module-harness';

let mock: MockApi;
/** What answers the parcel's requests: a test may put an override in front. */
let handlers: RequestHandler[];
let requests: string[];
let opener: HTMLButtonElement;
let domElement: HTMLElement;
let headBefore: Node[];
const cleanups: (() => Promise<unknown> | undefined)[] = [];

// The form is a lazy chunk, and a big one to transform on a cold dev server: load it before the
// first test's clock starts, as a warm cache would.
beforeAll(async () => {
  await Promise.all([import('./app/parcel/order-question-form'), import('./app/support-page')]);
}, 60_000);

beforeEach(async () => {
  // Drafts live in IndexedDB: every test starts without any.
  await clear(createStore('seller-support', 'drafts'));
  mock = createMockApi({ baseUrl: mockApiBaseUrl });
  handlers = [...mock.handlers];
  requests = [];
  const mockFetch = createMockFetch(handlers);
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return mockFetch(request);
  });
  headBefore = [...document.head.childNodes];
  opener = document.createElement('button');
  opener.textContent = 'Спросить поддержку';
  domElement = document.createElement('div');
  document.body.append(opener, domElement);
  opener.focus();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  opener.remove();
  domElement.remove();
  vi.unstubAllGlobals();
});

/** An order the mock seller has: the parcel's form shows it as chosen. */
function someOrderId(): string {
  const order = mock.store.listOrders({ limit: 1 }).items[0];
  if (order === undefined) throw new Error('the mock dataset has no orders');
  return order.id;
}

function hostProps(extra: Readonly<Record<string, unknown>> = {}) {
  return { apiBaseUrl: mockApiBaseUrl, getAccessToken: () => 'demo-token', ...extra };
}

/**
 * Mounts the parcel (or, as single-spa allows, the application's lifecycles) the way a host does,
 * and unmounts it after the test if it is still there.
 */
async function mountParcel(
  props: Readonly<Record<string, unknown>>,
  element = domElement,
  lifecycles: typeof parcelLifecycles = parcelLifecycles,
) {
  const parcel = mountRootParcel(lifecycles, { domElement: element, ...props });
  await parcel.mountPromise;
  cleanups.push(() => (parcel.getStatus() === 'MOUNTED' ? parcel.unmount() : undefined));
  return parcel;
}

/** The focused element, looking into shadow roots (the dialog lives in the module's). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parcel's shadow root in `element`. */
function shadowRootIn(element: HTMLElement): ShadowRoot {
  const root = element.querySelector('[data-seller-support]')?.shadowRoot;
  if (root === null || root === undefined) throw new Error('the module has not rendered');
  return root;
}

const subjectIn = (root: ShadowRoot) => {
  const field = root.querySelector('input[name="subject"]');
  if (!(field instanceof HTMLInputElement)) throw new Error('no subject field');
  return field;
};

describe('the parcel', () => {
  it('opens a modal dialog about the order, with the focus in it, and gives it back on Escape', async () => {
    const orderId = someOrderId();
    const onClose = vi.fn();
    const parcel = await mountParcel(hostProps({ orderId, onClose }));

    const dialog = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });
    await expect.element(dialog).toBeVisible();
    const heading = dialog.getByRole('heading', { name: `Вопрос по заказу № ${orderId}` });
    expect(deepActiveElement()).toBe(heading.element());
    const native = dialog.element();
    expect(native).toBeInstanceOf(HTMLDialogElement);
    // Modal: the host's page underneath cannot be clicked or tabbed to.
    expect(native.matches(':modal')).toBe(true);
    // Prefilled: the order is pinned at the top (chosen, no picker), the topic is "Orders".
    await expect.element(dialog.getByRole('region', { name: `Заказ № ${orderId}` })).toBeVisible();
    await expect.element(dialog.getByRole('radio', { name: /^Заказы/ })).toBeChecked();
    // The address bar is the host's: the parcel never touched it.
    expect(location.pathname).not.toContain('/support');

    await userEvent.keyboard('{Escape}');

    await expect.element(dialog).not.toBeInTheDocument();
    expect(document.activeElement).toBe(opener);
    // The dialog's `close` event, which tells the host, comes a task after it stops showing.
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());

    await parcel.unmount();
    expect(domElement.childNodes).toHaveLength(0);
    expect([...document.head.childNodes]).toEqual(headBefore);
  });

  it('is the short form: the order pinned, the topics of one order, no picker, the full form one link away', async () => {
    const orderId = someOrderId();
    await mountParcel(hostProps({ orderId, basePath: '/support' }));
    const dialog = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });
    const pinned = dialog.getByRole('region', { name: `Заказ № ${orderId}` });
    await expect.element(pinned).toBeVisible();
    await expect.element(pinned).toHaveTextContent(mock.store.getOrder(orderId).items[0]?.name ?? 'no item');

    // Orders, where is my parcel, warranty, payments: the topics a question about one order has.
    expect(
      dialog
        .getByRole('radiogroup', { name: /^Тема обращения/ })
        .getByRole('radio')
        .elements(),
    ).toHaveLength(4);
    await expect.element(dialog.getByRole('radio', { name: /^Где посылка/ })).toBeInTheDocument();
    expect(dialog.getByRole('radio', { name: /^Аккаунт|^Мошенничество/ }).elements()).toHaveLength(0);
    // The order is not picked again: no list of orders to search.
    expect(dialog.getByRole('listbox').elements()).toHaveLength(0);
    await expect.element(dialog.getByRole('textbox', { name: /^Заголовок/ })).toBeVisible();

    const fullForm = dialog.getByRole('link', { name: 'Открыть полную форму обращения' });
    await expect.element(fullForm).toHaveAttribute('href', `/support/?topic=orders&order=${orderId}`);
  });

  it('closes with its close button, keeps the draft, and restores it for the same order', async () => {
    const orderId = someOrderId();
    const onClose = vi.fn();
    const first = await mountParcel(hostProps({ orderId, onClose }));
    const subject = page.getByRole('dialog').getByRole('textbox', { name: 'Заголовок', exact: true });
    await subject.fill('Где мой заказ');

    await page.getByRole('button', { name: 'Закрыть' }).click();

    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(opener);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    // The host unmounts on close; the draft is written on the way out.
    await first.unmount();

    opener.focus();
    await mountParcel(hostProps({ orderId }));
    await expect.element(subject).toHaveValue('Где мой заказ');
  });

  it('sends once, tells the host both ways, confirms with the number and a link, and closes', async () => {
    const orderId = someOrderId();
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const heard: unknown[] = [];
    const listener = (event: Event) => {
      if (event instanceof CustomEvent) heard.push(event.detail);
    };
    document.addEventListener(moduleEventName, listener);
    cleanups.push(() => {
      document.removeEventListener(moduleEventName, listener);
      return undefined;
    });
    const onClose = vi.fn();
    await mountParcel(hostProps({ orderId, onEvent, onClose, basePath: '/cabinet/support' }));
    const dialog = page.getByRole('dialog');

    await dialog.getByRole('radio', { name: 'Изменить заказ' }).click();
    await dialog.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Сменить пункт выдачи');
    await dialog
      .getByRole('textbox', { name: 'Описание', exact: true })
      .fill('Покупатель просит доставить в другой пункт.');
    await dialog.getByRole('button', { name: 'Отправить обращение' }).click();

    const confirmation = dialog.getByRole('heading', { name: /^Обращение № \d+ отправлено$/ });
    await expect.element(confirmation).toBeVisible();
    // The focus moves in an effect, after the heading is painted.
    await expect.poll(deepActiveElement).toBe(confirmation.element());
    const [ticket] = mock.store.listTickets({ query: 'Сменить пункт выдачи' }).items;
    expect(ticket).toBeDefined();
    expect(requests.filter((request) => request === `POST ${mockApiBaseUrl}/tickets`)).toHaveLength(1);
    const created = { type: 'request-created', ticketId: ticket?.id, number: ticket?.number };
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([created]);
    expect(heard).toEqual([created]);
    await expect
      .element(dialog.getByRole('link', { name: 'Открыть обращение' }))
      .toHaveAttribute('href', `/cabinet/support/requests/${ticket?.id ?? ''}`);

    await dialog.getByRole('button', { name: 'Готово' }).click();

    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus back when the host unmounts it with the dialog still open', async () => {
    const onClose = vi.fn();
    const parcel = await mountParcel(hostProps({ orderId: someOrderId(), onClose }));
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(document.activeElement).not.toBe(opener);

    await parcel.unmount();

    expect(document.activeElement).toBe(opener);
    expect(domElement.childNodes).toHaveLength(0);
    // The host took it away itself: there is nothing to tell it.
    expect(onClose).not.toHaveBeenCalled();
  });

  it('takes a new language through update without closing or reopening the dialog', async () => {
    const orderId = someOrderId();
    const props = hostProps({ orderId });
    const parcel = await mountParcel(props);
    const russian = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });
    await expect.element(russian).toBeVisible();
    const dialog = russian.element();
    const contextRequests = () => requests.filter((request) => request === `GET ${mockApiBaseUrl}/context`);
    // The form has what it needs before the switch, so a remount would have to ask again.
    await expect.poll(contextRequests).toHaveLength(1);

    await parcel.update?.({ ...props, locale: 'en' });

    await expect
      .element(page.getByRole('dialog', { name: `Question about order No. ${orderId}` }))
      .toBeVisible();
    expect(shadowRootIn(domElement).querySelector('dialog')).toBe(dialog);
    expect(contextRequests()).toHaveLength(1);
  });

  it('shows the invalid-props screen in a dialog that still closes, naming every bad prop', async () => {
    const consoleError = expectConsole('error');
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const onClose = vi.fn();
    await mountParcel({ getAccessToken: () => 'demo-token', topic: 'gossip', onEvent, onClose });

    const alert = page.getByRole('dialog', { name: 'Вопрос в поддержку' }).getByRole('alert');
    await expect.element(alert).toHaveTextContent('apiBaseUrl: обязательный параметр не передан');
    await expect.element(alert).toHaveTextContent('orderId: обязательный параметр не передан');
    await expect.element(alert).toHaveTextContent('topic: ожидается тема обращения');
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({
      type: 'module-failed',
      reason: 'invalid-props',
      props: ['apiBaseUrl', 'orderId', 'topic'],
    });
    await expect.poll(() => consoleError.mock.calls.length).toBe(1);
    const [logged] = loggedMessages(consoleError);
    expect(logged).toContain('  - apiBaseUrl: required but not passed');
    expect(logged).toContain('  - orderId: required but not passed');
    expect(logged).toContain('  - topic: expected a request topic (account, orders');
    expect(requests).toEqual([]);

    await page.getByRole('button', { name: 'Закрыть' }).click();
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });

  it('stays visible and styled inside a hostile page: clipped, transformed, restyled containers', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      dialog, [role='dialog'] { display: none !important; }
      * { color: rgb(255, 0, 0) !important; font-size: 40px !important; }
      .hostile-frame { transform: scale(0.5); overflow: hidden; height: 0; position: relative; z-index: -1; }`;
    document.head.append(hostile);
    cleanups.push(() => {
      hostile.remove();
      return undefined;
    });
    const frame = document.createElement('div');
    frame.className = 'hostile-frame';
    document.body.append(frame);
    cleanups.push(() => {
      frame.remove();
      return undefined;
    });

    await mountParcel(hostProps({ orderId: someOrderId() }), frame);

    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    const box = dialog.element().getBoundingClientRect();
    // The top layer: neither the zero height nor the scale of its container shrinks it.
    expect(box.width).toBeGreaterThan(Math.min(600, window.innerWidth - 64));
    const title = getComputedStyle(dialog.getByRole('heading').element());
    expect(title.color).not.toBe('rgb(255, 0, 0)');
    expect(title.fontSize).not.toBe('40px');
  });
});

describe('the parcel when the seller context does not load', () => {
  it.each([
    ['a 500', { status: 500 }, 'Сервер временно недоступен'],
    ['a 403', { status: 403 }, 'Недостаточно прав'],
    ['a lost connection', 'network', 'Нет связи с сервером'],
    ['a body that breaks the contract', 'malformed', 'Сервер прислал ответ, который модуль не понимает'],
  ] as const)(
    'says why after %s, and its retry opens the form once the server is back',
    async (_what, failure, message) => {
      mock.scenario.fail('getContext', failure);
      const orderId = someOrderId();
      await mountParcel(hostProps({ orderId }));
      const dialog = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });

      // A 5xx or a lost connection is tried twice more, after a pause, before the seller is told.
      await expect.element(dialog.getByRole('alert'), { timeout: 10_000 }).toHaveTextContent(message);
      mock.scenario.heal('getContext');
      await dialog.getByRole('button', { name: 'Повторить' }).click();

      await expect.element(dialog.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeVisible();
      await expect.element(dialog.getByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('a context that never comes: after the client’s time limit, says so, and Retry opens the form', async () => {
    // The client's 20 seconds pass on a fake clock. It moves in steps, so the page's own timers
    // (React's Suspense reveals, single-spa's lifecycle watch) still fire in their order.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const passUntil = async (done: () => boolean, limitMs: number, stepMs = 100) => {
      for (let passed = 0; !done() && passed < limitMs; passed += stepMs)
        await vi.advanceTimersByTimeAsync(stepMs);
    };
    try {
      handlers.unshift(mockPending('getContext', mockApiBaseUrl, { once: true }));
      const orderId = someOrderId();
      const parcel = mountRootParcel(parcelLifecycles, { domElement, ...hostProps({ orderId }) });
      cleanups.push(() => (parcel.getStatus() === 'MOUNTED' ? parcel.unmount() : undefined));
      let mounted = false;
      void parcel.mountPromise.then(() => {
        mounted = true;
      });
      await passUntil(() => mounted, 2_000);
      const dialog = page.getByRole('dialog', { name: `Вопрос по заказу № ${orderId}` });
      const alert = dialog.getByRole('alert');
      await passUntil(() => alert.elements().length > 0, defaultClientTimeouts.requestMs + 5_000, 1000);
      expect(requests).toContain(`GET ${mockApiBaseUrl}/context`);
      await expect.element(alert).toHaveTextContent('Сервер не ответил вовремя');

      await dialog.getByRole('button', { name: 'Повторить' }).click();
      const subject = dialog.getByRole('textbox', { name: 'Заголовок', exact: true });
      await passUntil(() => subject.elements().length > 0, 5_000);
      await expect.element(subject).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a 401, tells the host the session expired and the seller what to do', async () => {
    mock.scenario.fail('getContext', { status: 401 });
    const onSessionExpired = vi.fn();
    await mountParcel(hostProps({ orderId: someOrderId(), onSessionExpired }));
    const dialog = page.getByRole('dialog');

    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Сессия истекла');
    expect(onSessionExpired).toHaveBeenCalledOnce();
    mock.scenario.heal('getContext');
    await dialog.getByRole('button', { name: 'Повторить' }).click();
    await expect.element(dialog.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeVisible();
  });
});

describe('an application and a parcel on one page', () => {
  it('share nothing: each has its own draft and its own cache', async () => {
    const orderId = someOrderId();
    const appElement = document.createElement('div');
    document.body.append(appElement);
    cleanups.push(() => {
      appElement.remove();
      return undefined;
    });
    // The application reads the address bar: the page it is on is its base path here.
    const appProps = hostProps({ basePath: location.pathname });
    const app = await mountParcel(appProps, appElement, application);
    const parcel = await mountParcel(hostProps({ orderId }));

    const appSubject = () => subjectIn(shadowRootIn(appElement));
    const parcelSubject = () => subjectIn(shadowRootIn(domElement));
    await vi.waitFor(
      () => {
        appSubject();
        parcelSubject();
      },
      { timeout: 10_000 },
    );
    // A shared cache would have asked once; each instance asked for itself.
    expect(requests.filter((request) => request === `GET ${mockApiBaseUrl}/context`)).toHaveLength(2);

    await userEvent.fill(parcelSubject(), 'Про заказ из диалога');
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();
    await userEvent.fill(appSubject(), 'Общий вопрос со страницы');
    expect(appSubject().value).toBe('Общий вопрос со страницы');

    // Both unmount (drafts are written on the way out) and come back: each finds its own.
    await parcel.unmount();
    await app.unmount();
    await mountParcel(appProps, appElement, application);
    await mountParcel(hostProps({ orderId }));

    await vi.waitFor(
      () => {
        expect(parcelSubject().value).toBe('Про заказ из диалога');
        expect(appSubject().value).toBe('Общий вопрос со страницы');
      },
      { timeout: 10_000 },
    );
  });
});
