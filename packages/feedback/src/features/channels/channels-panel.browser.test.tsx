// The playwright provider gives `cdp()` its `send`; the browser tests run on it.
/// <reference types="@vitest/browser-playwright" />
import type { Channel } from '@seller-support/contract';
import { FetchApiClient } from '@seller-support/contract';
import {
  createMockApi,
  makePolicy,
  mockForeignResponse,
  mockPending,
  type ScenarioOptions,
} from '@seller-support/mocks';
import { http, type RequestHandler } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../shared/i18n';
import { createMockFetch } from '../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../testing/module-harness';
import { ChannelsPanel } from './channels-panel';
import { ResponseExpectation } from './response-expectation';

interface SetupOptions {
  handlers?: RequestHandler[];
  channels?: Channel[];
  scenario?: ScenarioOptions;
  locale?: Locale;
}

const day = new Date('2026-11-25T12:00:00+03:00');
const night = new Date('2026-11-25T23:30:00+03:00');

async function setup(
  ui: ReactNode,
  { handlers = [], channels, scenario = {}, locale = 'ru' }: SetupOptions = {},
) {
  const mockApi = createMockApi({
    baseUrl: mockApiBaseUrl,
    scenario,
    ...(channels === undefined ? {} : { dataset: { policy: { channels } } }),
  });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([...handlers, ...mockApi.handlers]),
  });
  await render(
    <ModuleHarness api={api} locale={locale}>
      {ui}
    </ModuleHarness>,
  );
  return { scenario: mockApi.scenario };
}

/** Opens "N more ways to reach us": everything but the hotline is behind it. */
async function openMore() {
  await page.getByText(/^(Ещё|Показать) \d+ способ|^(\d+ more ways?|Show \d+ ways?) to reach us$/).click();
}

function itemTexts(): string[] {
  return page
    .getByRole('region', { name: /Другие способы связи|Other ways to reach us/ })
    .getByRole('listitem')
    .elements()
    .map((element) => element.textContent);
}

