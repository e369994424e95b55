import { FetchApiClient, type Ticket } from '@seller-support/contract';
import {
  createMockApi,
  mockForeignResponse,
  mockPending,
  mockResponse,
  type DatasetOptions,
  type ScenarioOptions,
} from '@seller-support/mocks';
import { useQuery } from '@tanstack/react-query';
import type { RequestHandler } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { useApiClient } from '../../../shared/api/api-client-context';
import type { Locale } from '../../../shared/i18n';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { ticketQueryOptions } from '../api/get-ticket';
import { RequestScreen } from './request-screen';

// The dataset's clock: every mock timestamp is anchored to this moment (Moscow noon).
const now = new Date('2026-11-25T12:00:00+03:00');
// Seven hours ahead of Moscow, so a time shown in the wrong zone cannot pass for the right one.
const timeZone = 'Asia/Vladivostok';

interface SetupOptions {
  id: string;
  dataset?: DatasetOptions;
  scenario?: ScenarioOptions;
  handlers?: RequestHandler[];
  locale?: Locale;
  /** Long by default: a test that is about polling shortens it. */
  pollMs?: number;
  /** The client's limit for an answer; a test about a stalled server shortens it. */
  requestTimeoutMs?: number;
}

/** What the detail cache says about `unread`, seen by a second observer of the same query. */
function UnreadInCache({ id }: { id: string }) {
  const query = useQuery({ ...ticketQueryOptions(useApiClient(), id), select: (ticket) => ticket.unread });
  return <p data-testid="unread-in-cache">{query.data ?? ''}</p>;
}

async function setup({
  id,
  dataset,
  scenario,
  handlers = [],
  locale = 'ru',
  pollMs = 60_000,
  requestTimeoutMs,
}: SetupOptions) {
  const mockApi = createMockApi({
    baseUrl: mockApiBaseUrl,
    ...(dataset === undefined ? {} : { dataset }),
    ...(scenario === undefined ? {} : { scenario }),
  });
  const mockFetch = createMockFetch([...handlers, ...mockApi.handlers]);
  const requests: SentRequest[] = [];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: async (input, init) => {
      const request = new Request(typeof input === 'string' ? new URL(input, location.href) : input, init);
      const url = new URL(request.url);
      const response = await mockFetch(input, init);
      requests.push({
        path: `${url.pathname.replace(mockApiBaseUrl, '')}${url.search}`,
        ifNoneMatch: request.headers.get('If-None-Match'),
        status: response.status,
      });
      return response;
    },
    timeouts: { requestMs: requestTimeoutMs },
  });
  await render(
    <ModuleHarness api={api} locale={locale}>
      <RequestScreen id={id} now={now} timeZone={timeZone} pollMs={pollMs} />
      <UnreadInCache id={id} />
    </ModuleHarness>,
  );
  return { ...mockApi, requests };
}

/** What reached the server, as the tests about polling read it. */
interface SentRequest {
  /** Relative to the API base, with the query: `/tickets/T-000104/events?after=p5`. */
  path: string;
  ifNoneMatch: string | null;
  status: number;
}

/** The reads of request T-000104 (in full or what changed) among what reached the server. */
const ticketReads = (requests: readonly SentRequest[]) =>
  requests.filter(({ path }) => path.startsWith('/tickets/T-000104') && !path.endsWith('/read'));

/** The refreshes of a request page so far, whichever way the server lets them be asked. */
const polls = (scenario: { calls: (endpoint: 'getTicket' | 'getTicketEvents') => number }) =>
  scenario.calls('getTicket') + scenario.calls('getTicketEvents');

const timeline = () => page.getByRole('list', { name: 'События обращения' });
const entries = () => timeline().getByRole('listitem');
/** The focused element inside the module (document.activeElement is the shadow host). */
const focused = () => document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;

/** What the page's live region says (other status lines, e.g. of the actions, are not it). */
const announced = () => page.getByTestId('request-news').element().textContent;

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  vi.useRealTimers();
});

/** Makes the page hidden (a background tab) or visible again, as the browser would report it. */
function setPageVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

