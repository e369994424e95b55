import type { TicketStatus } from '@seller-support/contract';
import {
  createMockApi,
  mockFailure,
  mockForeignResponse,
  mockMalformed,
  mockPending,
  type ModeratorSimulator,
} from '@seller-support/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { translatorFor, withinModule } from '../../../testing/story-helpers';
import { RequestScreen } from './request-screen';

const meta = {
  title: 'Requests/Request',
  component: RequestScreen,
  // The mock dataset's clock; times on the Moscow clock so every story reads the same anywhere.
  args: { id: 'T-000104', now: new Date('2026-11-25T12:00:00+03:00'), timeZone: 'Europe/Moscow' },
} satisfies Meta<typeof RequestScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default dataset's showcase: one request per status, newest first (numbers 107…101). */
const showcase: Record<TicketStatus, { id: string; number: string }> = {
  new: { id: 'T-000107', number: '107' },
  waiting_seller: { id: 'T-000106', number: '106' },
  offer_proposed: { id: 'T-000105', number: '105' },
  in_progress: { id: 'T-000104', number: '104' },
  waiting_third_party: { id: 'T-000103', number: '103' },
  resolved: { id: 'T-000102', number: '102' },
  closed: { id: 'T-000101', number: '101' },
};

/** The request of a status, with its heading, status in words and history checked in the story's language. */
function statusStory(status: TicketStatus, expectation: RegExp): Story {
  const { id, number } = showcase[status];
  return {
    args: { id },
    async play(context) {
      const t = translatorFor(context);
      const module = await withinModule(context.canvasElement);
      await expect(
        await module.findByRole(
          'heading',
          { level: 1, name: t('request.heading', { number }) },
          { timeout: 5000 },
        ),
      ).toBeVisible();
      await expect(module.getByText(t(`request.statuses.${status}`), { exact: true })).toBeVisible();
      // The policy (reopen window, first-response target) may arrive after the request.
      await waitFor(() =>
        expect(module.getByRole('region', { name: t('request.expectation.label') })).toHaveTextContent(
          expectation,
        ),
      );
      const events = module.getByRole('list', { name: t('request.timeline.label') });
      await expect(events.children.length).toBeGreaterThan(0);
      await expect(module.getByRole('link', { name: t('request.backToList') })).toHaveAttribute(
        'href',
        '/support/requests',
      );
    },
  };
}

export const New = statusStory('new', /ориентировочно до 12:03|by about 12:03/);

export const WaitingForSeller = statusStory('waiting_seller', /ждёт вашего ответа|waiting for your reply/);

/** The offer waits for the seller's decision at the top, under "what happens next". */
export const OfferProposed = statusStory('offer_proposed', /Нужно ваше решение|Your decision is needed/);

export const InProgress = statusStory('in_progress', /работает над обращением|is working on the request/);

/** A third party is involved: the page says such requests take longer. */
export const WaitingForThirdParty = statusStory('waiting_third_party', /решается дольше|takes longer/);

export const Resolved = statusStory('resolved', /открыть повторно до|reopen the request until/);

export const Closed = statusStory('closed', /Обращение закрыто|The request is closed/);

/** Whether `element` has the focus: it lives in the module's shadow root, not in the document. */
function hasFocus(element: HTMLElement): boolean {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.activeElement === element;
}

/** The region of "what happens next", where the one action asked now is pinned. */
async function nowRegion(context: Parameters<NonNullable<Story['play']>>[0]) {
  const t = translatorFor(context);
  const module = await withinModule(context.canvasElement);
  const region = await module.findByRole(
    'region',
    { name: t('request.expectation.label') },
    { timeout: 5000 },
  );
  return { t, module, region: within(region) };
}

/** What the seller sent (a warranty request): description, the item and defect, the order, photos, a PDF. */
export const WhatYouSent: Story = {
  args: { id: showcase.waiting_seller.id },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const sent = within(
      await module.findByRole('region', { name: t('request.sent.title') }, { timeout: 5000 }),
    );
    await expect(sent.getByText(t('request.sent.fields.defect'))).toBeVisible();
    await expect(sent.getByRole('heading', { name: t('request.sent.orders') })).toBeVisible();
    const photo = sent.getByRole('button', { name: t('attachments.view.open', { name: 'дефект.png' }) });
    await waitFor(() => expect(photo).toBeEnabled());
    await expect(
      sent.getByRole('button', { name: t('attachments.view.downloadFile', { name: 'чек.pdf' }) }),
    ).toBeVisible();
    // The snapshot is folded until asked for.
    await expect(sent.getByText(t('request.sent.snapshot'))).toBeVisible();
  },
};

