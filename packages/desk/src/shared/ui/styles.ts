// The desk's stylesheet as a string (`?inline`), rendered as the shadow root's first <style>:
// nothing is injected into document.head. In the shared package's order: its tokens,
// utilities and base, the desk's own rules, then the context snapshot card's.
import tokens from '@seller-support/ui/tokens.css?inline';
import utilities from '@seller-support/ui/utilities.css?inline';
import base from '@seller-support/ui/base.css?inline';
import snapshot from '@seller-support/ui/context-snapshot.css?inline';
import desk from './desk.css?inline';
import { withModeratorsRem } from './stylesheet';

export const deskCss = withModeratorsRem([tokens, utilities, base, desk, snapshot].join('\n'));
