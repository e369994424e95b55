import { FetchApiClient, type ReceivedFacility } from '@seller-support/contract';
import { createMockApi, mockForeignResponse, mockPending, type ScenarioOptions } from '@seller-support/mocks';
import { http, type RequestHandler } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../../shared/i18n';
import { createMockFetch } from '../../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../../testing/module-harness';
import { FacilityPicker, type FacilityPickerProps } from './facility-picker';
import { focusedInModule } from '../../../../testing/dom';

type PickerProps = Omit<FacilityPickerProps, 'onChange' | 'value'>;

function ControlledPicker({
  initial,
  onChangeSpy,
  ...props
}: PickerProps & {
  initial: ReceivedFacility | null;
  onChangeSpy: (facility: ReceivedFacility | null) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <FacilityPicker
      {...props}
      value={value}
      onChange={(facility) => {
        onChangeSpy(facility);
        setValue(facility);
      }}
    />
  );
}

interface SetupOptions {
  handlers?: RequestHandler[];
  scenario?: ScenarioOptions;
  locale?: Locale;
  props?: Partial<PickerProps>;
  initial?: ReceivedFacility | null;
}

async function setup({
  handlers = [],
  scenario = {},
  locale = 'ru',
  props = {},
  initial = null,
}: SetupOptions = {}) {
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario });
  const requests: URL[] = [];
  const spy = http.get(`${mockApiBaseUrl}/facilities`, ({ request }) => {
    requests.push(new URL(request.url));
  });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([spy, ...handlers, ...mockApi.handlers]),
  });
  const onChange = vi.fn<(facility: ReceivedFacility | null) => void>();
  await render(
    <ModuleHarness api={api} locale={locale}>
      <ControlledPicker
        id="facility"
        label="Пункт выдачи"
        types={['pickup_point']}
        {...props}
        initial={initial}
        onChangeSpy={onChange}
      />
    </ModuleHarness>,
  );
  return { onChange, requests, store: mockApi.store, scenario: mockApi.scenario };
}

const lastRequest = (requests: readonly URL[]) => {
  const request = requests.at(-1);
  if (!request) throw new Error('No request reached the server.');
  return request;
};

