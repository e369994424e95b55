import { FetchApiClient, type SnapshotOrder } from '@seller-support/contract';
import {
  createMockApi,
  mockForeignResponse,
  mockPending,
  type DatasetOptions,
  type ScenarioOptions,
} from '@seller-support/mocks';
import { http, type RequestHandler } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../../shared/i18n';
import { createMockFetch } from '../../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../../testing/module-harness';
import { OrderPicker, type OrderPickerProps } from './order-picker';
import { focusedInModule } from '../../../../testing/dom';

interface SetupOptions {
  handlers?: RequestHandler[];
  scenario?: ScenarioOptions;
  dataset?: DatasetOptions;
  locale?: Locale;
  props?: Partial<Omit<OrderPickerProps, 'onChange'>>;
}

/** The picker as a form uses it: controlled, with every change recorded. */
function ControlledPicker({
  initial,
  ...props
}: Omit<OrderPickerProps, 'onChange' | 'selected'> & {
  initial: readonly SnapshotOrder[];
  onChangeSpy: (orders: SnapshotOrder[]) => void;
}) {
  const [selected, setSelected] = useState<readonly SnapshotOrder[]>(initial);
  const { onChangeSpy, ...pickerProps } = props;
  return (
    <OrderPicker
      {...pickerProps}
      selected={selected}
      onChange={(orders) => {
        onChangeSpy(orders);
        setSelected(orders);
      }}
    />
  );
}

async function setup({
  handlers = [],
  scenario = {},
  dataset = {},
  locale = 'ru',
  props = {},
}: SetupOptions = {}) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario, dataset });
  const requests: URL[] = [];
  // Records every list request, then lets the shared handlers answer it.
  const spy = http.get(`${mockApiBaseUrl}/orders`, ({ request }) => {
    requests.push(new URL(request.url));
  });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([spy, ...handlers, ...mockApi.handlers]),
  });
  const onChange = vi.fn<(orders: SnapshotOrder[]) => void>();
  const { selected = [], ...rest } = props;
  await render(
    <ModuleHarness api={api} locale={locale}>
      <ControlledPicker
        id="orders"
        label="Заказы"
        scope="all"
        {...rest}
        initial={selected}
        onChangeSpy={onChange}
      />
    </ModuleHarness>,
  );
  return { onChange, requests, store: mockApi.store, scenario: mockApi.scenario };
}

/** Ids of the orders the list shows, in order (the first cell of each row). */
const shownOrderIds = () =>
  page
    .getByRole('option')
    .elements()
    .map((option) => option.querySelector('.order-picker__id')?.textContent);

/** The focused element inside the module's shadow root (`document.activeElement` is its host). */

const lastRequest = (requests: readonly URL[]) => {
  const request = requests.at(-1);
  if (!request) throw new Error('No request reached the server.');
  return request;
};