/** A photo the seller sent, open in its preview (the story ends open). */
export const PhotoPreview: Story = {
  args: { id: showcase.waiting_seller.id },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const photo = await module.findByRole(
      'button',
      { name: t('attachments.view.open', { name: 'дефект.png' }) },
      { timeout: 5000 },
    );
    await waitFor(() => expect(photo).toBeEnabled());
    await userEvent.click(photo);
    const dialog = await module.findByRole('dialog', { name: 'дефект.png' });
    await expect(within(dialog).getByRole('link', { name: t('attachments.view.download') })).toBeVisible();
    const close = within(dialog).getByRole('button', { name: t('attachments.view.close') });
    await waitFor(() => expect(hasFocus(close)).toBe(true));
  },
};

/** Support waits for the seller: "Reply" is the one action at the top and takes them to the reply box. */
export const ReplyAtTheTop: Story = {
  args: { id: showcase.waiting_seller.id },
  async play(context) {
    const { t, module, region } = await nowRegion(context);
    // The reply box shows once its draft is read from storage.
    const message = await module.findByRole('textbox', { name: t('requestActions.reply.label') });
    await userEvent.click(region.getByRole('button', { name: t('request.expectation.reply') }));
    await waitFor(() => expect(hasFocus(message)).toBe(true));
  },
};

/** The pending offer's decision is at the top; the history keeps only a record of it. */
export const OfferAtTheTop: Story = {
  args: { id: showcase.offer_proposed.id },
  async play(context) {
    const { t, module, region } = await nowRegion(context);
    await expect(region.getByRole('button', { name: t('requestActions.offer.accept') })).toBeVisible();
    await expect(region.getByRole('button', { name: t('requestActions.offer.decline') })).toBeVisible();
    const history = within(module.getByRole('list', { name: t('request.timeline.label') }));
    await expect(history.queryAllByRole('button')).toHaveLength(0);
  },
};

