import type { StorybookConfig } from '@storybook/react-vite';
import type { InlineConfig } from 'vite';

const buildOverrides: InlineConfig = {
  build: {
    // Storybook's preview (with axe) is one large chunk by design; it is a tool, not shipped to sellers.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Timing advice about Storybook's own docgen plugin is noise in every build log.
      checks: { bundlerTimings: false },
      onLog(level, log, handler) {
        // "use client" in React libraries means nothing in a client-only bundle.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
};

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../packages/*/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // The MSW worker script (`msw init`) lives with the module's dev server files.
  staticDirs: ['../packages/feedback/public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, buildOverrides);
  },
};

export default config;
