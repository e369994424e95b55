import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  createMockApi,
  mockFailure,
  mockForeignResponse,
  mockMalformed,
  mockNetworkError,
  mockPending,
} from '@seller-support/mocks';
import { expect, userEvent } from 'storybook/test';
import { mockApiBaseUrl } from '../../../testing/module-harness';
import { translatorFor, withinModule } from '../../../testing/story-helpers';
import { SupportScreen } from './support-screen';

const meta = {
  title: 'Ask/Support screen',
  component: SupportScreen,
  args: { profileUrl: '/cabinet/profile' },
} satisfies Meta<typeof SupportScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

type Module = Awaited<ReturnType<typeof withinModule>>;

/** The identity's one line (name, shop, tier), opened to the whole card. */
async function openIdentity(module: Module) {
  const line = await module.findByText(/ООО «Ромашка»/, { selector: '.identity__line' });
  await expect(line).toBeVisible();
  await userEvent.click(line);
}

/** The seller's identity as support will see it, prefilled from the mock API: one line that opens to the card. */
export const Loaded: Story = {
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await openIdentity(module);
    // The seller's name is data, the same in both languages.
    await expect(await module.findByText('ООО «Ромашка»', { selector: '.identity dd' })).toBeVisible();
    await expect(module.getByRole('link', { name: t('ask.identity.editInProfile') })).toHaveAttribute(
      'href',
      '/cabinet/profile',
    );
  },
};

/** Without `profileUrl` from the host there is nothing to link to. */
export const WithoutProfileLink: Story = {
  args: { profileUrl: undefined },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await openIdentity(module);
    await module.findByText('ООО «Ромашка»', { selector: '.identity dd' });
    await expect(module.queryByRole('link', { name: t('ask.identity.editInProfile') })).toBeNull();
  },
};

/** The context request never answers: a busy skeleton with a screen-reader text. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('getContext', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(module.getByText(t('ask.identity.loading'))).toBeInTheDocument();
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('getContext', 500, mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.server'));
    await expect(module.getByRole('button', { name: t('common.retry') })).toBeEnabled();
  },
};

export const NetworkError: Story = {
  beforeEach({ msw }) {
    msw.use(mockNetworkError('getContext', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.network'));
  },
};

/** A 200 whose body breaks the contract: an error state, never a blank screen. */
export const MalformedAnswer: Story = {
  beforeEach({ msw }) {
    msw.use(mockMalformed('getContext', mockApiBaseUrl));
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('errors.malformed'));
  },
};

const firstInTransit = createMockApi().store.getContext().inTransit[0]?.id ?? '';

/** In the host's "ask about this order" dialog: no introduction, the order already chosen. */
export const CompactWithOrder: Story = {
  args: { compact: true, prefill: { topic: 'parcel_location', orderIds: [firstInTransit] } },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(
      await module.findByRole(
        'button',
        { name: t('pickers.orders.remove', { id: firstInTransit }) },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(module.queryByText(t('ask.intro'))).toBeNull();
  },
};

/**
 * A server whose seller has a tier this version does not list, and a deal summary it cannot read:
 * the identity leaves both out, and the form is there as ever.
 */
export const ForeignSeller: Story = {
  beforeEach({ msw }) {
    const context = createMockApi().store.getContext();
    msw.use(
      mockForeignResponse(
        'getContext',
        {
          ...context,
          seller: { ...context.seller, tier: 'premium' },
          dealSummary: { ...context.dealSummary, orders: -1 },
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play(context) {
    const t = translatorFor(context);
    const module = await withinModule(context.canvasElement);
    await openIdentity(module);
    await expect(await module.findByText('ООО «Ромашка»', { selector: '.identity dd' })).toBeVisible();
    await expect(module.queryByText(t('snapshot.seller.tier'))).toBeNull();
    await expect(
      module.getByText(t('snapshot.deals.unavailable'), { selector: '.identity dd' }),
    ).toBeVisible();
    await expect(
      await module.findByRole('button', { name: t('askForm.submit.send') }, { timeout: 5000 }),
    ).toBeVisible();
  },
};
