import { FetchApiClient, type Topic } from '@seller-support/contract';
import { createMockApi, mockFailure, mockResponse } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { http } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../../shared/i18n';
import { createMockFetch } from '../../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../../testing/module-harness';
import { QueryProbe } from '../../../../testing/query-probe';
import { articleKeys } from '../../api/list-articles';
import { articleSearchText, HelpArticles, helpArticlesDebounceMs } from './help-articles';

function Form({ topic, onAnswered }: { topic: Topic; onAnswered: () => void }) {
  const [text, setText] = useState('');
  return (
    <>
      <label>
        Описание
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </label>
      <HelpArticles topic={topic} text={text} onAnswered={onAnswered} />
      <QueryProbe queryKey={articleKeys.lists()} testId="article-lookups" />
    </>
  );
}

interface SetupOptions {
  handlers?: RequestHandler[];
  locale?: Locale;
  topic?: Topic;
}

async function setup({ handlers = [], locale = 'ru', topic = 'parcel_location' }: SetupOptions = {}) {
  const onAnswered = vi.fn();
  const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
  const requests: URL[] = [];
  const api = new FetchApiClient({
    baseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    fetch: createMockFetch([
      http.get(`${mockApiBaseUrl}/articles`, ({ request }) => {
        requests.push(new URL(request.url));
      }),
      ...handlers,
      ...mockApi.handlers,
    ]),
  });
  await render(
    <ModuleHarness api={api} locale={locale}>
      <Form topic={topic} onAnswered={onAnswered} />
    </ModuleHarness>,
  );
  /** Waits until the screen has rendered the answer to the one lookup the test expects. */
  const oneLookupAnswered = () =>
    expect.element(page.getByTestId('article-lookups')).toHaveAttribute('data-answered', '1');
  return { onAnswered, requests, oneLookupAnswered, scenario: mockApi.scenario };
}

const description = () => page.getByRole('textbox', { name: 'Описание' });

/** The seller types `text` and pauses. The pause is fake time: a slow keystroke makes no pause of its own. */
async function typeAndPause(text: string) {
  await userEvent.type(description(), text);
  await vi.advanceTimersByTimeAsync(helpArticlesDebounceMs);
}

describe('HelpArticles', () => {
  beforeEach(() => {
    // The debounce runs on fake time. TanStack Query tells React through a zero timeout, which
    // expect.poll/expect.element let through: each of their retries moves fake time on too.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks once when typing pauses, for the topic and the text, and shows the matches', async () => {
    const { requests, scenario, oneLookupAnswered } = await setup();

    await userEvent.type(description(), 'Посылка не отслеживается третий день');
    // No time has passed for the debounce: every keystroke was rendered and nothing was asked.
    expect(scenario.calls('listArticles')).toBe(0);
    await vi.advanceTimersByTimeAsync(helpArticlesDebounceMs - 1);
    expect(scenario.calls('listArticles')).toBe(0);
    await vi.advanceTimersByTimeAsync(1);

    const link = page.getByRole('link', { name: /Посылка не отслеживается: что это значит/ });
    await expect.element(link).toBeVisible();
    await oneLookupAnswered();
    expect(scenario.calls('listArticles')).toBe(1);
    const [request] = requests;
    expect(request?.searchParams.get('topic')).toBe('parcel_location');
    expect(request?.searchParams.get('query')).toBe('Посылка не отслеживается третий день');
    expect(request?.searchParams.get('limit')).toBe('5');
    await expect.element(page.getByRole('status')).toHaveTextContent(/Нашл\S+ \d+ стат/);
  });

  it('opens articles in a new tab, safely', async () => {
    await setup();
    await typeAndPause('посылка статус');

    const link = page.getByRole('link', { name: /Посылка не отслеживается/ });
    await expect
      .element(link)
      .toHaveAttribute('href', 'https://help.market.example/sellers/tracking-stopped');
    await expect.element(link).toHaveAttribute('target', '_blank');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect.element(link).toHaveAccessibleName(/откроется в новой вкладке/);
  });

  it('ends the flow when an article answered the question', async () => {
    const { onAnswered } = await setup({ locale: 'en' });
    await typeAndPause('посылка статус');

    const answered = page.getByRole('button', { name: 'This answered my question' });
    await expect.element(answered).toBeVisible();
    await answered.click();
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a word or two', async () => {
    const { requests, oneLookupAnswered } = await setup();
    await typeAndPause('где я');
    // The seller goes on: the pause after two words asked nothing, the one after more words did.
    await typeAndPause(' посылка статус');
    await oneLookupAnswered();
    expect(requests.map((url) => url.searchParams.get('query'))).toEqual(['где я посылка статус']);
  });

  it('shows at most five articles and never a non-http link', async () => {
    const items = Array.from({ length: 7 }, (_, index) => ({
      id: `a-${index}`,
      title: `Статья ${index}`,
      excerpt: `Кратко ${index}`,
      url: index === 0 ? 'javascript:alert(1)' : `https://help.example/${index}`,
    }));
    await setup({ handlers: [mockResponse('listArticles', { items }, mockApiBaseUrl)] });
    await typeAndPause('посылка статус');

    await expect.element(page.getByText('Статья 4')).toBeVisible();
    expect(page.getByRole('listitem').elements()).toHaveLength(5);
    expect(page.getByRole('link').elements()).toHaveLength(4);
    await expect.element(page.getByText('Статья 0')).toBeVisible();
  });

  it('stays quiet when nothing matches', async () => {
    const { scenario, oneLookupAnswered } = await setup();
    await typeAndPause('квантовая хромодинамика');
    await oneLookupAnswered();
    expect(scenario.calls('listArticles')).toBe(1);
    expect(page.getByRole('region').elements()).toHaveLength(0);
    await expect.element(page.getByRole('status')).toHaveTextContent('');
  });

  it('hides the block when the lookup fails, without an error on screen or in the console', async () => {
    const { oneLookupAnswered } = await setup({
      handlers: [mockFailure('listArticles', 500, mockApiBaseUrl)],
    });
    await typeAndPause('посылка статус');
    await oneLookupAnswered();
    expect(page.getByRole('alert').elements()).toHaveLength(0);
    expect(page.getByRole('region').elements()).toHaveLength(0);
  });
});

describe('articleSearchText', () => {
  it('needs at least two words of three letters and keeps to the contract’s 200 characters', () => {
    expect(articleSearchText('')).toBeNull();
    expect(articleSearchText('где я')).toBeNull();
    expect(articleSearchText('  посылка   потерялась ')).toBe('посылка потерялась');
    expect(articleSearchText('слово '.repeat(100))?.length).toBeLessThanOrEqual(200);
  });
});
