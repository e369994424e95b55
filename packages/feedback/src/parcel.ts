/**
 * The parcel's public face: single-spa parcel lifecycles for "ask support about this order", a
 * dialog a host opens from any page with `mountRootParcel` (or an application's `mountParcel`).
 * The host passes the application's props (`HostPropsInput`) plus `orderId`, `topic` and
 * `onClose` (`ParcelPropsInput`).
 *
 * @packageDocumentation
 */
import type { AppProps } from 'single-spa';
import type { HostPropsInput } from './app/host-props';
import type { ParcelPropsInput } from './app/parcel/parcel-props';
// The host's React, asked for with the entry's own few files (see src/entry.ts).
import 'react';
import 'react/jsx-runtime';
import 'react-dom/client';
import { parcelFirstParts, parcelFirstRequests, preloadParts } from './app/first-screen';
import { sendEarlyRequests } from './shared/api/early-requests';
import { lazyLifecycles } from './single-spa/lazy-lifecycles';

export * from './index';
export type { ParcelPropsInput } from './app/parcel/parcel-props';

/**
 * What single-spa hands a parcel's lifecycle: its own props, the element to render into, and the
 * host's: the application's props and the parcel's (`orderId`, `topic`, `onClose`).
 */
export type ParcelLifecycleProps = AppProps & { domElement: HTMLElement } & HostPropsInput & ParcelPropsInput;

/** One of the parcel's single-spa lifecycles. */
export type ParcelLifecycle = (props: ParcelLifecycleProps) => Promise<unknown>;

// The files of the lazily loaded parts, written into this file by the build (firstScreenPlugin).
declare const __sellerSupportFirstScreen: unknown;
const firstScreenFiles =
  typeof __sellerSupportFirstScreen === 'undefined' ? undefined : __sellerSupportFirstScreen;

// The dialog's code, its words and its form are asked for at once, when single-spa bootstraps it
// (once per parcel: every open is a parcel of its own), and its form's data as it mounts.
const lifecycles = lazyLifecycles({
  load: () => import('./single-spa/parcel-lifecycles').then(({ parcelLifecycles }) => parcelLifecycles),
  atBootstrap: (props) =>
    preloadParts(firstScreenFiles, import.meta.url, parcelFirstParts(props), (link) =>
      document.head.append(link),
    ),
  atMount: (props) =>
    sendEarlyRequests(props['apiBaseUrl'], props['getAccessToken'], parcelFirstRequests(props)),
});

// Spread: the lifecycles take a plain record, which a host's interface-typed props are not.
/** single-spa calls it once, before the first mount. */
export const bootstrap: ParcelLifecycle = (props) => lifecycles.bootstrap({ ...props });
/** Opens the dialog for the order. */
export const mount: ParcelLifecycle = (props) => lifecycles.mount({ ...props });
/** Removes the dialog and everything it added to the page. */
export const unmount: ParcelLifecycle = (props) => lifecycles.unmount({ ...props });
/** Re-renders with new props (locale, theme, token getter, order…) without remounting. */
export const update: ParcelLifecycle = (props) => lifecycles.update({ ...props });
