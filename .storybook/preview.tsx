/// <reference types="msw-storybook-addon/types" />
import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { defaultMockHandlers } from '../packages/feedback/src/testing/default-mock-handlers';
import { ModuleHarness } from '../packages/feedback/src/testing/module-harness';
import { storyTimeoutMs, storyViewports } from '../packages/feedback/src/testing/story-helpers';

// A host may give the module a narrow column on a wide screen: container queries, not the
// window, decide its layout, and this shows it so.
const slotWidths = [320, 360, 768] as const;

function slotWidth(value: unknown): number | undefined {
  return slotWidths.find((width) => String(width) === value);
}

// A story's first screen waits for its mock data; on a cold CI machine that can take more than
// testing-library's default second. A real failure still fails, five seconds later.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the module',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the module',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    slot: {
      description: 'Width of the host column the module is given (the window keeps its width)',
      toolbar: {
        title: 'Host slot',
        icon: 'mobile',
        items: [
          { value: 'full', title: 'Whole frame' },
          ...slotWidths.map((width) => ({ value: String(width), title: `${width} px column` })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ru', theme: 'light', slot: 'full' },
  parameters: {
    layout: 'fullscreen',
    // The widths a seller meets the module at (the toolbar's viewport menu; `globals.viewport` in
    // a story). The module lays itself out by its container, which fills the frame here.
    viewport: { options: storyViewports },
    // Any axe violation fails the story's test, in the UI and in `vitest --project stories`.
    a11y: { test: 'error' },
  },
  // The one mock set: a fresh in-memory store per story; stories override it in their own beforeEach.
  beforeEach({ msw }) {
    msw.use(...defaultMockHandlers());
  },
  decorators: [
    (Story, { globals, parameters }) => {
      // Stories of the root component bring their own frame (they test the props it parses).
      if (parameters['moduleHarness'] === false) return <Story />;
      return (
        <ModuleHarness
          locale={globals['locale'] === 'en' ? 'en' : 'ru'}
          theme={globals['theme'] === 'dark' ? 'dark' : 'light'}
          requestTimeoutMs={storyTimeoutMs(parameters)}
        >
          <Story />
        </ModuleHarness>
      );
    },
    // Outside the module's frame, as a host's column is.
    (Story, { globals }) => {
      const width = slotWidth(globals['slot']);
      if (width === undefined) return <Story />;
      return (
        <div style={{ width, maxWidth: '100%', marginInline: 'auto', outline: '1px dashed #8c959f' }}>
          <Story />
        </div>
      );
    },
  ],
};

export default preview;
