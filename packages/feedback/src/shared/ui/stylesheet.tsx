import { createContext, use } from 'react';

/**
 * `rem` is the host page's root font size, which the host may set to anything (`html { font-size:
 * 62.5% }` is a common reset). In the module a rem is `--ss-rem`: the seller's default font size
 * from the browser's settings, measured at mount (shadow-host.tsx; 16px unless they changed it),
 * so the host cannot shrink the module and a seller who asked for larger text gets it. Browser
 * zoom scales it as well. Media queries keep `rem`: there it already means the browser's default.
 * Container queries are written in `em` (the container's font size, the seller's), never `rem`.
 */
function withSellersRem(css: string): string {
  return css
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('@media')
        ? line
        : line.replace(
            /(?<![\w-])(-?\d*\.?\d+)rem\b/g,
            (_rem, value: string) => `calc(${value} * var(--ss-rem))`,
          ),
    )
    .join('\n');
}

/** Some of the module's stylesheets, joined in cascade order, as one `<style>` in the shadow root renders them. */
export interface Stylesheet {
  readonly css: string;
  /**
   * Every stylesheet of the module (tests, stories, the dev harness): the screens' own
   * `<ScreenStyles>` add nothing then.
   */
  readonly complete: boolean;
}

/** Joins stylesheets (CSS text, `?inline` imports) in the order given, which is their cascade order. */
export function stylesheet(sheets: readonly string[], options: { complete?: boolean } = {}): Stylesheet {
  return { css: withSellersRem(sheets.join('\n')), complete: options.complete ?? false };
}

interface StyleScope {
  /** The CSP nonce every `<style>` of the module carries. */
  nonce: string | undefined;
  /** The frame's stylesheet holds every screen's already. */
  complete: boolean;
}

/** Given by the shadow host; outside one (a component rendered alone) a screen's styles render without a nonce. */
export const StyleScopeContext = createContext<StyleScope>({ nonce: undefined, complete: false });

/**
 * A screen's own stylesheet: rendered with the screen, in the same commit as its content, so the
 * screen never shows unstyled, and it comes in the screen's chunk, not in the module's first load.
 * A `<style>` element with the frame's nonce, as the frame's own: nothing reaches `document.head`,
 * and a CSP without 'unsafe-inline' allows it.
 */
export function ScreenStyles({ sheet }: { sheet: Stylesheet }) {
  const { nonce, complete } = use(StyleScopeContext);
  if (complete) return null;
  return <style nonce={nonce}>{sheet.css}</style>;
}
