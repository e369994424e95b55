import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { translatorFor, withinModule } from '../testing/story-helpers';
import { CrashScreen } from './crash-screen';
import { ModuleRootFallback } from './module-root-fallback';
import { NotFoundScreen } from './not-found-screen';
import { PageLoading } from './page-loading';

/** The module's own screens around the features: a crash, the last resort, an unknown path, loading. */
const meta = {
  title: 'Module/States',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A screen threw: the guard shows this, and a restart starts the screens afresh (the draft is kept). */
export const Crashed: StoryObj<typeof CrashScreen> = {
  args: { onReload: fn() },
  render: (args) => <CrashScreen {...args} />,
  async play({ canvasElement, args, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    const alert = await module.findByRole('alert');
    await expect(module.getByRole('heading', { level: 1 })).toHaveTextContent(t('module.crashed.title'));
    await expect(alert).toHaveTextContent(t('module.crashed.body'));
    await userEvent.click(module.getByRole('button', { name: t('module.crashed.reload') }));
    await expect(args.onReload).toHaveBeenCalledOnce();
  },
};

/**
 * single-spa-react's own boundary, when even the frame failed: no restart from inside, and the
 * host hears `module-failed`.
 */
const onEvent = fn();

export const LastResort: Story = {
  parameters: { moduleHarness: false },
  beforeEach: () => {
    onEvent.mockClear();
  },
  render: (_args, { globals }) => (
    <ModuleRootFallback
      locale={globals['locale'] === 'en' ? 'en' : 'ru'}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
      onEvent={onEvent}
    />
  ),
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('alert')).toHaveTextContent(t('module.crashed.title'));
    await expect(module.queryByRole('button')).toBeNull();
    // The frame shows its content once the language has loaded, outside the story's render: the
    // report is an effect of that commit, so it may come a moment after the alert is on screen.
    await waitFor(() => expect(onEvent).toHaveBeenCalledWith({ type: 'module-failed', reason: 'crashed' }));
    await expect(onEvent).toHaveBeenCalledOnce();
  },
};

/** A module path that names no screen: said plainly, with the two ways on. */
export const UnknownPath: Story = {
  render: () => <NotFoundScreen />,
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('heading', { level: 1 })).toHaveTextContent(
      t('module.notFound.title'),
    );
    await expect(module.getByRole('link', { name: t('module.notFound.toAsk') })).toHaveAttribute(
      'href',
      '/support/',
    );
    await expect(module.getByRole('link', { name: t('module.notFound.toRequests') })).toHaveAttribute(
      'href',
      '/support/requests',
    );
  },
};

/** While a screen's code arrives. */
export const ScreenLoading: Story = {
  render: () => <PageLoading />,
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    const module = await withinModule(canvasElement);
    await expect(await module.findByRole('status')).toHaveTextContent(t('module.loading'));
  },
};
