/**
 * The moderator's desk's public face: its single-spa lifecycles and the type of the props a back
 * office passes (`customProps`).
 *
 * @packageDocumentation
 */
import type { AppProps } from 'single-spa';
import type { DeskHostPropsInput } from './app/host-props';
import { deskLifecycles } from './single-spa/desk-lifecycles';

export type { DeskHostPropsInput } from './app/host-props';

/** What single-spa hands a lifecycle: its own props and the host's `customProps`. */
export type DeskLifecycleProps = AppProps & DeskHostPropsInput;

/** One of the desk's single-spa lifecycles. */
export type DeskLifecycle = (props: DeskLifecycleProps) => Promise<unknown>;

// Spread: single-spa-react takes a plain record, which a host's interface-typed props are not.
/** single-spa calls it once, before the first mount. */
export const bootstrap: DeskLifecycle = (props) => deskLifecycles.bootstrap({ ...props });
/** Renders the desk into its element under the host's `basePath`. */
export const mount: DeskLifecycle = (props) => deskLifecycles.mount({ ...props });
/** Removes the desk and everything it added to the page. */
export const unmount: DeskLifecycle = (props) => deskLifecycles.unmount({ ...props });
/** Re-renders with new props (language, theme, token getter) without remounting; the host calls it. */
export const update = (props: Pick<AppProps, 'name'> & DeskHostPropsInput): Promise<unknown> =>
  deskLifecycles.update({ ...props });
