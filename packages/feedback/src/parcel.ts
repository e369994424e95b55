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
import { parcelLifecycles as lifecycles } from './single-spa/parcel';
import { parcelFirstParts, parcelFirstRequests, preloadParts } from './app/first-screen';
import { sendEarlyRequests } from './shared/api/early-requests';

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

// Spread: single-spa-react takes a plain record, which a host's interface-typed props are not.
/** single-spa calls it once, before the first mount. */
export const bootstrap: ParcelLifecycle = (props) => lifecycles.bootstrap({ ...props });
/** Opens the dialog for the order. */
export const mount: ParcelLifecycle = (props) => {
  preloadParts(firstScreenFiles, import.meta.url, parcelFirstParts({ ...props }));
  // The form's data, asked for now rather than once the data layer's code is here.
  sendEarlyRequests(props.apiBaseUrl, props.getAccessToken, parcelFirstRequests({ ...props }));
  return lifecycles.mount({ ...props });
};
/** Removes the dialog and everything it added to the page. */
export const unmount: ParcelLifecycle = (props) => lifecycles.unmount({ ...props });
/** Re-renders with new props (locale, theme, token getter, order…) without remounting. */
export const update: ParcelLifecycle = (props) => lifecycles.update?.({ ...props }) ?? Promise.resolve();
