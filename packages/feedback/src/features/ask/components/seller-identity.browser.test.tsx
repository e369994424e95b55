import { FetchApiClient } from '@seller-support/contract';
import {
  createMockApi,
  mockFailure,
  mockForeignResponse,
  mockMalformed,
  mockNetworkError,
  mockPending,
  type ScenarioOptions,
} from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../shared/i18n';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { SellerIdentity } from './seller-identity';

interface SetupOptions {
  /** Handlers that take precedence over the shared mock API. */
  handlers?: RequestHandler[];
  scenario?: ScenarioOptions;
  locale?: Locale;
  profileUrl?: string;
}

async function setup({ handlers = [], scenario = {}, locale = 'ru', profileUrl }: SetupOptions = {}) {
  const onUnauthorized = vi.fn();
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, scenario });
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([...handlers, ...mockApi.handlers]),
  });
  await render(
    <ModuleHarness api={api} locale={locale} onUnauthorized={onUnauthorized}>
      <SellerIdentity profileUrl={profileUrl} />
    </ModuleHarness>,
  );
  return { onUnauthorized, scenario: mockApi.scenario };
}

/** Opens the one-line summary to the whole card. */
async function openCard(name = /^Ваши данные/) {
  await page.getByText(name).click();
}

describe('SellerIdentity', () => {
  it('shows the seller as support will see it, read-only, with a link to the profile', async () => {
    await setup({ profileUrl: '/cabinet/profile' });

    const identity = page.getByRole('region', { name: 'Ваши данные' });
    // One line: who, which shop, which tier; the rest is one click away.
    await expect.element(identity.getByText('Ирина Петрова · ООО «Ромашка» · Стандартный')).toBeVisible();
    await expect.element(identity).toHaveAttribute('aria-busy', 'false');
    expect(identity.getByText('7701234567').elements()).toHaveLength(0);
    await openCard();
    await expect.element(identity.getByText('7701234567')).toBeVisible();
    await expect.element(identity.getByText('Ирина Петрова', { exact: true })).toBeVisible();
    await expect.element(identity.getByText('irina@romashka.ru')).toBeVisible();
    await expect.element(identity.getByText('+7 916 000-00-00')).toBeVisible();
    await expect.element(identity.getByText('Стандартный', { exact: true })).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: 'Изменить в профиле' }))
      .toHaveAttribute('href', '/cabinet/profile');
    // Read-only: nothing to type into.
    expect(page.getByRole('textbox').elements()).toHaveLength(0);
  });

  it('opens to the whole card and closes again from the keyboard', async () => {
    await setup({ profileUrl: '/cabinet/profile' });
    const identity = page.getByRole('region', { name: 'Ваши данные' });
    await expect.element(identity.getByText(/Ирина Петрова · /)).toBeVisible();

    // The line is the first stop: one Tab, then Enter opens it, as any disclosure.
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(identity.getByText('7701234567')).toBeVisible();
    await expect
      .element(identity.getByText('Данные берутся из профиля кабинета, здесь их изменить нельзя.'))
      .toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.element(identity.getByText('7701234567')).not.toBeInTheDocument();
    await expect.element(identity.getByText(/Ирина Петрова · /)).toBeVisible();
  });

  it('speaks English when the host asks for it', async () => {
    await setup({ locale: 'en', profileUrl: '/cabinet/profile' });

    const identity = page.getByRole('region', { name: 'Your details' });
    await expect.element(identity.getByText('Ирина Петрова · ООО «Ромашка» · Standard')).toBeVisible();
    await openCard(/^Your details/);
    await expect.element(identity.getByText('Legal name')).toBeVisible();
    await expect.element(identity.getByText('Standard', { exact: true })).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'Edit in profile' })).toBeVisible();
  });

  it('has no profile link when the host gave no profile URL', async () => {
    await setup();
    await openCard();
    await expect.element(page.getByText('ООО «Ромашка»', { exact: true })).toBeVisible();
    expect(page.getByRole('link').elements()).toHaveLength(0);
  });

  it('shows a busy skeleton with a screen-reader text while loading', async () => {
    await setup({ handlers: [mockPending('getContext', mockApiBaseUrl)] });

    await expect
      .element(page.getByRole('region', { name: 'Ваши данные' }))
      .toHaveAttribute('aria-busy', 'true');
    await expect.element(page.getByRole('status')).toHaveTextContent('Загружаем данные продавца…');
  });

  it('explains a server error and loads again on Retry', async () => {
    const { scenario } = await setup({ scenario: { failures: { getContext: { status: 503, times: 1 } } } });

    await expect.element(page.getByRole('alert')).toHaveTextContent('Сервер временно недоступен');
    await page.getByRole('button', { name: 'Повторить' }).click();
    await expect.element(page.getByText(/ООО «Ромашка»/)).toBeVisible();
    expect(page.getByRole('alert').elements()).toHaveLength(0);
    // One failure, one retry by the seller: tests run without automatic retries.
    expect(scenario.calls('getContext')).toBe(2);
  });

  it('tells a lost connection apart from a server error', async () => {
    await setup({ handlers: [mockNetworkError('getContext', mockApiBaseUrl)], locale: 'en' });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Cannot reach the server');
  });

  it('shows an error state, not a blank screen, for an answer that breaks the contract', async () => {
    await setup({ handlers: [mockMalformed('getContext', mockApiBaseUrl)] });
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Сервер прислал ответ, который модуль не понимает');
    await expect.element(page.getByRole('button', { name: 'Повторить' })).toBeVisible();
  });

  it('hands an expired session to the host', async () => {
    const { onUnauthorized } = await setup({ handlers: [mockFailure('getContext', 401, mockApiBaseUrl)] });
    await expect.element(page.getByRole('alert')).toHaveTextContent('Сессия истекла');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('SellerIdentity: a server that says more than this version knows', () => {
  const context = createMockApi().store.getContext();
  const premium = {
    ...context,
    seller: { ...context.seller, tier: 'premium' },
    dealSummary: { ...context.dealSummary, openReturns: -1 },
  };

  it('shows the seller whose tier it does not know, without the tier, and no deal summary it cannot read', async () => {
    await setup({ handlers: [mockForeignResponse('getContext', premium, mockApiBaseUrl)] });

    const identity = page.getByRole('region', { name: 'Ваши данные' });
    // No tier in the line either.
    await expect.element(identity.getByText('Ирина Петрова · ООО «Ромашка»', { exact: true })).toBeVisible();
    await openCard();
    await expect.element(identity.getByText('ООО «Ромашка»', { exact: true })).toBeVisible();
    expect(identity.getByText('Уровень аккаунта').elements()).toHaveLength(0);
    await expect.element(identity.getByText('Сводка по сделкам недоступна.')).toBeVisible();
    expect(page.getByRole('alert').elements()).toHaveLength(0);
  });

  it('says the same in English', async () => {
    await setup({ locale: 'en', handlers: [mockForeignResponse('getContext', premium, mockApiBaseUrl)] });

    const identity = page.getByRole('region', { name: 'Your details' });
    await openCard(/^Your details/);
    await expect.element(identity.getByText('ООО «Ромашка»', { exact: true })).toBeVisible();
    expect(identity.getByText('Account tier').elements()).toHaveLength(0);
    await expect.element(identity.getByText('The deal summary is not available.')).toBeVisible();
  });
});
