import {
  createMockApi,
  createRng,
  defaultNow,
  makeTicket,
  mockFailure,
  mockForeignResponse,
  mockPending,
  mockResponse,
} from '@seller-support/mocks';
import { ticketStatuses } from '@seller-support/contract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fireEvent, waitFor } from 'storybook/test';
import { createMemoryLocation } from '../../../shared/routing/location';
import { useModulePath, useRoute } from '../../../shared/routing/router';
import { mockApiBaseUrl, ModuleHarness } from '../../../testing/module-harness';
import { storyTimeoutMs, translatorFor, withinModule } from '../../../testing/story-helpers';
import { RequestsScreen } from './requests-screen';

// The mock dataset is anchored to this moment: "updated 12 minutes ago" stays true in every run.
const now = new Date(defaultNow);

/** The list at a module path, as the module's routes show it: the address holds the filters. */
function RequestsAt() {
  const route = useRoute();
  const current = useModulePath();
  if (route?.name !== 'requests') return <p>{current}</p>;
  return <RequestsScreen params={route.params} now={now} />;
}

interface StoryProps {
  /** The module path the story opens at, filters included. */
  path: string;
  /** The width of the slot the host gives the module (a phone, a narrow column); the page's otherwise. */
  slotWidth?: number;
}

const meta = {
  title: 'Requests/List',
  // The story brings its own frame: the list needs a location at `/requests`, not at the root.
  parameters: { moduleHarness: false },
  args: { path: '/requests' },
  render: ({ path, slotWidth }, { globals, parameters }) => (
    <div style={slotWidth === undefined ? undefined : { inlineSize: slotWidth }}>
      <Frame path={path} globals={globals} requestTimeoutMs={storyTimeoutMs(parameters)} />
    </div>
  ),
} satisfies Meta<StoryProps>;

function Frame({
  path,
  globals,
  requestTimeoutMs,
}: StoryProps & { globals: Record<string, unknown>; requestTimeoutMs: number | undefined }) {
  const [location] = useState(() => createMemoryLocation(path));
  return (
    <ModuleHarness
      locale={globals['locale'] === 'en' ? 'en' : 'ru'}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
      location={location}
      requestTimeoutMs={requestTimeoutMs}
    >
      <RequestsAt />
    </ModuleHarness>
  );
}

export default meta;
type Story = StoryObj<typeof meta>;

/** The default seller: one request in every status, newest activity first. */
export const Loaded: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('heading', { level: 1 })).toHaveTextContent(t('requestsList.title'));
    const list = await module.findByRole('list', { name: t('requestsList.listLabel') });
    await waitFor(() => expect(list.querySelectorAll('a[href]')).toHaveLength(7));
    await expect(module.getByRole('status')).toHaveTextContent(t('requestsList.results.total', { count: 7 }));
    for (const status of ['new', 'in_progress', 'resolved', 'closed'] as const) {
      await expect(module.getAllByText(t(`request.statuses.${status}`), { selector: 'a *' })).toHaveLength(1);
    }
    // Every status has its own picture beside its words.
    const icons = [...list.querySelectorAll('.ss-status-badge svg')].map((icon) =>
      icon.getAttribute('data-icon'),
    );
    await expect(new Set(icons).size).toBe(7);
    // The latest message and when, at a glance.
    await expect(list).toHaveTextContent(t('requestsList.row.author.moderator'));
    await expect(list.querySelector('a time')).toHaveAttribute('title', expect.stringMatching(/2026/));
    await expect(module.getByRole('link', { name: /Где посылка\? Не отслеживается/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/support\/requests\/T-/),
    );
  },
};

/** Requests with news from support carry the number in words: "2 новых", not a dot alone. */
export const UnreadMarks: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const offer = await module.findByRole('link', {
      name: new RegExp(t('request.statuses.offer_proposed')),
    });
    await expect(offer).toHaveTextContent(t('requestsList.row.unread', { count: 2 }));
    const waiting = module.getByRole('link', { name: new RegExp(t('request.statuses.waiting_seller')) });
    await expect(waiting).toHaveTextContent(t('requestsList.row.unread', { count: 1 }));
    await expect(module.getAllByText(/^\d+ (новое|новых|new)$/)).toHaveLength(3);
  },
};

