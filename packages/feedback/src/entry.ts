/**
 * The module's public face: the single-spa lifecycles, the DOM event's name, and the types a
 * host writes its props and event handlers with (src/index.ts).
 *
 * The file a host imports is small on purpose: beside the host's React it imports only what decides
 * what to load. The lifecycles' code (the frame, single-spa-react) is loaded when single-spa
 * bootstraps the module, beside the first screen's code, words and data, all asked for at once
 * (app/first-screen.ts).
 *
 * @packageDocumentation
 */
import type { AppProps } from 'single-spa';
import type { HostPropsInput } from './app/host-props';
// The host's React, asked for with the entry's own few files rather than among the first screen's
// forty: its own imports then come at once, not queued behind those on HTTP/1.1's six connections.
import 'react';
import 'react/jsx-runtime';
import 'react-dom/client';
import { applicationLoader } from './single-spa/application-loader';

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

const lifecycles = applicationLoader(firstScreenFiles, import.meta.url, (link) => document.head.append(link));

// Spread: the lifecycles take a plain record, which a host's interface-typed props are not.
/** single-spa calls it once, before the first mount. */
export const bootstrap: ModuleLifecycle = (props) => lifecycles.bootstrap({ ...props });
/** Renders the module into its element under the host's `basePath`. */
export const mount: ModuleLifecycle = (props) => lifecycles.mount({ ...props });
/** Removes the module and everything it added to the page. */
export const unmount: ModuleLifecycle = (props) => lifecycles.unmount({ ...props });

/**
 * Re-renders with new props (locale, theme, token getter…) without remounting. single-spa calls
 * `update` only for parcels: for the application, the host calls it itself with single-spa's
 * `name` of the application and the full new props.
 */
export const update = (props: ModuleUpdateProps): Promise<unknown> => lifecycles.update({ ...props });
