// The page the poll benchmark drives: a request page as the module shows it, talking over real
// HTTP to the contract server the benchmark runs (`?api=<base URL>&id=<ticket id>`). It polls
// only when the benchmark says so (`window.__poll()`), so each poll is measured on its own.
import { FetchApiClient } from '@seller-support/contract';
import { createRoot } from 'react-dom/client';
import { RequestScreen } from '../../packages/feedback/src/features/requests/request/request-screen';
import { createQueryClient } from '../../packages/feedback/src/shared/api/query-client';
import { ticketKeys } from '../../packages/feedback/src/shared/api/ticket-keys';
import { ModuleHarness } from '../../packages/feedback/src/testing/module-harness';

const params = new URLSearchParams(location.search);
const apiBaseUrl = params.get('api') ?? '';
const id = params.get('id') ?? '';

const api = new FetchApiClient({ baseUrl: apiBaseUrl, getAccessToken: () => 'demo-token' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

declare global {
  interface Window {
    /**
     * `count` refreshes of the request page, as its 12 s poll does them, `gapMs` apart (each
     * awaited, so what it renders is done before the next); resolves after the last gap.
     */
    __polls?: (count: number, gapMs: number) => Promise<void>;
    /** The same time with no refresh: what the page does by itself meanwhile. */
    __idle?: (count: number, gapMs: number) => Promise<void>;
  }
}

// The module's own client, as a mount creates it; the benchmark reaches it to refresh by hand.
const queryClient = createQueryClient();
window.__polls = async (count, gapMs) => {
  for (let i = 0; i < count; i += 1) {
    await queryClient.refetchQueries({ queryKey: ticketKeys.detail(id), exact: true });
    await sleep(gapMs);
  }
};
window.__idle = async (count, gapMs) => {
  for (let i = 0; i < count; i += 1) await sleep(gapMs);
};

const app = document.getElementById('app');
if (app === null) throw new Error('#app is missing');
createRoot(app).render(
  <ModuleHarness api={api} queryClient={queryClient}>
    {/* A poll interval no run reaches: the benchmark polls by hand. */}
    <RequestScreen id={id} pollMs={24 * 3_600_000} />
  </ModuleHarness>,
);