/** Opened from a link that keeps only finished requests about payments. */
export const Filtered: Story = {
  args: { path: '/requests?status=resolved&status=closed&topic=payments' },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await waitFor(() =>
      expect(module.getByRole('status')).toHaveTextContent(t('requestsList.results.total', { count: 1 })),
    );
    await expect(module.getByRole('checkbox', { name: t('request.statuses.resolved') })).toBeChecked();
    await expect(module.getByRole('checkbox', { name: t('request.statuses.closed') })).toBeChecked();
    await expect(module.getByRole('combobox', { name: t('requestsList.filters.topic') })).toHaveValue(
      'payments',
    );
    const rows = module.getAllByRole('link', { name: /Удержана комиссия/ });
    await expect(rows).toHaveLength(1);
    await expect(module.getByRole('button', { name: t('requestsList.filters.clear') })).toBeVisible();
  },
};

// user-event types into document.activeElement, which is the shadow host, not the input inside.
async function typeSearch(searchbox: HTMLElement, text: string) {
  await fireEvent.change(searchbox, { target: { value: text } });
}

/** A search the server finds nothing for: say so and offer to clear the filters. */
export const SearchWithoutResults: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await module.findByRole('list', { name: t('requestsList.listLabel') });
    await typeSearch(
      module.getByRole('searchbox', { name: t('requestsList.filters.search') }),
      'zzzz-nothing',
    );
    await waitFor(
      () => expect(module.getByRole('status')).toHaveTextContent(t('requestsList.noMatches.title')),
      {
        timeout: 3000,
      },
    );
    await expect(module.getByText(t('requestsList.noMatches.body'))).toBeVisible();
    await expect(module.queryByRole('list', { name: t('requestsList.listLabel') })).toBeNull();
    await expect(module.getAllByRole('button', { name: t('requestsList.filters.clear') })).toHaveLength(2);
  },
};

/** A seller who has never asked: no filters, a way to the form. */
export const NoRequestsYet: Story = {
  beforeEach({ msw }) {
    msw.use(...createMockApi({ baseUrl: mockApiBaseUrl, dataset: { tickets: 0 } }).handlers);
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await waitFor(() => expect(module.getByRole('status')).toHaveTextContent(t('requestsList.empty.title')));
    await expect(module.getByText(t('requestsList.empty.body'))).toBeVisible();
    await expect(module.getByRole('link', { name: t('requestsList.empty.ask') })).toHaveAttribute(
      'href',
      '/support/',
    );
    await expect(module.queryByRole('form')).toBeNull();
  },
};

