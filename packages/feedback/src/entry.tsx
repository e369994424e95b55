/**
 * The module's public face: the single-spa lifecycles and nothing else. This is the only file
 * that knows single-spa exists, so an upgrade of single-spa-react touches this file alone.
 * The host passes `HostPropsInput` (src/app/host-props.ts) to `mount` and `update`; src/index.ts
 * exports the types for hosts.
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { FeedbackRoot, type RawHostProps } from './app/feedback-root';
import { ModuleRootFallback } from './app/module-root-fallback';

const lifecycles = singleSpaReact<RawHostProps>({
  React,
  ReactDOMClient,
  rootComponent: FeedbackRoot,
  errorBoundary: (_error, _info, props) => <ModuleRootFallback {...props} />,
});

export const { bootstrap, mount, unmount } = lifecycles;

type Lifecycle = typeof mount;

/** Re-renders with new props (locale, theme, token getter…) without remounting. */
export const update: Lifecycle = (props) => lifecycles.update?.(props) ?? Promise.resolve();
