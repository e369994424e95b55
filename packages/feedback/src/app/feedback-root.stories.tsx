import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, waitFor } from 'storybook/test';
import { mockApiBaseUrl } from '../testing/module-harness';
import { translatorFor, withinModule } from '../testing/story-helpers';
import { FeedbackRoot } from './feedback-root';

/** The whole module as a host mounts it: props parsed, frame, data layer and screens. */
const meta = {
  title: 'Module/Root',
  component: FeedbackRoot,
  parameters: { moduleHarness: false },
  // The toolbar's language and theme reach the root as host props, like a host would pass them.
  render: (args, { globals }) => (
    <FeedbackRoot
      {...args}
      locale={globals['locale'] === 'en' ? 'en' : 'ru'}
      theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
    />
  ),
} satisfies Meta<typeof FeedbackRoot>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the module told the developer in the console during a story. */
const developerLines: string[] = [];

export const Mounted: Story = {
  args: {
    apiBaseUrl: mockApiBaseUrl,
    getAccessToken: () => 'demo-token',
    profileUrl: '/cabinet/profile',
    // The story frame's own path, so the module is at its root (the "ask" screen).
    basePath: window.location.pathname,
  },
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    // The seller's name is data, the same in both languages.
    await expect(
      await module.findByText(/ООО «Ромашка»/, { selector: '.identity__line' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** The host forgot `apiBaseUrl` and passed a token instead of a token getter. */
export const InvalidProps: Story = {
  args: { getAccessToken: 'demo-token' },
  // The developer's line in the console is part of the story: caught here, and checked below.
  beforeEach() {
    developerLines.length = 0;
    const consoleError = spyOn(console, 'error').mockImplementation((line: unknown) => {
      developerLines.push(String(line));
    });
    return () => consoleError.mockRestore();
  },
  async play({ canvasElement, globals }) {
    const t = translatorFor({ globals });
    await waitFor(() => expect(developerLines.join('\n')).toContain('apiBaseUrl: required but not passed'));
    const module = await withinModule(canvasElement);
    const alert = await module.findByRole('alert');
    const expectedUrl = t('module.invalidProps.expected.apiBaseUrl');
    await expect(alert).toHaveTextContent(
      t('module.invalidProps.missing', { prop: 'apiBaseUrl', expected: expectedUrl }),
    );
    await expect(alert).toHaveTextContent(
      t('module.invalidProps.invalid', {
        prop: 'getAccessToken',
        expected: t('module.invalidProps.expected.getAccessToken'),
      }),
    );
  },
};

/** A cabinet with its own brand: design tokens through the `theme` prop, on the dark scheme. */
export const ThemedByHost: Story = {
  args: {
    ...Mounted.args,
    theme: {
      base: 'dark',
      tokens: { accent: '#d2a8ff', focus: '#d2a8ff', radius: '0', 'font-family': 'Georgia, serif' },
    },
  },
  // The toolbar's theme would replace the host's: this story is about the prop.
  render: (args, { globals }) => <FeedbackRoot {...args} locale={globals['locale'] === 'en' ? 'en' : 'ru'} />,
  async play({ canvasElement }) {
    const module = await withinModule(canvasElement);
    const name = await module.findByText(
      /ООО «Ромашка»/,
      { selector: '.identity__line' },
      { timeout: 10_000 },
    );
    await expect(getComputedStyle(name).fontFamily).toBe('Georgia, serif');
    const host = canvasElement.querySelector('[data-seller-support]');
    await expect(host?.getAttribute('data-theme')).toBe('dark');
  },
};
