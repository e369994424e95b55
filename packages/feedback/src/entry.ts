/**
 * The module's public face: the single-spa lifecycles, the DOM event's name, and the types a
 * host writes its props and event handlers with (src/index.ts).
 *
 * @packageDocumentation
 */
import type { AppProps } from 'single-spa';
import { applicationLifecycles as lifecycles } from './single-spa/application';
import type { HostPropsInput } from './app/host-props';
import { applicationFirstParts, applicationFirstRequests, preloadParts } from './app/first-screen';
import { sendEarlyRequests } from './shared/api/early-requests';

export * from './index';

/** What single-spa hands a lifecycle: its own props (`name`, …) and the host's `customProps`. */
export type ModuleLifecycleProps = AppProps & HostPropsInput;

/** One of the application's single-spa lifecycles. */
export type ModuleLifecycle = (props: ModuleLifecycleProps) => Promise<unknown>;

/** What a host passes to the application's `update`: single-spa's `name` of it, and all the host's props. */
export type ModuleUpdateProps = Pick<AppProps, 'name'> & HostPropsInput;

// The files of the lazily loaded parts, written into this file by the build (firstScreenPlugin).
declare const __sellerSupportFirstScreen: unknown;
const firstScreenFiles =
  typeof __sellerSupportFirstScreen === 'undefined' ? undefined : __sellerSupportFirstScreen;

// single-spa-react's update reads only `name` of single-spa's props (to find the root it renders).
interface Updatable {
  update?(props: Readonly<Record<string, unknown>> & { name: string }): Promise<unknown>;
}
const updatable: Updatable = lifecycles;

// Spread: single-spa-react takes a plain record, which a host's interface-typed props are not.
/** single-spa calls it once, before the first mount. */
export const bootstrap: ModuleLifecycle = (props) => lifecycles.bootstrap({ ...props });
/** Renders the module into its element under the host's `basePath`. */
export const mount: ModuleLifecycle = (props) => {
  preloadParts(firstScreenFiles, import.meta.url, applicationFirstParts({ ...props }));
  // The first screen's data, asked for now rather than once the data layer's code is here.
  sendEarlyRequests(props.apiBaseUrl, props.getAccessToken, applicationFirstRequests({ ...props }));
  return lifecycles.mount({ ...props });
};
/** Removes the module and everything it added to the page. */
export const unmount: ModuleLifecycle = (props) => lifecycles.unmount({ ...props });

/**
 * Re-renders with new props (locale, theme, token getter…) without remounting. single-spa calls
 * `update` only for parcels: for the application, the host calls it itself with single-spa's
 * `name` of the application and the full new props.
 */
export const update = (props: ModuleUpdateProps): Promise<unknown> =>
  updatable.update?.({ ...props }) ?? Promise.resolve();
