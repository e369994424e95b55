// See react.ts for why these entries exist. Modules built for production import
// `react/jsx-runtime` (never the dev runtime), so only this one is served.
export { Fragment, jsx, jsxs } from 'react/jsx-runtime';
