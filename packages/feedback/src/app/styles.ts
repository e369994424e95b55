// Every stylesheet of the module, in cascade order. `?inline` gives the CSS as a string, which the
// shadow host renders as the module's one <style>: nothing is injected into document.head.
import tokens from '../shared/ui/tokens.css?inline';
import base from '../shared/ui/base.css?inline';
import ask from '../features/ask/components/ask.css?inline';

export const moduleStyles = [tokens, base, ask].join('\n');
