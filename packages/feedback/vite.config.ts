import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Shared with the host's import map: one React and one single-spa for the whole page. */
const sharedDependencies = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa'];

export default defineConfig(({ command }) => ({
  plugins: [react()],
  // Only the build is production: defining this globally would also hand tests and Storybook
  // production React ("React.act is not a function").
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: { port: 5174, strictPort: true },
  resolve: {
    // Ariakit's store imports the CommonJS shim of useSyncExternalStore, whose require('react')
    // cannot run in an ES module whose React is external. React 19 has the hook itself.
    alias: [{ find: /^use-sync-external-store\/shim$/, replacement: 'react' }],
  },
  // Known up front, so the dev server does not reload the page mid-start to optimise them.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      'single-spa-react',
      '@tanstack/react-query',
      'zod/mini',
      '@ariakit/react',
      '@tanstack/react-virtual',
      'react-hook-form',
      'idb-keyval',
      'msw',
      'msw/browser',
    ],
  },
  build: {
    lib: {
      entry: 'src/entry.tsx',
      formats: ['es'],
      fileName: () => 'seller-support.js',
    },
    // public/ holds the MSW worker for the dev server; it has no place in the module's dist.
    copyPublicDir: false,
    target: 'es2022',
    rolldownOptions: {
      external: sharedDependencies,
      // A slow machine would otherwise get plugin timing advice in the build output.
      checks: { bundlerTimings: false },
      // Library mode leaves ES output unminified unless asked.
      output: { minify: true },
    },
  },
}));
