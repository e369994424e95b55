// The page the benchmark drives: the request form for a seller with 100,000 orders, answered by
// the shared mock handlers in the page itself with no latency, so the figures are the module's own.
import { FetchApiClient } from '@seller-support/contract';
import { createMockApi } from '@seller-support/mocks';
import { createRoot } from 'react-dom/client';
import { createMemoryDraftStore } from '../../packages/feedback/src/features/ask/drafts/draft-store';
import { DraftStoreProvider } from '../../packages/feedback/src/features/ask/drafts/draft-store-context';
import { AskRequest } from '../../packages/feedback/src/features/ask/components/ask-request';
import { createMockFetch } from '../../packages/feedback/src/testing/mock-fetch';
import { mockApiBaseUrl, ModuleHarness } from '../../packages/feedback/src/testing/module-harness';

const mockApi = createMockApi({ baseUrl: mockApiBaseUrl, dataset: { orders: 100_000, inTransit: 12 } });
const api = new FetchApiClient({
  baseUrl: mockApiBaseUrl,
  getAccessToken: () => 'demo-token',
  fetch: createMockFetch(mockApi.handlers),
});
// Orders spread over the whole history, to search for by id.
document.body.dataset['searchTargets'] = [1_234, 9_999, 25_000, 50_001, 77_777, 99_990]
  .map((index) => mockApi.store.dataset.orders.at(index).id)
  .join(' ');

// For the benchmark to tell the in-page mock's own search time from the module's.
Object.assign(window, { __mockStore: mockApi.store });

const app = document.getElementById('app');
if (app === null) throw new Error('#app is missing');
createRoot(app).render(
  <ModuleHarness api={api}>
    <DraftStoreProvider store={createMemoryDraftStore()}>
      <AskRequest />
    </DraftStoreProvider>
  </ModuleHarness>,
);