describe('ChannelsPanel', () => {
  it('lists the free hotline first, then paid regional numbers, e-mail, post, compliance, chat, community', async () => {
    await setup(<ChannelsPanel now={day} />);

    const panel = page.getByRole('region', { name: 'Другие способы связи' });
    await expect.element(panel.getByText('Горячая линия для продавцов')).toBeVisible();
    // Collapsed: the hotline and what to expect now are in sight, the other ten one click away.
    await expect.element(panel.getByText(/Сейчас день: первый ответ/)).toBeVisible();
    await expect.element(panel.getByText('Москва и Московская область')).not.toBeVisible();
    await expect.element(panel.getByText('Ещё 10 способов связи')).toBeVisible();
    await openMore();
    await expect.element(panel.getByText('Москва и Московская область')).toBeVisible();
    const items = itemTexts();
    expect(items).toHaveLength(11);
    expect(items[0]).toContain('Горячая линия для продавцов');
    expect(items[0]).toContain('бесплатно');
    for (const item of items.slice(1, 6)) expect(item).toMatch(/платно, регион: /);
    expect(items[6]).toContain('sellers@support.market.example');
    expect(items[7]).toContain('Почтовый адрес для документов');
    expect(items[8]).toContain('Линия комплаенса');
    expect(items[9]).toContain('Чат-помощник');
    expect(items[10]).toContain('Сообщество продавцов');
  });

  it('makes phones tel: links and e-mail mailto: links, and keeps the post address as text', async () => {
    await setup(<ChannelsPanel now={day} />);
    await openMore();

    await expect
      .element(page.getByRole('link', { name: '8 800 000-12-34' }))
      .toHaveAttribute('href', 'tel:88000001234');
    await expect
      .element(page.getByRole('link', { name: '+7 495 000-12-34' }))
      .toHaveAttribute('href', 'tel:+74950001234');
    await expect
      .element(page.getByRole('link', { name: 'sellers@support.market.example' }))
      .toHaveAttribute('href', 'mailto:sellers@support.market.example');
    await expect
      .element(page.getByRole('link', { name: 'compliance@market.example' }))
      .toHaveAttribute('href', 'mailto:compliance@market.example');
    await expect.element(page.getByText(/Пресненская наб/)).toBeVisible();
    expect(page.getByRole('link', { name: /Пресненская наб/ }).elements()).toHaveLength(0);
    await expect.element(page.getByText('Москва и Московская область')).toBeVisible();
    await expect.element(page.getByText('платно, регион: Москва')).toBeVisible();
    await expect.element(page.getByText('Часы работы: 08:00–22:00 МСК').first()).toBeVisible();
  });

  it('opens chat and community in a new tab without giving them our page', async () => {
    await setup(<ChannelsPanel now={day} />);
    await openMore();

    for (const name of [/seller\.market\.example\/chat/, /community\.market\.example\/sellers/]) {
      const link = page.getByRole('link', { name });
      await expect.element(link).toHaveAttribute('target', '_blank');
      await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect.element(link).toHaveAccessibleName(/откроется в новой вкладке/);
    }
  });

  it('never turns a javascript: URL or markup from the server into a link or HTML', async () => {
    await setup(<ChannelsPanel now={day} />, {
      channels: [
        { kind: 'chat', label: 'Чат', url: 'javascript:alert(1)' },
        { kind: 'community', label: '<img src=x onerror=alert(1)>', url: 'data:text/html,<b>x</b>' },
        { kind: 'email', label: 'Почта', value: 'a@b.ru?subject=spam' },
      ],
    });
    // No hotline: every channel is behind the disclosure.
    await page.getByText('Показать 3 способа связи').click();

    await expect.element(page.getByText('javascript:alert(1)')).toBeVisible();
    await expect.element(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect.element(page.getByText('a@b.ru?subject=spam')).toBeVisible();
    expect(page.getByRole('link').elements()).toHaveLength(0);
    expect(page.getByRole('img').elements()).toHaveLength(0);
  });

  it('speaks English, the channels’ names and hours too where the server sent them in English', async () => {
    await setup(<ChannelsPanel now={day} />, { locale: 'en' });
    const panel = page.getByRole('region', { name: 'Other ways to reach us' });
    await expect.element(panel.getByText('Seller hotline')).toBeVisible();
    await expect.element(panel.getByText('free', { exact: true })).toBeVisible();
    await expect.element(panel.getByText('Hours: 24/7')).toBeVisible();
    await panel.getByText('10 more ways to reach us').click();
    await expect.element(panel.getByText('Moscow and Moscow Region')).toBeVisible();
    await expect.element(panel.getByText('paid, regional: Moscow')).toBeVisible();
    await expect.element(panel.getByText('Seller community')).toBeVisible();
    expect(panel.getByText(/Горячая линия|Московская область|Сообщество/).elements()).toHaveLength(0);
    await expect
      .element(panel.getByText(/Right now \(day\) the first answer usually comes within 15 minutes/))
      .toBeVisible();
  });

  it('shows a busy state while the policy loads', async () => {
    await setup(<ChannelsPanel />, { handlers: [mockPending('getPolicy', mockApiBaseUrl)] });
    const panel = page.getByRole('region', { name: 'Другие способы связи' });
    await expect.element(panel).toHaveAttribute('aria-busy', 'true');
    await expect.element(page.getByRole('status')).toHaveTextContent('Загружаем способы связи…');
  });

  it('explains a failed load and loads again on Retry', async () => {
    const { scenario } = await setup(<ChannelsPanel now={day} />, {
      scenario: { failures: { getPolicy: { status: 503, times: 1 } } },
    });

    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.element(page.getByText('Горячая линия для продавцов')).toBeVisible();
    expect(page.getByRole('alert').elements()).toHaveLength(0);
    expect(scenario.calls('getPolicy')).toBe(2);
  });
});

/** The browser's time zone, as a seller's machine would have it. */
async function setTimeZone(timezoneId: string) {
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId });
  await expect.poll(() => Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(timezoneId);
}