describe('RequestScreen: header and what to expect, one showcase ticket per status', () => {
  it.each([
    {
      id: 'T-000107',
      number: '107',
      status: 'Новое',
      subject: 'Где посылка? Не отслеживается третий день',
      topic: 'Где посылка',
      // Created at 11:48 in Moscow, daytime: the 15-minute target, 12:03 Moscow = 19:03 in Vladivostok.
      expectation: [
        /Модератор скоро возьмёт обращение под контроль/,
        /Первый ответ — ориентировочно до 19:03\./,
      ],
      holder: 'Модератор ещё не назначен',
    },
    {
      id: 'T-000106',
      number: '106',
      status: 'Ждёт вашего ответа',
      subject: 'Чайник не включается после недели использования',
      topic: 'Гарантийный ремонт',
      expectation: [/Модератор ждёт вашего ответа/],
      holder: /^Под контролем: Модератор \S+$/,
    },
    {
      id: 'T-000105',
      number: '105',
      status: 'Предложено решение',
      subject: 'Возврат пришёл повреждённым',
      topic: 'Заказы',
      expectation: [/Нужно ваше решение: модератор предложил вариант/],
      holder: /^Под контролем: Модератор \S+$/,
    },
    {
      id: 'T-000104',
      number: '104',
      status: 'В работе',
      subject: 'Не пришла выплата за 10–16 ноября',
      topic: 'Платежи и выплаты',
      expectation: [/Модератор работает над обращением/],
      holder: /^Под контролем: Модератор \S+$/,
    },
    {
      id: 'T-000103',
      number: '103',
      status: 'Ждёт ответа третьей стороны',
      subject: 'Сотрудник ПВЗ отказался принимать возврат',
      topic: 'Жалоба на сотрудников',
      expectation: [/Ждём ответа третьей стороны \(партнёр маркетплейса\)\. .*решается дольше/],
      holder: /^Под контролем: Модератор \S+$/,
    },
    {
      id: 'T-000102',
      number: '102',
      status: 'Решено',
      subject: 'Удержана комиссия за отменённый заказ',
      topic: 'Платежи и выплаты',
      expectation: [/^Обращение решено\.$/, /Обращение можно открыть повторно до \d+ дек\./],
      holder: /^Под контролем: Модератор \S+$/,
    },
    {
      id: 'T-000101',
      number: '101',
      status: 'Закрыто',
      subject: 'Часы приёмки поставок на складе Коледино',
      topic: 'Склады и пункты выдачи',
      expectation: [/^Обращение закрыто\.$/],
      holder: /^Под контролем: Модератор \S+$/,
    },
  ])('$status: $id', async ({ id, number, status, subject, topic, expectation, holder }) => {
    await setup({ id });

    await expect
      .element(page.getByRole('heading', { level: 1, name: `Обращение № ${number}` }))
      .toBeVisible();
    await expect.element(page.getByText(subject, { exact: true })).toBeVisible();
    await expect.element(page.getByText(status, { exact: true })).toBeVisible();
    await expect.element(page.getByRole('term').filter({ hasText: 'Тема обращения' })).toBeVisible();
    // The summary comes first: an orders topic's name is also the heading of the orders sent.
    await expect.element(page.getByText(topic, { exact: true }).first()).toBeVisible();
    await expect.element(page.getByText(holder)).toBeVisible();
    const next = page.getByRole('region', { name: 'Что дальше' });
    for (const line of expectation) await expect.element(next.getByText(line)).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: 'Все обращения' }))
      .toHaveAttribute('href', '/support/requests');
    // Every event of the history is on the page, none announced on the first load.
    expect(entries().elements().length).toBeGreaterThan(0);
    expect(announced()).toBe('');
  });

  it('says in English what the request is and what to expect', async () => {
    await setup({ id: 'T-000103', locale: 'en' });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Request No. 103' })).toBeVisible();
    await expect.element(page.getByText('Waiting for a third party', { exact: true })).toBeVisible();
    await expect.element(page.getByText(/takes longer — usually up to a few working days/)).toBeVisible();
    await expect.element(page.getByText(/^Handled by \S+ \S+$/)).toBeVisible();
    await expect.element(page.getByRole('list', { name: 'Request events' })).toBeVisible();
  });
});