describe('FacilityPicker', () => {
  it('searches by name or address on the server and selects with the keyboard', async () => {
    const { onChange, requests, store } = await setup();
    const target = store.listFacilities({ type: 'pickup_point' }).items[5];
    if (!target) throw new Error('The dataset has too few pickup points.');
    const combobox = page.getByRole('combobox', { name: 'Пункт выдачи' });

    await userEvent.click(combobox);
    await userEvent.keyboard(target.name);
    await expect.poll(() => lastRequest(requests).searchParams.get('query')).toBe(target.name);
    expect(lastRequest(requests).searchParams.get('type')).toBe('pickup_point');
    const option = page.getByRole('option', { name: new RegExp(target.name) });
    await expect.element(option).toBeVisible();
    await expect.element(option).toHaveTextContent(target.address);
    await expect.element(option).toHaveTextContent('Пункт выдачи');
    // The list shown is the answer to this search, not the previous one kept while it loads.
    await expect.element(page.getByRole('listbox')).toHaveAttribute('aria-busy', 'false');

    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(target);
    await expect.element(page.getByText(target.address).first()).toBeVisible();
    await expect.element(combobox).toHaveAccessibleDescription(new RegExp(target.name));
  });

  it('walks the list with the arrows, picks with Enter, and closes with Escape', async () => {
    const { onChange, store } = await setup();
    const [first, second] = store.listFacilities({ type: 'pickup_point' }).items;
    if (!first || !second) throw new Error('The dataset has too few pickup points.');
    const combobox = page.getByRole('combobox', { name: 'Пункт выдачи' });
    await expect.element(page.getByRole('status')).toHaveTextContent(/Показаны первые|Найден/);

    await userEvent.click(combobox);
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'false');
    await expect.element(page.getByRole('listbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();

    // Arrow down on a closed list opens it on the first option; focus never leaves the input.
    await userEvent.keyboard('{ArrowDown}');
    const firstOption = page.getByRole('option', { name: new RegExp(first.name) });
    await expect.element(firstOption).toHaveAttribute('aria-selected', 'true');
    await expect.element(combobox).toHaveAttribute('aria-activedescendant', firstOption.element().id);
    await userEvent.keyboard('{ArrowDown}');
    const secondOption = page.getByRole('option', { name: new RegExp(second.name) });
    await expect.element(secondOption).toHaveAttribute('aria-selected', 'true');
    await expect.element(firstOption).toHaveAttribute('aria-selected', 'false');
    await expect.element(combobox).toHaveAttribute('aria-activedescendant', secondOption.element().id);
    await userEvent.keyboard('{ArrowUp}{ArrowDown}');
    await expect.element(secondOption).toHaveAttribute('aria-selected', 'true');
    expect(focusedInModule()).toBe(combobox.element());

    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(second);
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combobox).not.toHaveAttribute('aria-activedescendant');
    await expect.element(combobox).toHaveAccessibleDescription(new RegExp(second.name));
  });

  it('keeps Enter for the form unless an option is highlighted, and closes on Tab without choosing', async () => {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const api = new FetchApiClient({
      baseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      fetch: createMockFetch(mockApi.handlers),
    });
    const onChange = vi.fn<(facility: ReceivedFacility | null) => void>();
    const onSubmit = vi.fn<() => void>();
    await render(
      <ModuleHarness api={api} locale="ru">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <FacilityPicker
            id="facility"
            label="Пункт выдачи"
            types={['pickup_point']}
            value={null}
            onChange={onChange}
          />
          <button type="submit">Отправить</button>
        </form>
      </ModuleHarness>,
    );
    const combobox = page.getByRole('combobox', { name: 'Пункт выдачи' });
    await expect.element(page.getByRole('status')).toHaveTextContent(/Показаны первые|Найден/);

    await userEvent.click(combobox);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);

    await userEvent.keyboard('{ArrowDown}');
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Tab}');
    await expect.element(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(focusedInModule()).toBe(page.getByRole('button', { name: 'Отправить' }).element());
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('selects with the mouse and clears the choice', async () => {
    const { onChange, store } = await setup({ locale: 'en', props: { label: 'Pickup point' } });
    const first = store.listFacilities({ type: 'pickup_point' }).items[0];
    if (!first) throw new Error('The dataset has no pickup points.');

    await page.getByRole('combobox', { name: 'Pickup point' }).click();
    await page.getByRole('option', { name: new RegExp(first.name) }).click();
    expect(onChange).toHaveBeenLastCalledWith(first);
    await expect.element(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
    expect(focusedInModule()).toBe(page.getByRole('combobox').element());

    await page.getByRole('button', { name: 'Clear selection' }).click();
    expect(onChange).toHaveBeenLastCalledWith(null);
    await expect.poll(focusedInModule).toBe(page.getByRole('combobox').element());
  });

  it('switches between the allowed types, and sends the chosen one as `type`', async () => {
    const { requests } = await setup({ props: { types: ['warehouse', 'pickup_point'], label: 'Объект' } });
    await expect.poll(() => lastRequest(requests).searchParams.get('type')).toBe('warehouse');
    await page.getByRole('radio', { name: 'Пункт выдачи' }).click();
    await expect.poll(() => lastRequest(requests).searchParams.get('type')).toBe('pickup_point');
    expect(page.getByRole('radio').elements()).toHaveLength(2);
  });

  it('says when nothing matches', async () => {
    await setup();
    await page.getByRole('combobox').fill('нет такого адреса нигде');
    await expect.element(page.getByRole('status')).toHaveTextContent('Ничего не нашлось');
  });

  it('shows `required` and `error` on the input the error summary links to', async () => {
    await setup({ props: { required: true, error: 'Выберите пункт выдачи' } });
    const combobox = page.getByRole('combobox', { name: 'Пункт выдачи (обязательно)' });
    await expect.element(combobox).toHaveAttribute('id', 'facility');
    await expect.element(combobox).toHaveAttribute('aria-invalid', 'true');
    await expect.element(combobox).toHaveAccessibleDescription('Выберите пункт выдачи');
  });

  it('explains a failed load and loads again on Retry', async () => {
    const { scenario } = await setup({
      scenario: { failures: { listFacilities: { status: 500, times: 1 } } },
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.element(page.getByRole('status')).toHaveTextContent(/Найдено|Показаны/);
    expect(scenario.calls('listFacilities')).toBe(2);
  });

  it('announces a search under way', async () => {
    await setup({ handlers: [mockPending('listFacilities', mockApiBaseUrl)] });
    await expect.element(page.getByRole('status')).toHaveTextContent('Ищем…');
  });
});

describe('FacilityPicker: a server that says more than this version knows', () => {
  const { store } = createMockApi();
  const [first, second] = store.listFacilities({ type: 'pickup_point' }).items;
  if (first === undefined || second === undefined) throw new Error('too few pickup points');
  const locker = { id: 'locker-1', type: 'parcel_locker', name: 'Постамат у метро', address: 'Тверская, 1' };
  const foreignPage = {
    // A server that ignores the type filter, with a type this version does not list and a facility it cannot read.
    items: [locker, first, { id: 'broken-facility', type: 'pickup_point' }, second],
    nextCursor: null,
  };

  it('shows a facility of a type it does not know under a neutral group, and says what it left out', async () => {
    const { onChange } = await setup({
      handlers: [mockForeignResponse('listFacilities', foreignPage, mockApiBaseUrl)],
    });
    await userEvent.click(page.getByRole('combobox', { name: 'Пункт выдачи' }));

    await expect.poll(() => page.getByRole('option').elements().length).toBe(3);
    const group = page.getByRole('group', { name: 'Другие' });
    await expect.element(group.getByRole('option', { name: /Постамат у метро/ })).toBeVisible();
    expect(group.getByRole('option').elements()).toHaveLength(1);
    const badge = group.getByRole('option').element().querySelector('.facility-picker__badge');
    expect(badge?.getAttribute('data-unknown-value')).toBe('parcel_locker');
    // The known ones first, in the server's order; the other after them.
    const names = page
      .getByRole('option')
      .elements()
      .map((option) => option.querySelector('.facility-picker__name')?.textContent);
    expect(names).toEqual([first.name, second.name, locker.name]);
    await expect.element(page.getByText('1 вариант не удалось показать.')).toBeVisible();

    await group.getByRole('option').click();
    expect(onChange).toHaveBeenLastCalledWith(locker);
  });

  it('says the same in English', async () => {
    await setup({
      locale: 'en',
      handlers: [mockForeignResponse('listFacilities', foreignPage, mockApiBaseUrl)],
    });
    await userEvent.click(page.getByRole('combobox'));

    await expect.element(page.getByRole('group', { name: 'Other' }).getByRole('option')).toBeVisible();
    await expect.element(page.getByText('1 option could not be shown.')).toBeVisible();
  });
});
