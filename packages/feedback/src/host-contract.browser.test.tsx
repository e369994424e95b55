import { topics } from '@seller-support/contract';
import { createMockApi, makeProblem, problemResponse, type MockApi } from '@seller-support/mocks';
import { http, type RequestHandler } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { ModuleEvent } from './app/events';
import { bootstrap, mount, unmount, update } from './entry';
import { moduleEventName } from './index';
import { createMockFetch } from './testing/mock-fetch';
import { expectConsole, loggedMessages } from './testing/console';
import { mockApiBaseUrl } from './testing/module-harness';
import { lifecycleProps } from './testing/lifecycle-props';

// The host contract as a cabinet meets it: the real lifecycles, props as single-spa hands them
// over, the mock API behind `fetch`, events through `onEvent` and the DOM.

let domElement: HTMLElement;
let headBefore: Node[];
let domEvents: ModuleEvent[];
let mountCount = 0;

function isModuleEvent(value: unknown): value is ModuleEvent {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function recordDomEvent(event: Event) {
  if (event instanceof CustomEvent && isModuleEvent(event.detail)) domEvents.push(event.detail);
}

beforeEach(() => {
  headBefore = [...document.head.childNodes];
  domEvents = [];
  domElement = document.createElement('div');
  document.body.append(domElement);
  document.addEventListener(moduleEventName, recordDomEvent);
});

afterEach(() => {
  document.removeEventListener(moduleEventName, recordDomEvent);
  domElement.remove();
  vi.unstubAllGlobals();
});

/** A seller of their own per test, so a draft another test left in IndexedDB is not theirs. */
function mockApi(): MockApi {
  mountCount += 1;
  return createMockApi({
    baseUrl: mockApiBaseUrl,
    dataset: { seller: { id: `s-host-contract-${Date.now()}-${mountCount}` } },
  });
}

interface SeenRequest {
  path: string;
  authorization: string | null;
}

/** Answers `fetch` with the given handlers, then the mock API's; remembers every request. */
function serve(api: MockApi, ...overrides: RequestHandler[]): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const record = http.all(`${mockApiBaseUrl}/*`, ({ request }) => {
    seen.push({
      path: new URL(request.url).pathname.slice(mockApiBaseUrl.length),
      authorization: request.headers.get('Authorization'),
    });
    // Nothing returned: the next handler answers.
  });
  vi.stubGlobal('fetch', createMockFetch([record, ...overrides, ...api.handlers]));
  return seen;
}

/** Props as single-spa hands them over: its own keys plus the host's custom props. */
const singleSpaProps = (hostProps: Readonly<Record<string, unknown>>) =>
  lifecycleProps({ name: String(mountCount), domElement }, hostProps);

function moduleHost() {
  const host = domElement.querySelector('[data-seller-support]');
  if (!(host instanceof HTMLElement) || host.shadowRoot === null) throw new Error('no module host');
  const root = host.shadowRoot.querySelector('.ss-root');
  if (!(root instanceof HTMLElement)) throw new Error('no module content');
  return { host, shadowRoot: host.shadowRoot, root };
}

const identity = (name: string) => page.getByRole('region', { name });

describe('theme', () => {
  it('applies the host’s design tokens inside the shadow root, and drops them on update', async () => {
    serve(mockApi());
    const props = singleSpaProps({
      nonce: 'n0nce',
      theme: { base: 'dark', tokens: { text: 'rgb(1, 2, 3)', 'font-family': 'serif' } },
    });
    await bootstrap(props);
    await mount(props);
    await expect.element(identity('Ваши данные')).toBeVisible();

    const { host, shadowRoot, root } = moduleHost();
    const computed = () => getComputedStyle(root);
    expect(computed().color).toBe('rgb(1, 2, 3)');
    expect(computed().fontFamily).toBe('serif');
    // Tokens the host did not set keep the dark scheme's values.
    expect(getComputedStyle(host).backgroundColor).toBe('rgb(13, 17, 23)');
    // The frame's stylesheet and the screen's, in the shadow root, each with the nonce; nothing in <head>.
    expect([...shadowRoot.querySelectorAll('style')].map((style) => style.nonce)).toEqual(['n0nce', 'n0nce']);
    expect([...document.head.childNodes]).toEqual(headBefore);

    await update({ ...props, theme: 'light' });
    await expect.poll(() => computed().color).toBe('rgb(27, 31, 36)');
    expect(computed().fontFamily).not.toBe('serif');
    // Only the measured rem is left on the element: none of the host's tokens.
    expect(host.getAttribute('style')).toBe('--ss-rem: 16px;');

    await unmount(props);
    expect(domElement.childNodes).toHaveLength(0);
  });

  it('names a theme with an unsafe token instead of applying it', async () => {
    const consoleError = expectConsole('error');
    serve(mockApi());
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({
      locale: 'en',
      onEvent,
      theme: { tokens: { accent: 'red; background: url(https://evil.example/x.png)' } },
    });
    await bootstrap(props);
    await mount(props);

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('theme: expected “light”, “dark” or an object');
    expect(moduleHost().host.getAttribute('style')).toBe('--ss-rem: 16px;');
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({
      type: 'module-failed',
      reason: 'invalid-props',
      props: ['theme'],
    });
    await expect.poll(() => loggedMessages(consoleError)).toHaveLength(1);
    expect(loggedMessages(consoleError)[0]).toContain('  - theme: expected “light”, “dark” or an object');
    await unmount(props);
  });
});