/** The request of the timeline tests, as a list would show it (no timeline). */
const summary: Ticket = {
  id: 'T-000104',
  number: '104',
  topic: 'payments',
  subject: 'Не пришла выплата',
  status: 'closed',
  createdAt: '2026-11-20T09:30:00+03:00',
  updatedAt: '2026-11-24T18:00:00+03:00',
  assignee: { id: 'm-2', displayName: 'Модератор Олег' },
  expectedFirstResponseBy: null,
  unread: 2,
  rating: { score: 5, comment: 'Спасибо!' },
};

/** The same request with every kind of event, at known moments (Moscow time). */
const everyKind: Ticket = {
  ...summary,
  events: [
    { id: 'e1', at: '2026-11-20T09:30:00+03:00', kind: 'created' },
    {
      id: 'e2',
      at: '2026-11-20T09:40:00+03:00',
      kind: 'assigned',
      moderator: { id: 'm-1', displayName: 'Модератор Анна' },
    },
    {
      id: 'e3',
      at: '2026-11-20T09:45:00+03:00',
      kind: 'message',
      author: 'moderator',
      body: 'Проверю <b>выплату</b>.\nВторая строка',
      attachments: [],
    },
    {
      id: 'e4',
      at: '2026-11-20T10:00:00+03:00',
      kind: 'message',
      author: 'seller',
      body: 'Прикладываю выписку',
      attachments: [{ id: 'a1', name: 'выписка.pdf', size: 1_572_864, type: 'application/pdf' }],
    },
    { id: 'e5', at: '2026-11-21T11:00:00+03:00', kind: 'step', text: 'Запросили реестр выплат' },
    {
      id: 'e6',
      at: '2026-11-21T12:00:00+03:00',
      kind: 'third_party',
      party: 'carrier',
      note: 'Ждём перевозчика',
    },
    {
      id: 'e7',
      at: '2026-11-22T12:00:00+03:00',
      kind: 'assigned',
      moderator: { id: 'm-2', displayName: 'Модератор Олег' },
    },
    {
      id: 'e8',
      at: '2026-11-22T12:30:00+03:00',
      kind: 'offer',
      offer: {
        id: 'of-1',
        kind: 'compensation',
        description: 'Возврат комиссии',
        amount: { amount: '2350.00', currency: 'RUB' },
        status: 'accepted',
      },
    },
    {
      id: 'e9',
      at: '2026-11-22T13:00:00+03:00',
      kind: 'offer_decided',
      offerId: 'of-1',
      decision: 'accept',
      comment: 'Согласен',
    },
    { id: 'e10', at: '2026-11-23T09:00:00+03:00', kind: 'resolved', note: 'Вопрос решён' },
    { id: 'e11', at: '2026-11-23T10:00:00+03:00', kind: 'reopened', reason: 'Пришла не вся сумма' },
    {
      id: 'e12',
      at: '2026-11-23T11:00:00+03:00',
      kind: 'message',
      author: 'moderator',
      body: 'Доплатили.',
      attachments: [],
    },
    { id: 'e13', at: '2026-11-24T17:00:00+03:00', kind: 'rated', score: 5, comment: 'Спасибо!' },
    { id: 'e14', at: '2026-11-24T18:00:00+03:00', kind: 'closed' },
  ],
};

