import { FetchApiClient, ticketStatuses } from '@seller-support/contract';
import {
  createMockApi,
  defaultNow,
  mockForeignResponse,
  mockPending,
  mockResponse,
  makeTicket,
  createRng,
  type DatasetOptions,
  type MockApi,
  type ScenarioOptions,
} from '@seller-support/mocks';
import { getResponse, http, type RequestHandler } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createFormatter, type Locale } from '../../../shared/i18n';
import { createMemoryLocation } from '../../../shared/routing/location';
import { useModulePath, useRoute } from '../../../shared/routing/router';
import { createMockFetch } from '../../../testing/mock-fetch';
import { act } from '../../../testing/act';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { requestSearchDebounceMs, RequestsScreen } from './requests-screen';
import { focusedInModule } from '../../../testing/dom';

const now = new Date(defaultNow);

/** The list where the module's routes would put it: at `/requests`, reading the path's query. */
function RoutedRequests({
  searchDebounceMs,
  realClock = false,
}: {
  searchDebounceMs?: number | undefined;
  realClock?: boolean | undefined;
}) {
  const route = useRoute();
  const path = useModulePath();
  if (route?.name !== 'requests') return <p data-testid="elsewhere">{path}</p>;
  return (
    <RequestsScreen
      params={route.params}
      now={realClock ? undefined : now}
      searchDebounceMs={searchDebounceMs}
    />
  );
}

interface SetupOptions {
  path?: string;
  dataset?: DatasetOptions;
  scenario?: ScenarioOptions;
  /** Put in front of the shared handlers; they get the mock API to forward to. */
  handlers?: (mockApi: MockApi) => RequestHandler[];
  locale?: Locale;
  /** A longer pause than the screen's, where a test must be sure it types faster than the pause. */
  searchDebounceMs?: number;
  /** The client's limit for an answer; a test about a stalled server shortens it. */
  requestTimeoutMs?: number;
  /** The screen's own clock instead of the pinned `now` (a test of time passing fakes it). */
  realClock?: boolean;
}

async function setup({
  path = '/requests',
  dataset,
  scenario,
  handlers,
  locale = 'ru',
  searchDebounceMs,
  requestTimeoutMs,
  realClock,
}: SetupOptions = {}) {
  const mockApi = createMockApi({
    baseUrl: mockApiBaseUrl,
    ...(dataset === undefined ? {} : { dataset }),
    ...(scenario === undefined ? {} : { scenario }),
  });
  const requests: URL[] = [];
  // Records every list request, then lets the other handlers answer it.
  const spy = http.get(`${mockApiBaseUrl}/tickets`, ({ request }) => {
    requests.push(new URL(request.url));
  });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([spy, ...(handlers?.(mockApi) ?? []), ...mockApi.handlers]),
    timeouts: { requestMs: requestTimeoutMs },
  });
  const location = createMemoryLocation(path);
  const onUnauthorized = vi.fn();
  await render(
    <ModuleHarness api={api} locale={locale} location={location} onUnauthorized={onUnauthorized}>
      <RoutedRequests searchDebounceMs={searchDebounceMs} realClock={realClock} />
    </ModuleHarness>,
  );
  return { mockApi, store: mockApi.store, requests, location, onUnauthorized };
}

const lastRequest = (requests: readonly URL[]) => {
  const request = requests.at(-1);
  if (!request) throw new Error('No request reached the server.');
  return request;
};

const rows = () => page.getByRole('list', { name: 'Обращения' }).getByRole('link');
const resultsLine = () => page.getByRole('status');
/** The focused element inside the module's shadow root (`document.activeElement` is its host). */