describe('seller', () => {
  it('shows the seller the host handed over and never asks GET /context', async () => {
    const api = mockApi();
    const seen = serve(api);
    const seller = api.store.getContext();
    const props = singleSpaProps({
      seller: { ...seller, seller: { ...seller.seller, legalName: 'ИП Хостов' } },
    });
    await bootstrap(props);
    await mount(props);

    await expect.element(identity('Ваши данные').getByText('ИП Хостов')).toBeVisible();
    // The form waits for the context too: once it is there, every first request has gone out.
    await expect.element(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toBeVisible();
    expect(seen.map(({ path }) => path)).toContain('/policy');
    expect(seen.map(({ path }) => path)).not.toContain('/context');
    expect(api.scenario.calls('getContext')).toBe(0);
    await unmount(props);
  });

  it('refuses a seller that is not the GET /context body, by name', async () => {
    const consoleError = expectConsole('error');
    serve(mockApi());
    const props = singleSpaProps({ seller: { legalName: 'ИП Хостов' } });
    await bootstrap(props);
    await mount(props);
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('seller: ожидается контекст продавца в формате ответа GET /context');
    await expect
      .poll(() => loggedMessages(consoleError).join())
      .toContain('seller: expected the seller’s context in the shape of the GET /context answer');
    await unmount(props);
  });
});

describe('hidden topics', () => {
  it('says in both languages that hiding every topic leaves nothing to ask about', async () => {
    const consoleError = expectConsole('error');
    serve(mockApi());
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({ hiddenTopics: [...topics], onEvent });
    await bootstrap(props);
    await mount(props);
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('hiddenTopics: скрыты все темы обращения, а хотя бы одна должна остаться');

    await update({ ...props, locale: 'en', initialTopic: 'fraud', hiddenTopics: ['fraud'] });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('hiddenTopics: the topic set in initialTopic is hidden');
    // The same prop both times: reported once.
    expect(onEvent).toHaveBeenCalledExactlyOnceWith({
      type: 'module-failed',
      reason: 'invalid-props',
      props: ['hiddenTopics'],
    });
    // For the developers once as well, in English whatever the seller reads.
    await expect
      .poll(() => loggedMessages(consoleError))
      .toEqual([
        '[@seller-support/feedback] the module did not start: invalid props\n  - hiddenTopics: every request topic is hidden, but at least one must stay',
      ]);
    await unmount(props);
  });
});

describe('session expired', () => {
  it('asks for a token once more per request, then tells the host once for the whole burst', async () => {
    const api = mockApi();
    const seen = serve(
      api,
      http.all(`${mockApiBaseUrl}/*`, () => problemResponse(makeProblem(401))),
    );
    const getAccessToken = vi.fn(() => 'expired-token');
    const onSessionExpired = vi.fn();
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({ getAccessToken, onSessionExpired, onEvent });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('alert').first()).toHaveTextContent('Сессия истекла');
    // The context, the policy, the first orders (asked for at mount), the unread count and the live
    // stream (after mount): each tried twice, each with a token asked for anew.
    await expect.poll(() => seen.length).toBe(10);
    expect(new Set(seen.map(({ path }) => path))).toEqual(
      new Set(['/context', '/policy', '/orders', '/tickets', '/events']),
    );
    // One more: the entry asks once for the three it sends as it mounts (the client asks again
    // for each of them, to match its call to the early request's token).
    expect(getAccessToken).toHaveBeenCalledTimes(11);
    // The burst's last refusal is handled out of sight (the unread count shows no error). The
    // seller's retry comes after it and is refused the same way, in sight: once the button is
    // back, every refusal so far has been handled, and the retry's belongs to the same burst.
    const retry = page.getByRole('button', { name: 'Повторить' }).first();
    await retry.click();
    await expect.poll(() => seen.length).toBe(12);
    await expect.element(retry).toBeEnabled();

    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    const expired: ModuleEvent = { type: 'session-expired' };
    expect(onEvent.mock.calls.filter(([event]) => event.type === 'session-expired')).toEqual([[expired]]);
    expect(domEvents.filter((event) => event.type === 'session-expired')).toEqual([expired]);
    await unmount(props);
  });
});