describe('RequestScreen: the timeline', () => {
  it('tells every kind of event in words, in order, at the seller’s local time', async () => {
    await setup({ id: 'T-000104', handlers: [mockResponse('getTicket', everyKind, mockApiBaseUrl)] });

    await expect.element(timeline()).toBeVisible();
    const items = entries()
      .elements()
      .filter((element) => element.parentElement === timeline().element());
    const heads = items.map((item) => item.querySelector('.request-event__head')?.textContent);
    expect(heads).toEqual([
      'Обращение создано20 нояб. 2026 г., 16:30',
      'Обращение взято под контроль: Модератор Анна20 нояб. 2026 г., 16:40',
      'Сообщение: Модератор Анна20 нояб. 2026 г., 16:45',
      'Ваше сообщение20 нояб. 2026 г., 17:00',
      'Шаг решения21 нояб. 2026 г., 18:00',
      'Подключена третья сторона: перевозчик21 нояб. 2026 г., 19:00',
      'Обращение взято под контроль: Модератор Олег22 нояб. 2026 г., 19:00',
      'Предложение поддержки: компенсация22 нояб. 2026 г., 19:30',
      'Вы приняли предложение22 нояб. 2026 г., 20:00',
      'Обращение решено23 нояб. 2026 г., 16:00',
      'Вы открыли обращение повторно23 нояб. 2026 г., 17:00',
      // The last two events were unread when the page opened.
      'Сообщение: Модератор Олег23 нояб. 2026 г., 18:00',
      'Вы оценили помощьНовое25 нояб. 2026 г., 00:00',
      'Обращение закрытоНовое25 нояб. 2026 г., 01:00',
    ]);
    expect(items[12]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-24T17:00:00+03:00');
    await expect
      .element(page.getByText('Время указано по часовому поясу Asia/Vladivostok (GMT+10).'))
      .toBeVisible();

    // Bodies, notes, the offer and the attachment.
    const text = items.map((item) => item.textContent);
    expect(text[4]).toContain('Запросили реестр выплат');
    expect(text[5]).toContain('Ждём перевозчика');
    expect(text[7]).toContain('Возврат комиссии');
    expect(text[7]).toMatch(/Сумма: 2\s350,00\s₽/);
    expect(text[7]).toContain('Принято');
    expect(text[8]).toContain('Комментарий: Согласен');
    expect(text[9]).toContain('Вопрос решён');
    expect(text[10]).toContain('Причина: Пришла не вся сумма');
    // The score and the comment are shown once, at the top, not again in the history.
    expect(text[12]).not.toContain('Спасибо!');
    expect(page.getByText(/5 из 5/).elements()).toHaveLength(1);
    expect(page.getByText(/Спасибо!/).elements()).toHaveLength(1);
    const attachments = page.getByRole('list', { name: 'Вложения' });
    await expect.element(attachments).toHaveTextContent(/выписка\.pdf\s*1,5 МБ · PDF/);
    // A file that is not a picture is downloaded on request (with the token), not linked to.
    await expect.element(attachments.getByRole('button', { name: 'Скачать файл выписка.pdf' })).toBeVisible();
    expect(page.getByRole('link', { name: /выписка/ }).elements()).toHaveLength(0);
  });

  it('shows what the moderator wrote as text: markup literally, line breaks kept', async () => {
    await setup({ id: 'T-000104', handlers: [mockResponse('getTicket', everyKind, mockApiBaseUrl)] });

    const body = page.getByText(/Проверю <b>выплату<\/b>\./);
    await expect.element(body).toBeVisible();
    const element = body.element();
    expect(element.textContent).toBe('Проверю <b>выплату</b>.\nВторая строка');
    expect(element.querySelector('b')).toBeNull();
    expect(getComputedStyle(element).whiteSpace).toBe('pre-wrap');
    // Two lines on screen, not one.
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    expect(element.getBoundingClientRect().height).toBeGreaterThanOrEqual(lineHeight * 2 - 1);
  });

  it('opens a long conversation at its latest events and shows earlier ones on request', async () => {
    await setup({ id: 'T-000108', dataset: { tickets: { longConversation: 500 } } });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 108' })).toBeVisible();
    expect(entries().elements()).toHaveLength(50);
    const first = entries().first();
    await expect.element(first).toHaveAttribute('aria-posinset', '451');
    await expect.element(first).toHaveAttribute('aria-setsize', '500');
    await expect.element(entries().last()).toHaveTextContent('№ 499');
    // The three unread events are the last three.
    expect(page.getByText('Новое', { exact: true }).elements()).toHaveLength(3);

    const more = page.getByRole('button', { name: 'Показать более ранние события (скрыто ещё 450)' });
    await more.click();
    await expect.element(page.getByRole('button', { name: /скрыто ещё 350/ })).toBeVisible();
    expect(entries().elements()).toHaveLength(150);
    // The button keeps the focus while there is more to show; then the first event takes it.
    await expect.poll(focused).toBe(page.getByRole('button', { name: /скрыто ещё 350/ }).element());
    for (const hidden of [350, 250, 150, 50]) {
      await page.getByRole('button', { name: new RegExp(`скрыто ещё ${hidden}\\)`) }).click();
    }
    expect(entries().elements()).toHaveLength(500);
    expect(page.getByRole('button', { name: /Показать более ранние/ }).elements()).toHaveLength(0);
    await expect.poll(focused).toBe(entries().first().element());
    await expect.element(entries().first()).toHaveTextContent('Обращение создано');
  });
});

describe('RequestScreen: mark read', () => {
  it('marks the request read once, clears unread in the cache and keeps the new marks', async () => {
    const { scenario, store } = await setup({ id: 'T-000102', pollMs: 100 });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 102' })).toBeVisible();
    await expect.element(page.getByTestId('unread-in-cache')).toHaveTextContent('0');
    expect(scenario.calls('markRead')).toBe(1);
    expect(store.getTicket('T-000102').unread).toBe(0);
    // The event that was unread stays marked for this visit.
    await expect.element(page.getByText('Новое', { exact: true })).toBeVisible();

    // Polls keep coming; none of them marks the request again.
    const before = polls(scenario);
    await expect.poll(() => polls(scenario), { timeout: 3000 }).toBeGreaterThanOrEqual(before + 3);
    expect(scenario.calls('markRead')).toBe(1);
  });

  it('sends nothing for a request with nothing unread', async () => {
    const { scenario } = await setup({ id: 'T-000104', pollMs: 100 });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    await expect.poll(() => polls(scenario), { timeout: 3000 }).toBeGreaterThanOrEqual(3);
    expect(scenario.calls('markRead')).toBe(0);
  });

  it('neither polls nor marks read in a background tab, and catches up when the seller comes back', async () => {
    setPageVisibility('hidden');
    // The poll's timers on fake time: six poll intervals pass in the background tab, as many as a
    // seller's tab may sleep, with no wait on the machine's speed.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { scenario } = await setup({ id: 'T-000102', pollMs: 100 });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 102' })).toBeVisible();
    await vi.advanceTimersByTimeAsync(600);
    expect(polls(scenario)).toBe(1);
    expect(scenario.calls('markRead')).toBe(0);
    await expect.element(page.getByTestId('unread-in-cache')).toHaveTextContent('1');

    setPageVisibility('visible');
    await expect.poll(() => scenario.calls('markRead')).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    await expect.poll(() => polls(scenario), { timeout: 3000 }).toBeGreaterThanOrEqual(3);
    await expect.element(page.getByTestId('unread-in-cache')).toHaveTextContent('0');
  });
});

describe('RequestScreen: live updates', () => {
  it('shows a new moderator event, marks it new, announces it once and marks it read', async () => {
    const { moderator, scenario } = await setup({ id: 'T-000104', pollMs: 100 });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    const before = entries().elements().length;
    expect(announced()).toBe('');
    expect(page.getByText('Новое', { exact: true }).elements()).toHaveLength(0);

    moderator.track('T-000104');
    // Payments: the moderator proposes a compensation, then explains it in a message.
    expect(moderator.step('T-000104')?.event.kind).toBe('offer');

    await expect.element(page.getByText('Предложено решение', { exact: true })).toBeVisible();
    await expect.poll(announced).toBe('Поддержка предложила решение. Статус: предложено решение.');
    expect(entries().elements()).toHaveLength(before + 1);
    await expect.element(entries().last()).toHaveTextContent(/Предложение поддержки: компенсация.*Новое/);
    await expect.element(page.getByText(/Нужно ваше решение/)).toBeVisible();
    await expect.poll(() => scenario.calls('markRead')).toBe(1);

    expect(moderator.step('T-000104')?.event.kind).toBe('message');
    await expect.poll(announced).toBe('1 новое сообщение от модератора.');
    expect(entries().elements()).toHaveLength(before + 2);
    await expect.element(entries().last()).toHaveTextContent(/Сообщение: Модератор .*Новое/);
    await expect.poll(() => scenario.calls('markRead')).toBe(2);
    // Both stay marked new for this visit.
    expect(page.getByText('Новое', { exact: true }).elements()).toHaveLength(2);
  });

  it('asks only for what came after its cursor, and shows a moderator’s new message from that answer', async () => {
    const { store, scenario, requests } = await setup({ id: 'T-000104', pollMs: 100 });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    const cursor = store.eventsCursorOf(store.getTicket('T-000104').events);
    await expect.poll(() => scenario.calls('getTicketEvents')).toBeGreaterThanOrEqual(1);

    store.addModeratorEvent('T-000104', {
      kind: 'message',
      author: 'moderator',
      body: 'Нашли выплату: она придёт завтра.',
      attachments: [],
    });
    const next = store.eventsCursorOf(store.getTicket('T-000104').events);
    await expect.element(entries().last()).toHaveTextContent(/Новое.*Нашли выплату: она придёт завтра\./);
    await expect
      .poll(() => requests.some(({ path }) => path === `/tickets/T-000104/events?after=${next}`))
      .toBe(true);

    // The request was read in full once; every refresh since asked for what came after what it had.
    const refreshes = ticketReads(requests).map(({ path }) => path);
    expect(refreshes[0]).toBe('/tickets/T-000104');
    expect(new Set(refreshes.slice(1))).toEqual(
      new Set([`/tickets/T-000104/events?after=${cursor}`, `/tickets/T-000104/events?after=${next}`]),
    );
    expect(scenario.calls('getTicket')).toBe(1);
    expect(page.getByText('Нашли выплату: она придёт завтра.').elements()).toHaveLength(1);
  });

  it('from an older server, refreshes by reading the whole request and still shows the new message', async () => {
    const { store, scenario, requests } = await setup({
      id: 'T-000104',
      pollMs: 100,
      scenario: { without: ['ticketEtag', 'ticketEvents'] },
    });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    await expect.poll(() => scenario.calls('getTicket')).toBeGreaterThanOrEqual(2);

    store.addModeratorEvent('T-000104', {
      kind: 'message',
      author: 'moderator',
      body: 'Нашли выплату: она придёт завтра.',
      attachments: [],
    });
    await expect.element(entries().last()).toHaveTextContent(/Новое.*Нашли выплату: она придёт завтра\./);
    expect(scenario.calls('getTicketEvents')).toBe(0);
    expect(ticketReads(requests).every(({ ifNoneMatch }) => ifNoneMatch === null)).toBe(true);
  });

  it('adds what a refresh brings to a long history without moving its window or what is hidden', async () => {
    const { store, scenario } = await setup({
      id: 'T-000108',
      dataset: { tickets: { longConversation: 500 } },
      pollMs: 100,
    });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 108' })).toBeVisible();
    await expect.poll(() => scenario.calls('getTicketEvents')).toBeGreaterThanOrEqual(1);
    expect(entries().elements()).toHaveLength(50);

    store.addModeratorEvent('T-000108', {
      kind: 'message',
      author: 'moderator',
      body: 'Нашли выплату: она придёт завтра.',
      attachments: [],
    });
    await expect.element(entries().last()).toHaveTextContent(/Нашли выплату: она придёт завтра\./);
    expect(entries().elements()).toHaveLength(51);
    await expect.element(entries().first()).toHaveAttribute('aria-posinset', '451');
    await expect.element(entries().last()).toHaveAttribute('aria-setsize', '501');
    await expect
      .element(page.getByRole('button', { name: 'Показать более ранние события (скрыто ещё 450)' }))
      .toBeVisible();
    expect(scenario.calls('getTicket')).toBe(1);
  });

  it('when the server announces a cursor but has no such endpoint, falls back to full reads once and for all', async () => {
    const { store, scenario } = await setup({
      id: 'T-000104',
      pollMs: 100,
      scenario: { failures: { getTicketEvents: { status: 404 } } },
    });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    await expect.poll(() => scenario.calls('getTicket')).toBeGreaterThanOrEqual(3);

    store.addModeratorEvent('T-000104', {
      kind: 'message',
      author: 'moderator',
      body: 'Нашли выплату: она придёт завтра.',
      attachments: [],
    });
    await expect.element(entries().last()).toHaveTextContent(/Новое.*Нашли выплату: она придёт завтра\./);
    expect(scenario.calls('getTicketEvents')).toBe(1);
  });

  it('from a server with ETags only, asks with the ETag, keeps the page on a 304 and takes the change after', async () => {
    const { store, scenario, requests } = await setup({
      id: 'T-000104',
      pollMs: 100,
      scenario: { without: ['ticketEvents'] },
    });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    await expect
      .poll(() => ticketReads(requests).filter(({ status }) => status === 304).length)
      .toBeGreaterThanOrEqual(2);

    store.addModeratorEvent('T-000104', {
      kind: 'message',
      author: 'moderator',
      body: 'Нашли выплату: она придёт завтра.',
      attachments: [],
    });
    await expect.element(entries().last()).toHaveTextContent(/Новое.*Нашли выплату: она придёт завтра\./);
    expect(scenario.calls('getTicketEvents')).toBe(0);
    expect(
      ticketReads(requests)
        .slice(1)
        .every(({ ifNoneMatch }) => ifNoneMatch !== null),
    ).toBe(true);
  });

  it('keeps the request on screen when a poll fails, says so, and recovers', async () => {
    const { scenario } = await setup({ id: 'T-000104', pollMs: 100 });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();

    // A 5xx of the incremental call is a failed refresh, not a reason to load the whole request.
    scenario.fail('getTicketEvents', { status: 503 });
    await expect.element(page.getByText(/Не удаётся получить обновления обращения/)).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    expect(page.getByText(/Сервер временно недоступен/).elements()).toHaveLength(0);
    expect(scenario.calls('getTicket')).toBe(1);

    scenario.heal('getTicketEvents');
    // Backing off: 200 ms, then 400 ms… well within the wait.
    await expect.element(page.getByText(/Не удаётся получить обновления обращения/)).not.toBeInTheDocument();
  });
});

describe('RequestScreen: loading and failures', () => {
  it('says it is loading, with the heading already in place', async () => {
    await setup({ id: 'T-000104', scenario: { latency: 'infinite' } });

    await expect.element(page.getByRole('status')).toHaveTextContent('Загружаем обращение…');
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение' })).toBeVisible();
  });

  it('says the request is not found and links to the list', async () => {
    await setup({ id: 'T-999999' });

    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение не найдено' })).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: 'Открыть мои обращения' }))
      .toHaveAttribute('href', '/support/requests');
    expect(page.getByText(/Сервер временно недоступен/).elements()).toHaveLength(0);
  });

  it('shows a server error with a retry that loads the request', async () => {
    await setup({ id: 'T-000104', scenario: { failures: { getTicket: { status: 500, times: 1 } } } });

    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await userEvent.click(page.getByRole('button', { name: 'Повторить' }));
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    expect(page.getByText(/Сервер временно недоступен/).elements()).toHaveLength(0);
  });

  it('shows an error state, not a blank page, when the server sends nonsense', async () => {
    await setup({ id: 'T-000104', scenario: { failures: { getTicket: 'malformed' } } });

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Сервер прислал ответ, который модуль не понимает');
    await expect.element(page.getByRole('button', { name: 'Повторить' })).toBeVisible();
  });

  it('gives a stalled server up with a message and a retry, instead of loading for minutes', async () => {
    await setup({
      id: 'T-000104',
      handlers: [mockPending('getTicket', mockApiBaseUrl, { once: true })],
      requestTimeoutMs: 300,
    });

    await expect.element(page.getByRole('status')).toHaveTextContent('Загружаем обращение…');
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер не ответил вовремя');
    await userEvent.click(page.getByRole('button', { name: 'Повторить' }));
    await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
  });

  it('after a 429, says how long to wait and keeps the retry off until then', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await setup({
        id: 'T-000104',
        scenario: { failures: { getTicket: { status: 429, retryAfterSeconds: 30, times: 1 } } },
      });
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent('Слишком много запросов подряд. Сервер просит подождать 30 секунд');
      const retry = page.getByRole('button', { name: /^Повторить/ });
      await expect.element(retry).toHaveAccessibleName('Повторить через 30 секунд');
      await expect.element(retry).toBeDisabled();

      await vi.advanceTimersByTimeAsync(29_000);
      await expect.element(retry).toHaveAccessibleName('Повторить через 1 секунду');
      await expect.element(retry).toBeDisabled();

      await vi.advanceTimersByTimeAsync(1_000);
      await expect.element(retry).toHaveAccessibleName('Повторить');
      await expect.element(retry).toBeEnabled();
      await userEvent.click(retry);
      await expect.element(page.getByRole('heading', { level: 1, name: 'Обращение № 104' })).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats a detail without its timeline as malformed', async () => {
    await setup({ id: 'T-000104', handlers: [mockResponse('getTicket', summary, mockApiBaseUrl)] });

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Сервер прислал ответ, который модуль не понимает');
  });
});

