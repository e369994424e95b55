// The desk's stylesheet as a string (`?inline`), rendered as the shadow root's first <style>:
// nothing is injected into document.head. The tokens are the seller module's, until the shared
// UI package holds them for both.
import tokens from '../../../../feedback/src/shared/ui/tokens.css?inline';
import desk from './desk.css?inline';
import { withModeratorsRem } from './stylesheet';

/** Tokens first, then the desk's own rules: their cascade order. */
export const deskCss = withModeratorsRem([tokens, desk].join('\n'));
