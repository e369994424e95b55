import { createContext, use, useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { themeTokenNames, themeTokenProperties, type ThemeTokenStyle } from './theme-tokens';

const HostElementContext = createContext<HTMLElement | null>(null);

/** The module's rem in px: the seller's default font size. */
const RemContext = createContext(16);

/**
 * The seller's default font size: what `medium` resolves to (the browser's font size setting),
 * whatever the host page set on its root. Measured once, at mount.
 */
function sellersFontSize(shadowRoot: ShadowRoot): number {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  // A monospace `medium` is smaller; the module's text is not monospace.
  probe.style.fontFamily = 'sans-serif';
  shadowRoot.append(probe);
  const size = Number.parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export interface ShadowHostProps {
  /** The module's whole stylesheet; rendered once, as one `<style>` inside the shadow root. */
  css: string;
  theme: 'light' | 'dark';
  /**
   * Design tokens the host set (values checked by the caller), applied to the host element itself:
   * they beat the theme's defaults from `:host` and need no stylesheet of their own.
   */
  tokens?: Readonly<ThemeTokenStyle> | undefined;
  /** CSP nonce for that `<style>`, for hosts with a strict `style-src`. */
  nonce?: string | undefined;
  children: ReactNode;
}

/**
 * The module's boundary in the host page: a `<div data-seller-support>` with an open shadow root
 * that holds the module's content and its styles. Nothing is added to `document.head`, host
 * styles do not reach in, and ours do not reach out. When React removes the div, everything
 * the module rendered goes with it.
 */
export function ShadowHost({ css, theme, tokens, nonce, children }: ShadowHostProps) {
  const [host, setHost] = useState<{ element: HTMLElement; shadowRoot: ShadowRoot; rem: number } | null>(
    null,
  );

  // A callback ref runs during commit, and a state update there re-renders synchronously,
  // so the content shows up before the browser paints: no empty frame.
  const attach = useCallback((element: HTMLDivElement | null) => {
    if (element === null) return;
    // Reuse the root if this element already has one (StrictMode attaches refs twice).
    const shadowRoot = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    setHost((current) =>
      current?.shadowRoot === shadowRoot
        ? current
        : { element, shadowRoot, rem: sellersFontSize(shadowRoot) },
    );
  }, []);

  // Through the CSSOM, which a CSP without 'unsafe-inline' allows, unlike a style attribute in
  // markup. Every known property is set or removed, so a token dropped by an update goes away.
  useLayoutEffect(() => {
    if (host === null) return;
    const { style } = host.element;
    style.setProperty('--ss-rem', `${host.rem}px`);
    for (const name of themeTokenNames) {
      const property = themeTokenProperties[name];
      const value = tokens?.[property];
      if (value === undefined) style.removeProperty(property);
      else style.setProperty(property, value);
    }
  }, [host, tokens]);

  return (
    <div data-seller-support="" data-theme={theme} ref={attach}>
      {host &&
        createPortal(
          <HostElementContext value={host.element}>
            <RemContext value={host.rem}>
              <style nonce={nonce}>{css}</style>
              <div className="ss-root">{children}</div>
            </RemContext>
          </HostElementContext>,
          host.shadowRoot,
        )}
    </div>
  );
}

/** The light-DOM element that hosts the module: where DOM events for the host start. */
export function useHostElement(): HTMLElement | null {
  return use(HostElementContext);
}

/** The module's rem in px (the seller's default font size), for sizes computed in script. */
export function useRem(): number {
  return use(RemContext);
}