describe('RequestScreen: a server that says more than this version knows', () => {
  // A ticket as a newer or a foreign server might send it: a status and an event kind this version
  // does not list, a field it does not know, and one event it cannot read at all.
  const events = everyKind.events ?? [];
  const foreign = {
    ...everyKind,
    status: 'on_hold',
    priority: 'high',
    events: [
      ...events.slice(0, 5),
      { id: 'x1', at: '2026-11-21T11:30:00+03:00', kind: 'escalated', level: 2 },
      { id: 'x2', kind: 'step' },
      ...events.slice(5),
    ],
  };

  it('keeps the page: a generic entry with its time, a neutral status, a note for what it cannot show', async () => {
    await setup({ id: 'T-000104', handlers: [mockForeignResponse('getTicket', foreign, mockApiBaseUrl)] });

    await expect.element(timeline()).toBeVisible();
    const items = entries()
      .elements()
      .filter((element) => element.parentElement === timeline().element());
    expect(items).toHaveLength(events.length + 1);
    const unknown = items[5];
    expect(unknown?.querySelector('.request-event__head')?.textContent).toBe(
      'Обновление обращения21 нояб. 2026 г., 18:30',
    );
    expect(unknown?.getAttribute('data-unknown-value')).toBe('escalated');
    await expect.element(page.getByText('1 событие не удалось показать.')).toBeVisible();

    // The shared status badge as a whole keeps the raw value for support; the seller reads neutral words.
    const status = page.getByText('Обновлено', { exact: true });
    await expect.element(status).toBeVisible();
    expect(status.element().closest('.ss-status-badge')?.getAttribute('data-unknown-value')).toBe('on_hold');
    await expect.element(page.getByText(/Статус обращения обновился/)).toBeVisible();
  });

  it('says the same in English', async () => {
    await setup({
      id: 'T-000104',
      locale: 'en',
      handlers: [mockForeignResponse('getTicket', foreign, mockApiBaseUrl)],
    });

    await expect.element(page.getByText('1 event could not be shown.')).toBeVisible();
    await expect.element(page.getByText('Request updated', { exact: true })).toBeVisible();
    const status = page.getByText('Updated', { exact: true });
    await expect.element(status).toBeVisible();
    expect(status.element().closest('.ss-status-badge')?.getAttribute('data-unknown-value')).toBe('on_hold');
  });
});

describe('RequestScreen: a policy no date can hold', () => {
  it('a new request with no due time from the server, under a first-response target of 200 billion minutes, still shows its page', async () => {
    const huge = { day: 200_000_000_000, night: 200_000_000_000 };
    const { store } = createMockApi({ dataset: { policy: { firstResponseMinutes: huge } } });
    const ticket = { ...store.getTicket('T-000107'), expectedFirstResponseBy: null };
    await setup({
      id: 'T-000107',
      dataset: { policy: { firstResponseMinutes: huge } },
      handlers: [mockResponse('getTicket', ticket, mockApiBaseUrl)],
    });
    await expect.element(page.getByRole('heading', { name: /107/ })).toBeVisible();
    // No promise rather than a crash: the policy's target cannot be turned into a time.
    await expect.element(page.getByText('Первый ответ придёт здесь, на этой странице.')).toBeVisible();
    await expect.element(timeline()).toBeVisible();
  });
});