describe('RequestsScreen', () => {
  it('lists every request with number, subject, topic, status in words, last update and unread marks', async () => {
    const { store, requests } = await setup();
    const tickets = store.listTickets({ limit: 100 }).items;
    expect(tickets).toHaveLength(7);

    await expect.element(page.getByRole('heading', { level: 1, name: 'Мои обращения' })).toBeVisible();
    await expect.poll(() => rows().elements().length).toBe(7);
    await expect.element(resultsLine()).toHaveTextContent('Всего 7 обращений');

    const newest = tickets[0]!;
    const first = rows().first();
    await expect.element(first).toHaveTextContent(`№ ${newest.number}`);
    await expect.element(first).toHaveTextContent(newest.subject);
    await expect.element(first).toHaveTextContent('Где посылка');
    await expect.element(first).toHaveTextContent('Новое');
    await expect.element(first).toHaveTextContent('Обновлено 12 минут назад');
    await expect.element(first).toHaveAttribute('href', `/support/requests/${newest.id}`);

    // Unread marks are words, not a dot: "1 новое", "2 новых".
    const offer = tickets.find((ticket) => ticket.status === 'offer_proposed')!;
    const offerRow = page.getByRole('link', { name: new RegExp(`№ ${offer.number}`) });
    await expect.element(offerRow).toHaveTextContent('Предложено решение');
    await expect.element(offerRow).toHaveTextContent('2 новых');
    await expect.element(page.getByRole('link', { name: /Ждёт вашего ответа/ })).toHaveTextContent('1 новое');
    expect(page.getByText(/\d+ нов(ое|ых)/).elements()).toHaveLength(3);
    // Older than a day: days ago, in the seller's language.
    await expect.element(rows().last()).toHaveTextContent('Обновлено 6 дней назад');

    expect([...lastRequest(requests).searchParams.entries()]).toEqual([['limit', '20']]);
  });

  it('speaks English too', async () => {
    await setup({ locale: 'en' });
    await expect.element(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('7 requests in all');
    await expect.element(page.getByRole('link', { name: /Solution proposed/ })).toHaveTextContent('2 new');
    await expect
      .element(page.getByRole('list', { name: 'Requests' }).getByRole('link').first())
      .toHaveTextContent('Updated 12 minutes ago');
  });

  it('opens a request when its row is clicked', async () => {
    const { store, location } = await setup();
    const newest = store.listTickets({ limit: 1 }).items[0]!;
    await rows().first().click();
    expect(location.current()).toBe(`/requests/${newest.id}`);
    await expect.element(page.getByTestId('elsewhere')).toHaveTextContent(`/requests/${newest.id}`);
  });

  it('filters by status: the request, the address and the list follow; quick choices set several at once', async () => {
    const { requests, location } = await setup();
    await expect.poll(() => rows().elements().length).toBe(7);

    await page.getByRole('checkbox', { name: 'Решено' }).click();
    await expect.poll(() => lastRequest(requests).searchParams.getAll('status')).toEqual(['resolved']);
    expect(location.current()).toBe('/requests?status=resolved');
    await expect.poll(() => rows().elements().length).toBe(1);
    await expect.element(rows().first()).toHaveTextContent('Решено');
    await expect.element(resultsLine()).toHaveTextContent('Всего 1 обращение');

    await page.getByRole('button', { name: 'Открытые' }).click();
    await expect
      .element(page.getByRole('button', { name: 'Открытые' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => lastRequest(requests).searchParams.getAll('status'))
      .toEqual(['new', 'in_progress', 'waiting_seller', 'waiting_third_party', 'offer_proposed']);
    await expect.poll(() => rows().elements().length).toBe(5);
    await expect.element(page.getByRole('checkbox', { name: 'Решено' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Новое' })).toBeChecked();

    await page.getByRole('button', { name: 'Все', exact: true }).click();
    expect(location.current()).toBe('/requests');
    await expect.poll(() => rows().elements().length).toBe(7);
    // Filters replace the entry: back leaves the list instead of stepping through filters.
    expect(location.history).toEqual(['/requests']);
  });

  it('filters by topic, and filters on its own when the server ignores `topic`', async () => {
    const { requests, location } = await setup({
      // A server built against the original contract: it has never heard of `topic`.
      handlers: (mockApi) => [
        http.get(`${mockApiBaseUrl}/tickets`, async ({ request }) => {
          const url = new URL(request.url);
          if (!url.searchParams.has('topic')) return undefined;
          url.searchParams.delete('topic');
          return getResponse(mockApi.handlers, new Request(url, { headers: request.headers }));
        }),
      ],
    });
    await expect.poll(() => rows().elements().length).toBe(7);

    await page.getByRole('combobox', { name: 'Тема' }).selectOptions('Платежи и выплаты');
    await expect.poll(() => lastRequest(requests).searchParams.getAll('topic')).toEqual(['payments']);
    expect(location.current()).toBe('/requests?topic=payments');
    await expect.poll(() => rows().elements().length).toBe(2);
    for (const row of rows().elements()) expect(row).toHaveTextContent('Платежи и выплаты');
    // The server's total counted every topic, so it is not shown.
    await expect.element(resultsLine()).toHaveTextContent('Показано 2 обращения');
  });

  it('searches on the server after a pause in typing, and keeps the search in the address', async () => {
    // A 2 s pause: two quick edits on a loaded machine still fall well inside it.
    const { requests, location } = await setup({ searchDebounceMs: 2000 });
    await expect.poll(() => rows().elements().length).toBe(7);
    const search = page.getByRole('searchbox', { name: 'Поиск' });

    await search.fill('Ча');
    await search.fill('Чайник');
    // Nothing goes out while the seller is still typing.
    expect(requests.some((url) => url.searchParams.has('query'))).toBe(false);
    expect(location.current()).toBe('/requests');

    await expect
      .poll(() => lastRequest(requests).searchParams.get('query'), { timeout: 5000 })
      .toBe('Чайник');
    expect(
      requests.filter((url) => url.searchParams.has('query')).map((url) => url.searchParams.get('query')),
    ).toEqual(['Чайник']);
    expect(location.current()).toBe(`/requests?q=${encodeURIComponent('Чайник')}`);
    await expect.poll(() => rows().elements().length).toBe(1);
    await expect.element(rows().first()).toHaveTextContent('Чайник не включается');
  });

  it('opens a deep link with its filters and follows the address when it changes (back, a link)', async () => {
    // The search box's pause runs on fake time, so the test can let it end instead of waiting.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { requests, location } = await setup({
      path: `/requests?status=resolved&status=in_progress&q=${encodeURIComponent('выплат')}`,
    });
    await expect.element(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('выплат');
    await expect.element(page.getByRole('checkbox', { name: 'Решено' })).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'В работе' })).toBeChecked();
    await expect.poll(() => rows().elements().length).toBe(1);
    expect(lastRequest(requests).searchParams.getAll('status')).toEqual(['in_progress', 'resolved']);
    expect(lastRequest(requests).searchParams.get('query')).toBe('выплат');

    location.navigate('/requests?topic=orders');
    await expect.element(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('');
    await expect.element(page.getByRole('combobox', { name: 'Тема' })).toHaveValue('orders');
    await expect.element(page.getByRole('checkbox', { name: 'Решено' })).not.toBeChecked();
    await expect.poll(() => rows().elements().length).toBe(1);
    await expect.element(rows().first()).toHaveTextContent('Возврат пришёл повреждённым');
    // The box followed the address; its catching up must not write the old search back. Inside
    // act, React renders what the box's pause sets, and runs its effects, before act resolves.
    await act(() => vi.advanceTimersByTimeAsync(requestSearchDebounceMs));
    expect(location.current()).toBe('/requests?topic=orders');
  });

  it('shows more on request: the next page, focus on the first new request, and how many were added', async () => {
    const { requests } = await setup({ dataset: { tickets: 45 } });
    await expect.poll(() => rows().elements().length).toBe(20);
    await expect.element(resultsLine()).toHaveTextContent('Показано 20 из 45');

    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await expect.poll(() => rows().elements().length).toBe(40);
    expect(lastRequest(requests).searchParams.get('cursor')).not.toBeNull();
    await expect.element(resultsLine()).toHaveTextContent('Добавлено 20 обращений. Показано 40 из 45');
    await expect.poll(focusedInModule).toBe(rows().nth(20).element());

    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await expect.poll(() => rows().elements().length).toBe(45);
    await expect.element(resultsLine()).toHaveTextContent('Добавлено 5 обращений. Всего 45 обращений');
    await expect.element(page.getByRole('button', { name: 'Показать ещё' })).not.toBeInTheDocument();
    await expect.poll(focusedInModule).toBe(rows().nth(40).element());
  });

  it('refreshes every 30 seconds, so news from support shows up without a reload', async () => {
    // TanStack Query polls with setInterval; the test's own waiting keeps the real setTimeout.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { store, requests } = await setup();
      await expect.poll(() => rows().elements().length).toBe(7);
      const newest = store.listTickets({ limit: 1 }).items[0]!;
      await expect.element(rows().first()).not.toHaveTextContent(/нов(ое|ых)/);
      const before = requests.length;

      store.addModeratorEvent(newest.id, { kind: 'step', text: 'Запросили данные у перевозчика' });
      vi.advanceTimersByTime(29_000);
      expect(requests).toHaveLength(before);
      vi.advanceTimersByTime(1_000);
      await expect.element(rows().first()).toHaveTextContent('1 новое');
      expect(requests).toHaveLength(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders a subject as text, never as markup', async () => {
    const ticket = makeTicket(createRng(3), {
      subject: '<img src=x onerror="window.__pwned = true"><b>жирный</b>',
      status: 'new',
    });
    await setup({
      handlers: () => [
        mockResponse('listTickets', { items: [ticket], nextCursor: null, total: 1 }, mockApiBaseUrl),
      ],
    });
    await expect
      .element(rows().first())
      .toHaveTextContent('<img src=x onerror="window.__pwned = true"><b>жирный</b>');
    expect(rows().first().element().querySelector('img, b')).toBeNull();
  });

  it('shows what went wrong and loads the list on retry', async () => {
    const { requests } = await setup({ scenario: { failures: { listTickets: { status: 503, times: 1 } } } });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    expect(requests).toHaveLength(1);
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.poll(() => rows().elements().length).toBe(7);
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
  });

  it('gives a stalled server up with a message and a retry that loads the list', async () => {
    await setup({
      handlers: () => [mockPending('listTickets', mockApiBaseUrl, { once: true })],
      requestTimeoutMs: 300,
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер не ответил вовремя');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.poll(() => rows().elements().length).toBe(7);
  });

  it('after a 429, counts down the wait the server asked for before the retry can be pressed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await setup({
        scenario: { failures: { listTickets: { status: 429, retryAfterSeconds: 90, times: 1 } } },
      });
      await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер просит подождать 2 минуты');
      const retry = page.getByRole('button', { name: /^Повторить/ });
      await expect.element(retry).toHaveAccessibleName('Повторить через 2 минуты');
      await expect.element(retry).toBeDisabled();
      await vi.advanceTimersByTimeAsync(45_000);
      await expect.element(retry).toHaveAccessibleName('Повторить через 45 секунд');
      await vi.advanceTimersByTimeAsync(45_000);
      await expect.element(retry).toBeEnabled();
      await retry.click();
      await expect.poll(() => rows().elements().length).toBe(7);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands a 401 to the host through the query client', async () => {
    const { onUnauthorized } = await setup({ scenario: { failures: { listTickets: { status: 401 } } } });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сессия истекла');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('invites a seller with no requests to ask, without filters to fiddle with', async () => {
    await setup({ dataset: { tickets: 0 } });
    await expect.element(resultsLine()).toHaveTextContent('У вас пока нет обращений');
    await expect
      .element(page.getByRole('link', { name: 'Задать вопрос' }))
      .toHaveAttribute('href', '/support/');
    expect(page.getByRole('form').elements()).toHaveLength(0);
  });

  it('says when filters match nothing and clears them in one click', async () => {
    const { location } = await setup({ path: '/requests?q=zzzz-nothing' });
    await expect.element(resultsLine()).toHaveTextContent('Нет обращений по этим фильтрам');
    expect(rows().elements()).toHaveLength(0);
    const clear = page.getByRole('button', { name: 'Сбросить фильтры' });
    expect(clear.elements()).toHaveLength(2);
    await clear.last().click();
    expect(location.current()).toBe('/requests');
    await expect.poll(() => rows().elements().length).toBe(7);
    await expect.element(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('');
    await expect.poll(focusedInModule).toBe(page.getByRole('searchbox', { name: 'Поиск' }).element());
    await expect.element(page.getByRole('button', { name: 'Сбросить фильтры' })).not.toBeInTheDocument();
  });
});

describe('RequestsScreen: a server that says more than this version knows', () => {
  const rng = createRng(11);
  const known = makeTicket(rng, { status: 'in_progress', subject: 'Понятное обращение' });
  const foreignPage = {
    items: [
      // A status and a topic this version does not list, and a field it does not know.
      {
        ...makeTicket(rng, { subject: 'Обращение из будущего' }),
        status: 'escalated',
        topic: 'returns_v2',
        sla: 'p1',
      },
      known,
      // One it cannot read at all: no subject, no dates.
      { id: 'T-broken', number: '999', status: 'new' },
    ],
    nextCursor: null,
    total: 3,
  };

  it('lists what it can read, the unknown status as a neutral badge, and says what it left out', async () => {
    await setup({ handlers: () => [mockForeignResponse('listTickets', foreignPage, mockApiBaseUrl)] });

    await expect.poll(() => rows().elements().length).toBe(2);
    const future = rows().first();
    await expect.element(future).toHaveTextContent('Обращение из будущего');
    await expect.element(future).toHaveTextContent('Другая тема');
    const badge = future.element().querySelector('.ss-status-badge');
    expect(badge?.textContent).toBe('Обновлено');
    expect(badge?.getAttribute('data-tone')).toBe('unknown');
    expect(badge?.getAttribute('data-unknown-value')).toBe('escalated');
    await expect.element(rows().last()).toHaveTextContent('В работе');
    await expect.element(page.getByText('1 обращение не удалось показать.')).toBeVisible();
  });

  it('says the same in English', async () => {
    await setup({
      locale: 'en',
      handlers: () => [mockForeignResponse('listTickets', foreignPage, mockApiBaseUrl)],
    });

    const englishRows = () => page.getByRole('list', { name: 'Requests' }).getByRole('link');
    await expect.poll(() => englishRows().elements().length).toBe(2);
    expect(englishRows().first().element().querySelector('.ss-status-badge')?.textContent).toBe('Updated');
    await expect.element(englishRows().first()).toHaveTextContent('Other topic');
    await expect.element(page.getByText('1 request could not be shown.')).toBeVisible();
  });
});

describe('RequestsScreen: a row reads at a glance', () => {
  const badgeOf = (row: Element) => {
    const badge = row.querySelector('.ss-status-badge');
    if (!(badge instanceof HTMLElement)) throw new Error('A row without a status badge.');
    return badge;
  };

  it('gives every status its own words, icon and colour; "your move" stands out and "resolved" is not faded', async () => {
    const { store } = await setup();
    await expect.poll(() => rows().elements().length).toBe(7);
    const byStatus = new Map(
      store
        .listTickets({ limit: 100 })
        .items.map((ticket, index) => [ticket.status, rows().nth(index).element()]),
    );
    expect([...byStatus.keys()].sort()).toEqual([...ticketStatuses].sort());

    const looks = ticketStatuses.map((status) => {
      const row = byStatus.get(status);
      if (row === undefined) throw new Error(`no ${status} row`);
      const badge = badgeOf(row);
      const icon = badge.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      const style = getComputedStyle(badge);
      return {
        status,
        words: badge.textContent,
        icon: icon?.innerHTML ?? '',
        colour: `${style.color} on ${style.backgroundColor}`,
        opacity: style.opacity,
      };
    });
    expect(looks.map(({ words }) => words)).toEqual([
      'Новое',
      'В работе',
      'Ждёт вашего ответа',
      'Ждёт ответа третьей стороны',
      'Предложено решение',
      'Решено',
      'Закрыто',
    ]);
    // Seven pictures for seven statuses: none is told from another by its words alone.
    expect(new Set(looks.map(({ icon }) => icon)).size).toBe(7);

    const colour = (status: string) => looks.find((look) => look.status === status)?.colour;
    // The seller's move (a reply, a decision) looks the same and like nothing else.
    expect(colour('waiting_seller')).toBe(colour('offer_proposed'));
    expect(colour('in_progress')).toBe(colour('waiting_third_party'));
    expect(
      new Set(['new', 'in_progress', 'waiting_seller', 'resolved', 'closed'].map((status) => colour(status)))
        .size,
    ).toBe(5);
    // Resolved is good news at full strength, not a greyed-out control.
    expect(looks.every(({ opacity }) => opacity === '1')).toBe(true);
    expect(colour('resolved')).not.toBe(colour('closed'));
    expect(getComputedStyle(badgeOf(byStatus.get('resolved')!)).color).not.toBe(
      getComputedStyle(rows().first().element().querySelector('.requests-row__number')!).color,
    );
  });

  it('shows who wrote last and the start of it, as plain text, and nothing for a request without messages', async () => {
    const { store } = await setup();
    await expect.poll(() => rows().elements().length).toBe(7);
    const tickets = store.listTickets({ limit: 100 }).items;
    const waiting = rows().nth(tickets.findIndex((ticket) => ticket.status === 'waiting_seller'));
    await expect
      .element(waiting)
      .toHaveTextContent('Поддержка: Пришлите, пожалуйста, фото этикетки с серийным номером и фото дефекта.');
    const fresh = rows().nth(tickets.findIndex((ticket) => ticket.status === 'new'));
    expect(fresh.element().querySelector('.requests-row__snippet')).toBeNull();
  });

  it('cuts a long last message to about 140 characters and shows markup in it as text', async () => {
    const body = `<b>Жирный</b> ${'очень длинное сообщение продавца '.repeat(6)}`.slice(0, 200);
    const ticket = {
      ...makeTicket(createRng(5), { status: 'in_progress', unread: 0 }),
      lastMessage: { author: 'seller' as const, body, at: '2026-11-25T11:00:00+03:00' },
    };
    await setup({
      locale: 'en',
      handlers: () => [
        mockResponse('listTickets', { items: [ticket], nextCursor: null, total: 1 }, mockApiBaseUrl),
      ],
    });
    const row = page.getByRole('list', { name: 'Requests' }).getByRole('link').first();
    await expect.element(row).toHaveTextContent('You: <b>Жирный</b> очень длинное');
    const snippet = row.element().querySelector('.requests-row__snippet');
    expect(snippet?.querySelector('b')).toBeNull();
    const text = snippet?.textContent ?? '';
    expect(text.endsWith('…')).toBe(true);
    expect(Array.from(text.replace('You: ', '')).length).toBeLessThanOrEqual(141);
  });

  it('says when a request changed relative to now, with the exact time on hover and on keyboard focus', async () => {
    const { store } = await setup();
    await expect.poll(() => rows().elements().length).toBe(7);
    const newest = store.listTickets({ limit: 1 }).items[0]!;
    const exact = createFormatter('ru').dateTime(newest.updatedAt);
    const first = rows().first();
    const time = first.element().querySelector('time');
    expect(time?.textContent).toBe('12 минут назад');
    expect(time?.getAttribute('dateTime')).toBe(newest.updatedAt);
    // Hover: the browser's tooltip.
    expect(time?.getAttribute('title')).toBe(exact);
    // Focus: read after the row's name, and shown beside the row while it has the focus.
    await expect.element(first).toHaveAccessibleDescription(exact);
    const tooltip = page.getByText(exact, { exact: true }).first();
    await expect.element(tooltip).not.toBeVisible();
    await page.getByRole('button', { name: 'Все', exact: true }).click();
    // Tab past the other filters to the first row.
    while (focusedInModule() !== first.element()) await userEvent.keyboard('{Tab}');
    await expect
      .element(first.element().querySelector<HTMLElement>('.ss-relative-time__exact'))
      .toBeVisible();
    // The row's own name stays short: the exact time is a description, not part of it.
    await expect.element(first).not.toHaveAccessibleName(new RegExp(exact));
  });

  it('moves "12 minutes ago" on as the clock does, without a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date(defaultNow) });
    try {
      await setup({ realClock: true });
      await expect.element(rows().first()).toHaveTextContent('Обновлено 12 минут назад');
      await vi.advanceTimersByTimeAsync(60_000);
      await expect.element(rows().first()).toHaveTextContent('Обновлено 13 минут назад');
      // The machine-readable moment stays; its words follow the screen's one clock.
      const time = rows().first().element().querySelector('time');
      expect(time?.textContent).toBe('13 минут назад');
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      await expect.element(rows().first()).toHaveTextContent('Обновлено 1 час назад');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a row where it is, at the same size, when news marks it unread', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { store } = await setup();
      await expect.poll(() => rows().elements().length).toBe(7);
      const newest = store.listTickets({ limit: 1 }).items[0]!;
      const first = rows().first();
      const subject = () => first.element().querySelector('.requests-row__subject')!.getBoundingClientRect();
      const box = (rect: DOMRect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
      const rowBefore = box(first.element().getBoundingClientRect());
      const subjectBefore = box(subject());
      await expect.element(first).not.toHaveTextContent(/нов(ое|ых)/);

      // A step of support's, without a message: the snippet stays, only the unread mark comes.
      store.addModeratorEvent(newest.id, { kind: 'step', text: 'Запросили данные у перевозчика' });
      vi.advanceTimersByTime(30_000);
      await expect.element(first).toHaveTextContent('1 новое');
      expect(box(first.element().getBoundingClientRect())).toEqual({
        ...rowBefore,
        // The list may move as a whole (the status line); the row keeps its size, its text its place.
        y: first.element().getBoundingClientRect().y,
      });
      expect(box(subject())).toEqual({ ...subjectBefore, y: subject().y });
      expect(subject().y - first.element().getBoundingClientRect().y).toBe(subjectBefore.y - rowBefore.y);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fits a 320 px wide module: one column, nothing cut, every row and filter a 44 px target', async () => {
    await page.viewport(320, 800);
    try {
      const long = makeTicket(createRng(9), {
        status: 'waiting_third_party',
        number: '1234567890',
        subject:
          'Выплата по заказам 59165-023-00001234567890 и 59165-023-00001234567891 не пришла, хотя срок уже прошёл',
        unread: 12,
      });
      await setup({
        handlers: () => [
          mockResponse('listTickets', { items: [long], nextCursor: null, total: 1 }, mockApiBaseUrl),
        ],
      });
      await expect.poll(() => rows().elements().length).toBe(1);
      const host = document.querySelector('[data-seller-support]');
      const root = host?.shadowRoot?.querySelector('.ss-root');
      expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);

      const row = rows().first().element();
      const targets = [
        row,
        ...page.getByRole('button').elements(),
        ...page
          .getByRole('checkbox')
          .elements()
          .map((box) => box.closest('label')!),
        page.getByRole('combobox').element(),
        page.getByRole('searchbox').element(),
      ];
      for (const target of targets) {
        expect(target.getBoundingClientRect().height, target.textContent).toBeGreaterThanOrEqual(44);
      }
      for (const selector of ['.requests-row__subject', '.requests-row__number', '.ss-status-badge']) {
        const element = row.querySelector(selector);
        expect(element, selector).not.toBeNull();
        // Wrapped, not clipped: the whole text is inside the element's box.
        expect(element!.scrollWidth, selector).toBeLessThanOrEqual(element!.clientWidth + 1);
        expect(getComputedStyle(element!).textOverflow, selector).not.toBe('ellipsis');
      }
      await expect.element(rows().first()).toHaveTextContent(long.subject);
      await expect.element(rows().first()).toHaveTextContent('№ 1234567890');
    } finally {
      await page.viewport(414, 896);
    }
  });
});
