// See react.ts for why these entries exist.
export { default } from 'react-dom/client';
export { createRoot, hydrateRoot } from 'react-dom/client';
