import type { Meta, StoryObj } from '@storybook/react-vite';
import { mockFailure, mockPending, mockResponse } from '@seller-support/mocks';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { mockApiBaseUrl } from '../../../../testing/module-harness';
import { QueryProbe } from '../../../../testing/query-probe';
import { translatorFor, withinModule } from '../../../../testing/story-helpers';
import { articleKeys } from '../../api/list-articles';
import { HelpArticles } from './help-articles';

const meta = {
  title: 'Ask/Help articles',
  component: HelpArticles,
  args: { topic: 'parcel_location', text: 'Посылка не отслеживается третий день', onAnswered: fn() },
  // The probe tells a play function when the lookup has been answered (or was never asked), so
  // a check that nothing shows up waits for that, not for a fixed time.
  render: (args) => (
    <>
      <HelpArticles {...args} />
      <QueryProbe queryKey={articleKeys.lists()} testId={probeTestId} />
    </>
  ),
} satisfies Meta<typeof HelpArticles>;

export default meta;
type Story = StoryObj<typeof meta>;

const probeTestId = 'article-lookups';

type Module = Awaited<ReturnType<typeof withinModule>>;

/** Waits until the screen has rendered the answer (or the failure) of its one lookup. */
async function lookupAnswered(module: Module) {
  await waitFor(() => expect(module.getByTestId(probeTestId)).toHaveAttribute('data-answered', '1'));
}

/** Articles that match the topic and the text, each opening in a new tab. */
export const Matches: Story = {
  async play({ canvasElement, args, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('heading', { name: t('help.title') })).toBeVisible();
    // The article's title is the server's text, the same in either language.
    const link = await module.findByRole('link', { name: /Посылка не отслеживается: что это значит/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await userEvent.click(module.getByRole('button', { name: t('help.answered') }));
    await expect(args.onAnswered).toHaveBeenCalledTimes(1);
  },
};

/** Five at most, and a URL that is not http(s) stays text. */
export const ManyAndUnsafe: Story = {
  beforeEach({ msw }) {
    msw.use(
      mockResponse(
        'listArticles',
        {
          items: Array.from({ length: 7 }, (_, index) => ({
            id: `a-${index}`,
            title: `Статья ${index + 1}`,
            excerpt: 'Короткое описание статьи.',
            url: index === 0 ? 'javascript:alert(1)' : `https://help.market.example/sellers/${index}`,
          })),
        },
        mockApiBaseUrl,
      ),
    );
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(await module.findByText('Статья 5')).toBeVisible();
    await expect(module.getAllByRole('listitem')).toHaveLength(5);
    await expect(module.getAllByRole('link')).toHaveLength(4);
  },
};

/** Too little text to search by: nothing is asked, nothing shown. */
export const TooShort: Story = {
  args: { text: 'где я' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    // The text is what it will stay, so its first render decides: once that has committed, it
    // started no lookup.
    await waitFor(() => expect(module.getByTestId(probeTestId)).toHaveAttribute('data-started', '0'));
    await expect(module.queryByRole('region')).toBeNull();
  },
};

/** No article matches: the block stays out of the way. */
export const NoMatches: Story = {
  args: { text: 'квантовая хромодинамика' },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await lookupAnswered(module);
    await expect(module.queryByRole('region')).toBeNull();
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(mockPending('listArticles', mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await expect(module.queryByRole('region')).toBeNull();
  },
};

/** A failed lookup hides the block: no error for a suggestion. */
export const Failed: Story = {
  beforeEach({ msw }) {
    msw.use(mockFailure('listArticles', 500, mockApiBaseUrl));
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    await lookupAnswered(module);
    await expect(module.queryByRole('alert')).toBeNull();
    await expect(module.queryByRole('region')).toBeNull();
  },
};
