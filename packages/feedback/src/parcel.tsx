/**
 * The parcel's public face: single-spa parcel lifecycles for "ask support about this order", a
 * dialog a host opens from any page with `mountRootParcel` (or an application's `mountParcel`).
 * With src/entry.tsx, the only file that knows single-spa exists. The host passes the
 * application's props (`HostPropsInput`) plus `orderId`, `topic` and `onClose` (`ParcelPropsInput`).
 */
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import { navigateToUrl } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import type { RawHostProps } from './app/feedback-root';
import { ParcelRoot } from './app/parcel/parcel-root';
import { ModuleRootFallback } from './app/module-root-fallback';

// The link to a sent request goes through single-spa's router, like the host's own links.
const ParcelWithNavigation = (props: RawHostProps) => <ParcelRoot {...props} navigate={navigateToUrl} />;

const lifecycles = singleSpaReact<RawHostProps>({
  React,
  ReactDOMClient,
  rootComponent: ParcelWithNavigation,
  errorBoundary: (_error, _info, props) => <ModuleRootFallback {...props} />,
});

export const { bootstrap, mount, unmount } = lifecycles;

type Lifecycle = typeof mount;

/** Re-renders with new props (locale, theme, token getter, order…) without remounting. */
export const update: Lifecycle = (props) => lifecycles.update?.(props) ?? Promise.resolve();
