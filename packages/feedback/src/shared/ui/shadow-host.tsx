import { createContext, use, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { StyleScopeContext, type Stylesheet } from './stylesheet';
import { themeTokenNames, themeTokenProperties, type ThemeTokenStyle } from './theme-tokens';

const HostElementContext = createContext<HTMLElement | null>(null);

/** The element a mount made for the module to render into (src/single-spa/module-lifecycles.tsx). */
const MountElementContext = createContext<HTMLElement | null>(null);

export interface ModuleMountElementProps {
  /** A `<div data-seller-support>` the mount owns, in the host's page, with its open shadow root. */
  element: HTMLElement;
  children: ReactNode;
}

/**
 * Hands the element a mount made to the module's {@link ShadowHost}, which then renders into that
 * element's shadow root instead of making an element of its own inside the React root's container.
 */
export function ModuleMountElement({ element, children }: ModuleMountElementProps) {
  return <MountElementContext value={element}>{children}</MountElementContext>;
}

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

interface Host {
  element: HTMLElement;
  shadowRoot: ShadowRoot;
  rem: number;
}

function hostFor(element: HTMLElement): Host {
  // Reuse the root if this element already has one (StrictMode attaches refs twice; a mount's
  // element comes with its own).
  const shadowRoot = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  return { element, shadowRoot, rem: sellersFontSize(shadowRoot) };
}

export interface ShadowHostProps {
  /**
   * The frame's stylesheet (or the whole module's, in tests and stories); rendered once, as one
   * `<style>` inside the shadow root, first. Screens add their own beside their content.
   */
  styles: Stylesheet;
  theme: 'light' | 'dark';
  /**
   * Design tokens the host set (values checked by the caller), applied to the host element itself:
   * they beat the theme's defaults from `:host` and need no stylesheet of their own.
   */
  tokens?: Readonly<ThemeTokenStyle> | undefined;
  /** CSP nonce for the module's `<style>` elements, for hosts with a strict `style-src`. */
  nonce?: string | undefined;
  children: ReactNode;
}

/**
 * The module's boundary in the host page: a `<div data-seller-support>` with an open shadow root
 * that holds the module's content and its styles. Nothing is added to `document.head`, host
 * styles do not reach in, and ours do not reach out. When React removes the div, everything
 * the module rendered goes with it. Under {@link ModuleMountElement} the div is the mount's own
 * element (the React root's container), which the mount removes when it unmounts.
 */
export function ShadowHost({ styles, theme, tokens, nonce, children }: ShadowHostProps) {
  const mountElement = use(MountElementContext);
  const styleScope = useMemo(() => ({ nonce, complete: styles.complete }), [nonce, styles.complete]);
  const [host, setHost] = useState<Host | null>(null);

  // A callback ref runs during commit, and a state update there re-renders synchronously,
  // so the content shows up before the browser paints: no empty frame.
  const attach = useCallback((element: HTMLElement | null) => {
    if (element === null) return;
    setHost((current) => (current?.element === element ? current : hostFor(element)));
  }, []);

  // The mount's element, taken in the first commit as the div's ref below takes the div: the
  // content renders in the same synchronous second pass before paint, so what the host sees
  // first (the module's first screen and the events its effects send) comes as it always has.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- that second pass is the point (above)
    if (mountElement !== null) attach(mountElement);
  }, [attach, mountElement]);

  // The mount's element is not rendered by React: its theme is set here, before paint.
  useLayoutEffect(() => {
    mountElement?.setAttribute('data-theme', theme);
  }, [mountElement, theme]);

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

  const content =
    host &&
    createPortal(
      <HostElementContext value={host.element}>
        <RemContext value={host.rem}>
          <StyleScopeContext value={styleScope}>
            <style nonce={nonce}>{styles.css}</style>
            <div className="ss-root">{children}</div>
          </StyleScopeContext>
        </RemContext>
      </HostElementContext>,
      host.shadowRoot,
    );
  return mountElement === null ? (
    <div data-seller-support="" data-theme={theme} ref={attach}>
      {content}
    </div>
  ) : (
    content
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
