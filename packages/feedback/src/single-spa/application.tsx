/**
 * The application's lifecycles as single-spa-react makes them, taking props of any shape, as a host
 * written in JavaScript may pass them (the module parses them on every mount and update). With
 * its sibling, the only file that knows single-spa-react exists, so an upgrade of it touches this
 * folder alone. src/entry.ts gives them their public types; tests of what a wrong prop does call these.
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { FeedbackRoot, type RawHostProps } from '../app/feedback-root';
import { ModuleRootFallback } from '../app/module-root-fallback';

/** The application: the support pages under the host's `basePath`. */
export const applicationLifecycles = singleSpaReact<RawHostProps>({
  React,
  ReactDOMClient,
  rootComponent: FeedbackRoot,
  errorBoundary: (_error, _info, props) => <ModuleRootFallback {...props} />,
});
