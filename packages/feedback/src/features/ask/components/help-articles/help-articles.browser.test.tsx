import { FetchApiClient, type Topic } from '@seller-support/contract';
import { createMockApi, mockFailure, mockResponse } from '@seller-support/mocks';
import type { RequestHandler } from 'msw';
import { http } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { Locale } from '../../../../shared/i18n';
import { createMockFetch } from '../../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../../testing/module-harness';
import { articleSearchText, HelpArticles } from './help-articles';

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
  return { onAnswered, requests, scenario: mockApi.scenario };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

describe('HelpArticles', () => {
  it('asks once when typing pauses, for the topic and the text, and shows the matches', async () => {
    const { requests, scenario } = await setup();

    await userEvent.type(
      page.getByRole('textbox', { name: 'Описание' }),
      'Посылка не отслеживается третий день',
    );

    const link = page.getByRole('link', { name: /Посылка не отслеживается: что это значит/ });
    await expect.element(link).toBeVisible();
    await settle();
    expect(scenario.calls('listArticles')).toBe(1);
    const [request] = requests;
    expect(request?.searchParams.get('topic')).toBe('parcel_location');
    expect(request?.searchParams.get('query')).toBe('Посылка не отслеживается третий день');
    expect(request?.searchParams.get('limit')).toBe('5');
    await expect.element(page.getByRole('status')).toHaveTextContent(/Нашл\S+ \d+ стат/);
  });

  it('opens articles in a new tab, safely', async () => {
    await setup();
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'посылка статус');

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
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'посылка статус');

    const answered = page.getByRole('button', { name: 'This answered my question' });
    await expect.element(answered).toBeVisible();
    await answered.click();
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a word or two', async () => {
    const { scenario } = await setup();
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'где я');
    await settle();
    expect(scenario.calls('listArticles')).toBe(0);
    expect(page.getByRole('link').elements()).toHaveLength(0);
  });

  it('shows at most five articles and never a non-http link', async () => {
    const items = Array.from({ length: 7 }, (_, index) => ({
      id: `a-${index}`,
      title: `Статья ${index}`,
      excerpt: `Кратко ${index}`,
      url: index === 0 ? 'javascript:alert(1)' : `https://help.example/${index}`,
    }));
    await setup({ handlers: [mockResponse('listArticles', { items }, mockApiBaseUrl)] });
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'посылка статус');

    await expect.element(page.getByText('Статья 4')).toBeVisible();
    expect(page.getByRole('listitem').elements()).toHaveLength(5);
    expect(page.getByRole('link').elements()).toHaveLength(4);
    await expect.element(page.getByText('Статья 0')).toBeVisible();
  });

  it('stays quiet when nothing matches', async () => {
    const { scenario } = await setup();
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'квантовая хромодинамика');
    await expect.poll(() => scenario.calls('listArticles')).toBe(1);
    await settle();
    expect(page.getByRole('region').elements()).toHaveLength(0);
    await expect.element(page.getByRole('status')).toHaveTextContent('');
  });

  it('hides the block when the lookup fails, without an error on screen or in the console', async () => {
    await setup({ handlers: [mockFailure('listArticles', 500, mockApiBaseUrl)] });
    await userEvent.type(page.getByRole('textbox', { name: 'Описание' }), 'посылка статус');
    await settle();
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