/** The server has not answered yet. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(...createMockApi({ baseUrl: mockApiBaseUrl, scenario: { latency: 'infinite' } }).handlers);
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent(t('requestsList.results.loading'));
    await expect(module.queryByRole('list', { name: t('requestsList.listLabel') })).toBeNull();
  },
};

/** The server fails: what went wrong, and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listTickets', 500, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.server'));
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

/** The server takes the request and never answers: after the client's limit, a message and Retry. */
export const TimedOut: Story = {
  parameters: { requestTimeoutMs: 500 },
  beforeEach({ msw }) {
    msw.use(mockPending('listTickets', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.timeout'));
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

/** Too many requests (429, `Retry-After: 30`): how long to wait, and Retry off until then. */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listTickets', 429, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(
      t('errors.rateLimitedWait', { wait: t('common.wait.seconds', { count: 30 }) }),
    );
    const retry = module.getByRole('button', { name: /\d/ });
    await expect(retry).toBeDisabled();
    await expect(retry.textContent).toMatch(new RegExp(`^${t('common.retryIn', { wait: '' })}(30|29|28) `));
  },
};

/** A long history: twenty at a time, "show more" adds the next twenty and says so. */
export const ManyPages: Story = {
  beforeEach({ msw }) {
    msw.use(...createMockApi({ baseUrl: mockApiBaseUrl, dataset: { tickets: 60 } }).handlers);
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await waitFor(() =>
      expect(module.getByRole('status')).toHaveTextContent(
        t('requestsList.results.shownOfTotal', { shown: 20, total: 60 }),
      ),
    );
    await fireEvent.click(module.getByRole('button', { name: t('requestsList.more') }));
    await waitFor(() =>
      expect(module.getByRole('status')).toHaveTextContent(
        `${t('requestsList.results.added', { count: 20 })} ${t('requestsList.results.shownOfTotal', { shown: 40, total: 60 })}`,
      ),
    );
    const list = module.getByRole('list', { name: t('requestsList.listLabel') });
    await expect(list.querySelectorAll('a[href]')).toHaveLength(40);
  },
};

/**
 * A server that says more than this version knows: a status and a topic it does not list (a
 * neutral badge and topic, the raw value kept for support) and a request it cannot read at all
 * (left out, with a note).
 */
export const ForeignServer: Story = {
  beforeEach({ msw }) {
    const rng = createRng(11);
    msw.use(
      mockForeignResponse(
        'listTickets',
        {
          items: [
            {
              ...makeTicket(rng, { subject: 'Обращение из будущего' }),
              status: 'escalated',
              topic: 'returns_v2',
            },
            makeTicket(rng, { status: 'in_progress', subject: 'Понятное обращение' }),
            { id: 'T-broken', number: '999', status: 'new' },
          ],
          nextCursor: null,
          total: 3,
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const list = await module.findByRole('list', { name: t('requestsList.listLabel') });
    await waitFor(() => expect(list.querySelectorAll('a[href]')).toHaveLength(2));
    const badge = list.querySelector('[data-unknown-value="escalated"]');
    await expect(badge).toHaveTextContent(t('request.statusUnknown'));
    await expect(list).toHaveTextContent(t('request.details.topicUnknown'));
    await expect(module.getByText(t('requestsList.omitted', { count: 1 }))).toBeVisible();
  },
};

const longSubject =
  'Выплата по заказам 59165-023-00001234567890 и 59165-023-00001234567891 не пришла, хотя срок уже прошёл';

/**
 * A phone, or a 320 px column a host gives the module: one column, every status readable with its
 * icon, the unread mark on the corner, a long subject and long order numbers wrapped, never cut.
 */
export const NarrowSlot: Story = {
  args: { slotWidth: 320 },
  beforeEach({ msw }) {
    const { store } = createMockApi({ baseUrl: mockApiBaseUrl });
    const long = {
      ...makeTicket(createRng(9), {
        status: 'waiting_seller',
        number: '1234567890',
        subject: longSubject,
        unread: 12,
      }),
      updatedAt: defaultNow,
      lastMessage: {
        author: 'moderator' as const,
        body: 'Проверили выплату: деньги ушли на старый счёт. Пришлите, пожалуйста, реквизиты нового счёта и скан письма банка о закрытии старого, и мы вернём выплату в течение трёх рабочих дней.'.slice(
          0,
          200,
        ),
        at: defaultNow,
      },
    };
    const items = [long, ...store.listTickets({ limit: 100 }).items];
    msw.use(mockResponse('listTickets', { items, nextCursor: null, total: items.length }, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const list = await module.findByRole('list', { name: t('requestsList.listLabel') });
    await waitFor(() => expect(list.querySelectorAll('a[href]')).toHaveLength(8));
    for (const status of ticketStatuses) {
      await expect(
        module.getAllByText(t(`request.statuses.${status}`), { selector: '.ss-status-badge *' }).length,
      ).toBeGreaterThan(0);
    }
    const first = module.getByRole('link', {
      name: new RegExp(t('requestsList.row.number', { number: '1234567890' })),
    });
    await expect(first).toHaveTextContent(longSubject);
    await expect(first).toHaveTextContent(t('requestsList.row.unread', { count: 12 }));
    const subject = first.querySelector('.requests-row__subject');
    await expect(subject?.scrollWidth).toBeLessThanOrEqual((subject?.clientWidth ?? 0) + 1);
    const root = canvasElement.querySelector('[data-seller-support]')?.shadowRoot?.querySelector('.ss-root');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
  },
};
