/**
 * The parcel's lifecycles, taking props of any shape, as a host written in JavaScript may pass
 * them (the module parses them on every mount and update). With its siblings, the only files that
 * know single-spa-react exists, so an upgrade of it touches this folder alone. src/parcel.ts gives
 * them their public types; tests of what a wrong prop does call these.
 */
import { navigateToUrl } from 'single-spa';
import type { RawHostProps } from '../app/feedback-root';
import { ModuleRootFallback } from '../app/module-root-fallback';
import { ParcelRoot } from '../app/parcel/parcel-root';
import { moduleLifecycles } from './module-lifecycles';

// The link to a sent request goes through single-spa's router, like the host's own links.
const ParcelWithNavigation = (props: RawHostProps) => <ParcelRoot {...props} navigate={navigateToUrl} />;

/** The parcel: the "ask support about this order" dialog. */
export const parcelLifecycles = moduleLifecycles({
  rootComponent: ParcelWithNavigation,
  errorBoundary: (props) => <ModuleRootFallback {...props} />,
});
