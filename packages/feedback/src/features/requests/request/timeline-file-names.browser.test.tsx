import { FetchApiClient } from '@seller-support/contract';
import { createMockApi, defaultNow, mockResponse } from '@seller-support/mocks';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createMockFetch } from '../../../testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { RequestScreen } from './request-screen';

describe('RequestScreen: file names from the server', () => {
  it('shows a name with a bidi override and a BEL with visible markers, isolated', async () => {
    const id = 'T-000104';
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const ticket = mockApi.store.getTicket(id);
    const withFile = {
      ...ticket,
      events: [
        ...ticket.events,
        {
          id: 'f1',
          at: defaultNow,
          kind: 'message' as const,
          author: 'moderator' as const,
          body: 'Счёт во вложении.',
          attachments: [
            { id: 'a-1', name: 'invoice\u202Egnp.exe\u0007', size: 2048, type: 'application/pdf' },
          ],
        },
      ],
    };
    const api = new FetchApiClient({
      baseUrl: mockApiBaseUrl,
      getAccessToken: () => 'demo-token',
      fetch: createMockFetch([mockResponse('getTicket', withFile, mockApiBaseUrl), ...mockApi.handlers]),
    });
    await render(
      <ModuleHarness api={api}>
        <RequestScreen id={id} now={new Date(defaultNow)} timeZone="Europe/Moscow" pollMs={60_000} />
      </ModuleHarness>,
    );
    const files = page.getByRole('list', { name: 'Вложения' });
    await expect.element(files).toHaveTextContent('invoice\uFFFDgnp.exe\uFFFD');
    const name = files.element().querySelector('bdi');
    expect(name?.textContent).toBe('invoice\uFFFDgnp.exe\uFFFD');
  });
});