/** Resolved: one choice at the top, a score (one tap, then an optional comment) or reopening; no reply box. */
export const ResolvedChoice: Story = {
  args: { id: showcase.resolved.id },
  async play(context) {
    const { t, module, region } = await nowRegion(context);
    await expect(region.getByRole('group', { name: t('requestActions.rating.legend') })).toBeVisible();
    // Reopening needs the policy's window, which may come after the request.
    await expect(
      await region.findByRole('button', { name: t('requestActions.reopen.open') }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.queryByRole('textbox', { name: t('requestActions.reply.label') })).toBeNull();
    await userEvent.click(region.getByRole('radio', { name: t('requestActions.rating.scores.4') }));
    await expect(region.getByRole('button', { name: t('requestActions.rating.submit') })).toBeVisible();
  },
};

/** The page in a 320 px column (a phone, or a narrow slot of a host): one column, nothing cut. */
export const NarrowColumn: Story = {
  args: { id: showcase.waiting_seller.id },
  decorators: [
    (Story) => (
      // A 320 px column, or the whole frame where that is narrower (the English run is 320 px wide
      // with the module's own padding inside it): a fixed 320 px box there would overflow by itself.
      <div style={{ width: 320, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const sent = await module.findByRole('region', { name: t('request.sent.title') }, { timeout: 5000 });
    const root = sent.closest('.ss-root');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(root?.clientWidth ?? 0);
  },
};

/** 500 events: the latest 50 on screen, the rest a hundred at a time on request. */
export const LongConversation: Story = {
  args: { id: 'T-000108' },
  beforeEach({ msw }) {
    msw.use(
      ...createMockApi({ baseUrl: mockApiBaseUrl, dataset: { tickets: { longConversation: 500 } } }).handlers,
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const events = await module.findByRole('list', { name: t('request.timeline.label') }, { timeout: 5000 });
    await expect(events.children).toHaveLength(50);
    await userEvent.click(
      module.getByRole('button', { name: t('request.timeline.showEarlier', { count: 450 }) }),
    );
    await waitFor(() => expect(events.children).toHaveLength(150));
    await expect(
      module.getByRole('button', { name: t('request.timeline.showEarlier', { count: 350 }) }),
    ).toBeVisible();
  },
};

let liveModerator: ModeratorSimulator | null = null;

/** The moderator answers while the page is open: the new entry appears, marked new, and is announced. */
export const LiveUpdate: Story = {
  args: { id: 'T-000104', pollMs: 300 },
  beforeEach({ msw }) {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    msw.use(...mockApi.handlers);
    mockApi.moderator.track('T-000104');
    liveModerator = mockApi.moderator;
    return () => {
      mockApi.moderator.stop();
      liveModerator = null;
    };
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await module.findByRole(
      'heading',
      { level: 1, name: t('request.heading', { number: '104' }) },
      { timeout: 5000 },
    );
    await expect(module.getByTestId('request-news')).toHaveTextContent('');
    liveModerator?.step('T-000104');
    await waitFor(
      () => expect(module.getByTestId('request-news')).toHaveTextContent(t('request.announce.offer')),
      {
        timeout: 5000,
      },
    );
    await expect(module.getByText(t('request.timeline.new'), { exact: true })).toBeVisible();
    await expect(module.getByText(t('request.statuses.offer_proposed'), { exact: true })).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('getTicket', mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(module.getByRole('status')).toHaveTextContent(t('request.loading'));
    await expect(module.getByRole('heading', { level: 1, name: t('request.headingPending') })).toBeVisible();
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('getTicket', 500, mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(await module.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      t('errors.server'),
    );
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** The server takes the request and never answers: after the client's limit, a message and Retry. */
export const TimedOut: Story = {
  parameters: { requestTimeoutMs: 500 },
  beforeEach({ msw }) {
    msw.use(mockPending('getTicket', mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.timeout'));
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

/** Too many requests (429, `Retry-After: 30`): how long to wait, and Retry off until then. */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('getTicket', 429, mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(
      t('errors.rateLimitedWait', { wait: t('common.wait.seconds', { count: 30 }) }),
    );
    const retry = module.getByRole('button', { name: /\d/ });
    await expect(retry).toBeDisabled();
    await expect(retry.textContent).toMatch(new RegExp(`^${t('common.retryIn', { wait: '' })}(30|29|28) `));
  },
};

/** The server answered something the contract does not allow: an error state, never a blank page. */
export const MalformedAnswer: Story = {
  beforeEach({ msw }) {
    msw.use(mockMalformed('getTicket', mockApiBaseUrl));
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(await module.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      t('errors.malformed'),
    );
  },
};

export const NotFound: Story = {
  args: { id: 'T-999999' },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await expect(
      await module.findByRole('heading', { level: 1, name: t('request.notFound.title') }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(module.getByRole('link', { name: t('request.notFound.toList') })).toHaveAttribute(
      'href',
      '/support/requests',
    );
  },
};

/**
 * A server that says more than this version knows: a status and an event kind it does not list
 * (a neutral badge, a generic entry with its time) and an event it cannot read (left out, with a
 * note). The page stays.
 */
export const ForeignServer: Story = {
  beforeEach({ msw }) {
    const mockApi = createMockApi({ baseUrl: mockApiBaseUrl });
    const ticket = mockApi.store.getTicket(showcase.in_progress.id);
    msw.use(
      mockForeignResponse(
        'getTicket',
        {
          ...ticket,
          status: 'on_hold',
          events: [
            ...ticket.events,
            { id: 'x1', at: '2026-11-25T11:30:00+03:00', kind: 'escalated', level: 2 },
            { id: 'x2', kind: 'step' },
          ],
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    const events = await module.findByRole('list', { name: t('request.timeline.label') }, { timeout: 5000 });
    const entry = events.querySelector('[data-unknown-value="escalated"]');
    await expect(entry).toHaveTextContent(t('request.timeline.unknown'));
    // The shared status badge as a whole keeps the raw value for support; the seller reads neutral words.
    const badge = module.getByText(t('request.statusUnknown'), { exact: true }).closest('.ss-status-badge');
    await expect(badge).toHaveAttribute('data-unknown-value', 'on_hold');
    await expect(module.getByText(t('request.timeline.omitted', { count: 1 }))).toBeVisible();
    await expect(module.getByText(t('request.expectation.unknown'))).toBeVisible();
  },
};