describe('unread count', () => {
  it('tells the host how many requests have news, through onEvent and the DOM', async () => {
    const api = mockApi();
    serve(api);
    const expected = api.store.listTickets({ limit: 100 }).items.filter((ticket) => ticket.unread > 0).length;
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({ onEvent });
    await bootstrap(props);
    await mount(props);

    const event: ModuleEvent = { type: 'unread-count-changed', count: expected };
    await expect.poll(() => onEvent.mock.calls.map(([sent]) => sent)).toContainEqual(event);
    expect(domEvents).toContainEqual(event);
    await unmount(props);
  });
});

describe('update', () => {
  it('switches language, theme and token getter in place, keeping what the seller typed', async () => {
    const api = mockApi();
    const seen = serve(api);
    const props = singleSpaProps({ getAccessToken: () => 'first-token' });
    await bootstrap(props);
    await mount(props);

    const subjectRu = page.getByRole('textbox', { name: 'Заголовок', exact: true });
    // One word: too little for the help article lookup, so no request goes out yet.
    await subjectRu.fill('Посылка');
    const { host, root } = moduleHost();
    const field = subjectRu.element();

    const requestsBefore = seen.length;
    await update({
      ...props,
      locale: 'en',
      theme: { base: 'dark', tokens: { text: 'rgb(1, 2, 3)' } },
      getAccessToken: () => Promise.resolve('fresh-token'),
    });

    const subjectEn = page.getByRole('textbox', { name: 'Subject', exact: true });
    await expect.element(identity('Your details')).toBeVisible();
    await expect.element(subjectEn).toHaveValue('Посылка');
    await expect.poll(() => getComputedStyle(root).color).toBe('rgb(1, 2, 3)');
    expect(host.dataset['theme']).toBe('dark');
    // Not remounted: the same host element and the same input.
    expect(moduleHost().host).toBe(host);
    expect(subjectEn.element()).toBe(field);

    // Two words: the help articles are looked up, with the token of the new getter.
    await subjectEn.fill('Посылка застряла');
    await expect.poll(() => seen.slice(requestsBefore).map(({ path }) => path)).toContain('/articles');
    expect(new Set(seen.slice(requestsBefore).map(({ authorization }) => authorization))).toEqual(
      new Set(['Bearer fresh-token']),
    );
    await unmount(props);
  });
});

describe('request created', () => {
  it('opens on the host’s topic and reports the confirmed request through onEvent and the DOM', async () => {
    const api = mockApi();
    serve(api);
    const onEvent = vi.fn<(event: ModuleEvent) => void>();
    const props = singleSpaProps({ onEvent, initialTopic: 'fraud' });
    await bootstrap(props);
    await mount(props);

    await expect.element(page.getByRole('radio', { name: /^Сообщить о нарушении/ })).toBeChecked();
    await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('Чужие товары под моим брендом');
    await page
      .getByRole('textbox', { name: 'Описание', exact: true })
      .fill('Другой продавец выставил копии наших товаров под нашим брендом.');
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect.element(page.getByRole('heading', { name: /Обращение № \d+ отправлено/ })).toBeVisible();

    const ticket = api.store
      .listTickets()
      .items.find((item) => item.topic === 'fraud' && item.subject.startsWith('Чужие'));
    if (ticket === undefined) throw new Error('No ticket was created.');
    const event: ModuleEvent = { type: 'request-created', ticketId: ticket.id, number: ticket.number };
    expect(onEvent.mock.calls.filter(([sent]) => sent.type === 'request-created')).toEqual([[event]]);
    expect(domEvents.filter((sent) => sent.type === 'request-created')).toEqual([event]);
    await unmount(props);
  });
});
