// The frame's stylesheets. `?inline` gives the CSS as a string, which the shadow host renders as
// the module's first <style>: nothing is injected into document.head. Each screen brings its own
// (<ScreenStyles>, in the screen's chunk), so the first load holds the frame's and the first
// screen's only. Their cascade order is that of `allModuleStyles` (all-styles.ts).
import tokens from '@seller-support/ui/tokens.css?inline';
import utilities from '@seller-support/ui/utilities.css?inline';
import sharedBase from '@seller-support/ui/base.css?inline';
import base from '../shared/ui/base.css?inline';
import parcel from './parcel/parcel.css?inline';
import { stylesheet } from '../shared/ui/stylesheet';

/** The application's frame: tokens, the shared basics, the loading, navigation and error screens. */
export const frameStyles = stylesheet([tokens, utilities, sharedBase, base]);

/** The parcel's frame: the application's and the dialog the parcel opens at once. */
export const parcelFrameStyles = stylesheet([tokens, utilities, sharedBase, base, parcel]);