describe('ResponseExpectation', () => {
  afterEach(async () => {
    vi.useRealTimers();
    // Back to the machine's own zone.
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: '' });
  });

  it('promises the day target in the daytime of the policy’s time zone', async () => {
    await setup(<ResponseExpectation now={day} />);
    await expect.element(page.getByText('Поддержка работает круглосуточно.')).toBeVisible();
    await expect
      .element(page.getByText(/Сейчас день: первый ответ обычно приходит в течение 15 минут\./))
      .toBeVisible();
    await expect
      .element(page.getByText('Дневные часы поддержки: 08:00–22:00 (Europe/Moscow).'))
      .toBeVisible();
  });

  it('promises the night target at night, and says when on the seller’s clock', async () => {
    // A seller in support's own time zone: the time needs no zone.
    await setTimeZone('Europe/Moscow');
    await setup(<ResponseExpectation now={night} />, { locale: 'en' });
    await expect.element(page.getByText('Support works around the clock.')).toBeVisible();
    await expect
      .element(
        page.getByText(
          'Right now (night) the first answer usually comes within an hour. If you write now, expect it by about 12:30 AM.',
        ),
      )
      .toBeVisible();
  });

  it('names the seller’s time zone when their clock is not support’s', async () => {
    // 23:30 in Moscow is 06:30 in Vladivostok: night for support, morning for the seller.
    await setTimeZone('Asia/Vladivostok');
    await setup(<ResponseExpectation now={night} />);
    await expect
      .element(page.getByText(/^Сейчас ночь: первый ответ обычно приходит в течение часа\./))
      .toHaveTextContent('Если написать сейчас — ориентировочно до 07:30 GMT+10.');
    await expect
      .element(page.getByText('Дневные часы поддержки: 08:00–22:00 (Europe/Moscow).'))
      .toBeVisible();
  });

  it('follows the clock from day into night while it is on screen', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-25T21:59:30+03:00'));
    await setup(<ResponseExpectation />);
    await expect.element(page.getByText(/Сейчас день/)).toBeVisible();

    await vi.advanceTimersByTimeAsync(30_000);
    await expect
      .element(page.getByText(/Сейчас ночь: первый ответ обычно приходит в течение часа/))
      .toBeVisible();
  });

  it('stays silent until the policy is known', async () => {
    let asked = 0;
    const askedForPolicy = http.get(`${mockApiBaseUrl}/policy`, () => {
      asked += 1;
      // Nothing returned: the pending handler answers (never).
    });
    await setup(<ResponseExpectation now={day} />, {
      handlers: [askedForPolicy, mockPending('getPolicy', mockApiBaseUrl)],
    });
    // It asks once it has rendered: what it shows now is what it shows while the answer is out.
    await expect.poll(() => asked).toBe(1);
    expect(page.getByText(/Поддержка работает/).elements()).toHaveLength(0);
    expect(page.getByText(/Сейчас (день|ночь)/).elements()).toHaveLength(0);
  });
});

describe('ChannelsPanel: a server that says more than this version knows', () => {
  const policy = makePolicy();
  const foreign = {
    ...policy,
    // A first-response target no date can hold, next to the night one.
    firstResponseMinutes: { day: 200_000_000_000, night: 60 },
    channels: [
      ...policy.channels,
      // Kinds this version does not list: a label, and a value or an address where they have one.
      { kind: 'telegram', label: 'Телеграм-бот', url: 'https://t.me/support_bot' },
      { kind: 'fax', label: 'Факс', value: '+7 495 000-00-01' },
      { kind: 'pigeon', label: 'Голубиная почта', url: 'javascript:alert(1)' },
      // One it cannot read at all: a phone without its number.
      { kind: 'phone', label: 'Без номера' },
    ],
  };

  it('renders the channels without crashing: unknown kinds with their label and safe links, and a note', async () => {
    await setup(<ChannelsPanel now={day} />, {
      handlers: [mockForeignResponse('getPolicy', foreign, mockApiBaseUrl)],
    });

    const panel = page.getByRole('region', { name: 'Другие способы связи' });
    await openMore();
    await expect.element(panel.getByText('Телеграм-бот')).toBeVisible();
    await expect
      .element(panel.getByRole('link', { name: /t\.me\/support_bot/ }))
      .toHaveAttribute('href', 'https://t.me/support_bot');
    await expect
      .element(panel.getByRole('link', { name: '+7 495 000-00-01' }))
      .toHaveAttribute('href', 'tel:+74950000001');
    await expect.element(panel.getByText('Голубиная почта')).toBeVisible();
    await expect.element(panel.getByText('javascript:alert(1)')).toBeVisible();
    expect(panel.getByRole('link', { name: /javascript/ }).elements()).toHaveLength(0);
    // Known kinds first, the ones this version does not know after them.
    const [telegram, fax, pigeon] = itemTexts().slice(-3);
    expect(telegram).toMatch(/^Телеграм-бот/);
    expect(fax).toMatch(/^Факс/);
    expect(pigeon).toMatch(/^Голубиная почта/);
    await expect.element(panel.getByText('1 способ связи не удалось показать.')).toBeVisible();
    // No promise that no date can hold, and no crash screen.
    await expect.element(panel.getByText('Поддержка работает круглосуточно.')).toBeVisible();
    expect(panel.getByText(/ориентировочно до/).elements()).toHaveLength(0);
  });

  it('says the same in English', async () => {
    await setup(<ChannelsPanel now={day} />, {
      locale: 'en',
      handlers: [mockForeignResponse('getPolicy', foreign, mockApiBaseUrl)],
    });

    const panel = page.getByRole('region', { name: 'Other ways to reach us' });
    await openMore();
    // A channel the server sent without English keeps its one name.
    await expect.element(panel.getByText('Телеграм-бот')).toBeVisible();
    await expect.element(panel.getByText('1 way to reach support could not be shown.')).toBeVisible();
  });
});