describe('OrderPicker', () => {
  it('lists the newest orders with status in words, total, items and pickup point', async () => {
    const { store, requests } = await setup();
    const newest = store.dataset.orders.at(0);

    const list = page.getByRole('listbox', { name: 'Найденные заказы' });
    await expect.element(list).toBeVisible();
    const option = list.getByRole('option').first();
    await expect.element(option).toHaveTextContent(newest.id);
    await expect.element(page.getByRole('status').first()).toHaveTextContent(/Найден/);
    expect(lastRequest(requests).searchParams.get('limit')).toBe('50');
    expect(lastRequest(requests).searchParams.has('query')).toBe(false);
  });

  it('sends what the seller types as `query` and shows the matching orders, by id, item name or SKU', async () => {
    const { store, requests } = await setup({ dataset: { orders: 400 } });
    const target = store.dataset.orders.at(123);
    const item = target.items[0];
    if (!item) throw new Error('The dataset order has no items.');
    const search = page.getByRole('searchbox', { name: /Заказы/ });

    await search.fill(target.id);
    await expect.poll(() => lastRequest(requests).searchParams.get('query')).toBe(target.id);
    await expect.element(page.getByRole('option', { name: new RegExp(target.id) })).toBeVisible();
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Найден 1 заказ');

    for (const text of [item.sku.toLowerCase(), 'Чайник']) {
      await search.fill(text);
      await expect.poll(() => lastRequest(requests).searchParams.get('query')).toBe(text);
      // The list shows what the server found, in its order (a match may be in any item line).
      const expected = store.listOrders({ query: text, limit: 50 });
      expect(expected.items.length).toBeGreaterThan(0);
      await expect.element(page.getByRole('status').first()).toHaveTextContent(String(expected.total));
      await expect
        .poll(() => shownOrderIds().slice(0, 3))
        .toEqual(expected.items.slice(0, 3).map((order) => order.id));
    }
  });

  it('debounces typing into one search', async () => {
    const { requests } = await setup();
    await expect.element(page.getByRole('option').first()).toBeVisible();
    const before = requests.length;
    await userEvent.type(page.getByRole('searchbox'), 'Чайник');
    await expect.poll(() => lastRequest(requests).searchParams.get('query')).toBe('Чайник');
    expect(requests.length - before).toBe(1);
  });

  it('says so when nothing matches', async () => {
    await setup({ locale: 'en', props: { label: 'Orders' } });
    await page.getByRole('searchbox', { name: /Orders/ }).fill('no-such-thing-anywhere');
    await expect.element(page.getByRole('status').first()).toHaveTextContent('No orders match');
    expect(page.getByRole('listbox').elements()).toHaveLength(0);
  });

  it('sends the status filter as repeated `status` and the dates as timestamps with an offset', async () => {
    const { requests, store } = await setup();
    await page.getByText('Фильтры: статус и даты').click();
    await page.getByRole('checkbox', { name: 'Получен' }).click();
    await page.getByRole('checkbox', { name: 'Отменён' }).click();
    await expect
      .poll(() => lastRequest(requests).searchParams.getAll('status'))
      .toEqual(['cancelled', 'delivered']);

    await page.getByLabelText('Создан с').fill('2026-10-01');
    await page.getByLabelText('Создан по').fill('2026-10-31');
    await expect.poll(() => lastRequest(requests).searchParams.get('to')).not.toBeNull();
    const url = lastRequest(requests);
    expect(url.searchParams.get('from')).toMatch(/^2026-10-01T00:00:00[+-]\d\d:\d\d$/);
    expect(url.searchParams.get('to')).toMatch(/^2026-11-01T00:00:00[+-]\d\d:\d\d$/);
    expect(Date.parse(url.searchParams.get('from') ?? '')).toBe(new Date(2026, 9, 1).getTime());

    for (const option of page.getByRole('option').elements()) {
      expect(option.textContent).toMatch(/Получен|Отменён/);
    }

    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await expect.element(page.getByRole('checkbox', { name: 'Получен' })).not.toBeChecked();
    await expect.element(page.getByLabelText('Создан с')).toHaveValue('');
    // The unfiltered list is still cached from the first load: it comes back without a request.
    await expect
      .poll(() => shownOrderIds().slice(0, 3))
      .toEqual(store.listOrders({ limit: 3 }).items.map((order) => order.id));
  });

  it('selects with the keyboard: arrows move, Space and Enter toggle, Home and End jump', async () => {
    const { onChange, store } = await setup();
    const search = page.getByRole('searchbox');
    await expect.element(page.getByRole('option').first()).toBeVisible();

    await userEvent.click(search);
    await userEvent.keyboard('{ArrowDown}');
    const list = page.getByRole('listbox');
    await expect.poll(focusedInModule).toBe(list.element());
    await userEvent.keyboard('{ArrowDown}{ }');
    expect(onChange).toHaveBeenLastCalledWith([store.dataset.orders.at(1)]);
    await expect
      .element(page.getByRole('option', { name: new RegExp(store.dataset.orders.at(1).id) }))
      .toHaveAttribute('aria-selected', 'true');

    await userEvent.keyboard('{Home}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([store.dataset.orders.at(1), store.dataset.orders.at(0)]);
    const active = () => list.element().getAttribute('aria-activedescendant');
    expect(active()).toContain(store.dataset.orders.at(0).id);

    await userEvent.keyboard('{End}');
    await expect.poll(active).toContain(store.dataset.orders.at(49).id);

    await userEvent.keyboard('{Home}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([store.dataset.orders.at(1)]);

    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(focusedInModule).toBe(search.element());
  });

  it('selects with the mouse and removes a chosen order with its chip', async () => {
    const { onChange, store } = await setup();
    const first = store.dataset.orders.at(0);
    const second = store.dataset.orders.at(2);
    await page.getByRole('option', { name: new RegExp(first.id) }).click();
    await page.getByRole('option', { name: new RegExp(second.id) }).click();
    expect(onChange).toHaveBeenLastCalledWith([first, second]);

    const chips = page.getByRole('list', { name: 'Выбранные заказы' });
    await expect.element(chips.getByRole('button')).toHaveLength(2);
    await expect.element(page.getByText('Выбрано 2 из 50')).toBeVisible();

    const removeFirst = page.getByRole('button', { name: `Убрать заказ ${first.id}` });
    await expect.element(removeFirst).toHaveTextContent('×');
    await removeFirst.click();
    expect(onChange).toHaveBeenLastCalledWith([second]);
    // Focus stays with the chips rather than falling to the page.
    const removeSecond = page.getByRole('button', { name: `Убрать заказ ${second.id}` });
    await expect.poll(focusedInModule).toBe(removeSecond.element());
    await userEvent.keyboard('{Enter}');
    await expect.poll(focusedInModule).toBe(page.getByRole('searchbox').element());
    await expect.element(page.getByText('Заказы не выбраны.')).toBeVisible();
  });

  it('enforces `max` with a message', async () => {
    const { onChange, store } = await setup({ props: { max: 1 } });
    await page.getByRole('option', { name: new RegExp(store.dataset.orders.at(0).id) }).click();
    await expect.element(page.getByText('Можно выбрать не больше 1 заказа')).toBeVisible();
    const other = page.getByRole('option', { name: new RegExp(store.dataset.orders.at(1).id) });
    await expect.element(other).toHaveAttribute('aria-disabled', 'true');
    // Playwright refuses to click what is aria-disabled; a seller's mouse does not.
    await userEvent.click(other, { force: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('shows `required` and `error` on the search box the error summary links to', async () => {
    await setup({ props: { required: true, error: 'Выберите хотя бы один заказ' } });
    const search = page.getByRole('searchbox', { name: 'Заказы (обязательно)' });
    await expect.element(search).toHaveAttribute('id', 'orders');
    await expect.element(search).toHaveAttribute('aria-invalid', 'true');
    await expect.element(search).toHaveAccessibleDescription(/Выберите хотя бы один заказ/);
  });

  it('in the in_transit scope lists only orders in transit, without a status filter', async () => {
    const { requests } = await setup({
      props: { scope: 'in_transit' },
      dataset: { orders: 500, inTransit: 7 },
    });
    await expect.element(page.getByText('Показаны только заказы в пути')).toBeVisible();
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Найдено 7 заказов');
    expect(page.getByRole('checkbox').elements()).toHaveLength(0);
    expect(lastRequest(requests).searchParams.getAll('status')).toEqual(['in_transit']);
    // The rows out of sight come at the browser's first idle moment.
    await expect.poll(() => page.getByRole('option').elements()).toHaveLength(7);
    for (const option of page.getByRole('option').elements()) expect(option.textContent).toContain('В пути');
  });

  it('stays light with 100,000 orders: a bounded number of rows, more pages as it scrolls', async () => {
    const { requests } = await setup({ dataset: { orders: 100_000 } });
    const list = page.getByRole('listbox');
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Найдено 100 000 заказов');
    expect(page.getByRole('option').elements().length).toBeLessThan(60);
    await expect.element(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '100000');

    const pagesBefore = requests.length;
    for (let step = 0; step < 4; step += 1) {
      const element = list.element();
      element.scrollTop = element.scrollHeight;
      await expect.poll(() => requests.length).toBeGreaterThan(pagesBefore + step);
      await expect.poll(() => element.scrollHeight).toBeGreaterThan(72 * 50 * (step + 2) - 1);
    }
    expect(page.getByRole('option').elements().length).toBeLessThan(60);
    const cursors = requests.slice(pagesBefore).map((url) => url.searchParams.get('cursor'));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(cursors.every((cursor) => cursor !== null)).toBe(true);
  });

  it('explains a failed load and loads again on Retry', async () => {
    const { scenario } = await setup({ scenario: { failures: { listOrders: { status: 503, times: 1 } } } });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.element(page.getByRole('option').first()).toBeVisible();
    expect(scenario.calls('listOrders')).toBe(2);
  });

  it('keeps the loaded orders when a later page fails, and loads it on Retry', async () => {
    const { scenario, requests } = await setup({ dataset: { orders: 1000 } });
    const list = page.getByRole('listbox');
    await expect.element(list.getByRole('option').first()).toBeVisible();
    scenario.fail('listOrders', { status: 503, times: 1 });
    list.element().scrollTop = list.element().scrollHeight;

    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await expect.element(list.getByRole('option').first()).toBeVisible();
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.poll(() => list.element().scrollHeight).toBeGreaterThan(72 * 100 - 1);
    expect(page.getByRole('alert').elements()).toHaveLength(0);
    expect(requests.at(-1)?.searchParams.get('cursor')).not.toBeNull();
  });

  it('announces loading while the first page is on its way', async () => {
    await setup({ handlers: [mockPending('listOrders', mockApiBaseUrl)] });
    await expect.element(page.getByRole('status').first()).toHaveTextContent('Загружаем заказы…');
  });

  it('a list being replaced by another search cannot be picked from until the new one is there', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The search for delivered orders is held: the list shown meanwhile is the previous one.
    const holdDelivered = http.get(`${mockApiBaseUrl}/orders`, async ({ request }) => {
      if (new URL(request.url).searchParams.getAll('status').includes('delivered')) await held;
    });
    const { onChange } = await setup({ handlers: [holdDelivered] });
    await expect.element(page.getByRole('option').first()).toBeVisible();

    await page.getByText('Фильтры: статус и даты').click();
    await page.getByRole('checkbox', { name: 'Получен' }).click();
    await expect
      .element(page.getByRole('listbox', { name: 'Найденные заказы' }))
      .toHaveAttribute('aria-busy', 'true');
    const stale = page.getByRole('option').first();
    await expect.element(stale).toHaveAttribute('aria-disabled', 'true');
    // The seller clicks it all the same (a pointer does not know aria-disabled).
    await stale.click({ force: true });
    expect(onChange).not.toHaveBeenCalled();

    release();
    await expect
      .element(page.getByRole('listbox', { name: 'Найденные заказы' }))
      .toHaveAttribute('aria-busy', 'false');
    await page.getByRole('option').first().click();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]?.[0]?.status).toBe('delivered');
  });
});

describe('OrderPicker: a server that says more than this version knows', () => {
  const { store } = createMockApi();
  const [first, second, third] = store.listOrders({ limit: 3 }).items;
  if (first === undefined || second === undefined || third === undefined) throw new Error('too few orders');
  const foreignPage = {
    items: [
      first,
      // A status this version does not list, and a field it does not know.
      { ...second, status: 'lost_in_transit', insured: true },
      // One it cannot read at all: no date, no total.
      { id: 'broken-order', status: 'created' },
      third,
    ],
    nextCursor: null,
    total: 4,
  };

  it('lists the other orders, the unknown status neutrally with its raw value, and says what it left out', async () => {
    await setup({ handlers: [mockForeignResponse('listOrders', foreignPage, mockApiBaseUrl)] });

    await expect.poll(shownOrderIds).toEqual([first.id, second.id, third.id]);
    const status = page.getByRole('option').nth(1).element().querySelector('.order-picker__status-text');
    expect(status?.textContent).toBe('Статус обновлён');
    expect(status?.getAttribute('data-unknown-value')).toBe('lost_in_transit');
    await expect.element(page.getByText('1 заказ не удалось показать.')).toBeVisible();
    // The order can still be chosen.
    await page.getByRole('option').nth(1).click();
    await expect.element(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  });

  it('says the same in English', async () => {
    await setup({ locale: 'en', handlers: [mockForeignResponse('listOrders', foreignPage, mockApiBaseUrl)] });

    await expect.poll(shownOrderIds).toEqual([first.id, second.id, third.id]);
    expect(
      page.getByRole('option').nth(1).element().querySelector('.order-picker__status-text')?.textContent,
    ).toBe('Status updated');
    await expect.element(page.getByText('1 order could not be shown.')).toBeVisible();
  });
});
