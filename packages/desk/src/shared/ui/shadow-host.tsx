import { createContext, use, useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The element a mount made, with its open shadow root (src/single-spa/desk-lifecycles.tsx). */
const MountElementContext = createContext<HTMLElement | null>(null);

/** Hands the mount's element to the {@link DeskShadowHost}, which then renders into its shadow root. */
export function DeskMountElement({ element, children }: { element: HTMLElement; children: ReactNode }) {
  return <MountElementContext value={element}>{children}</MountElementContext>;
}

/** The moderator's default font size: what `medium` resolves to, whatever the host page set on its root. */
function moderatorsFontSize(shadowRoot: ShadowRoot): number {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  probe.style.fontFamily = 'sans-serif';
  shadowRoot.append(probe);
  const size = Number.parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(size) && size > 0 ? size : 16;
}

interface Host {
  element: HTMLElement;
  shadowRoot: ShadowRoot;
}

export interface DeskShadowHostProps {
  /** The desk's whole stylesheet, rendered once as the shadow root's first `<style>`. */
  css: string;
  theme: 'light' | 'dark';
  nonce?: string | undefined;
  children: ReactNode;
}

/**
 * The desk's boundary in the host page: an element with an open shadow root holding the desk's
 * content and its styles. Nothing goes to `document.head`; host styles do not reach in, ours do not
 * reach out; when the element goes, everything the desk rendered goes with it. Under
 * {@link DeskMountElement} the element is the mount's own; alone (stories, tests) it makes one.
 */
export function DeskShadowHost({ css, theme, nonce, children }: DeskShadowHostProps) {
  const mountElement = use(MountElementContext);
  const [host, setHost] = useState<Host | null>(null);

  const attach = useCallback((element: HTMLElement | null) => {
    if (element === null) return;
    setHost((current) =>
      current?.element === element
        ? current
        : { element, shadowRoot: element.shadowRoot ?? element.attachShadow({ mode: 'open' }) },
    );
  }, []);

  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the content renders in the same pass, before paint
    if (mountElement !== null) attach(mountElement);
  }, [attach, mountElement]);

  useLayoutEffect(() => {
    mountElement?.setAttribute('data-theme', theme);
  }, [mountElement, theme]);

  useLayoutEffect(() => {
    if (host === null) return;
    host.element.style.setProperty('--ss-rem', `${moderatorsFontSize(host.shadowRoot)}px`);
  }, [host]);

  const content =
    host &&
    createPortal(
      <>
        <style nonce={nonce}>{css}</style>
        <div className="ss-root">{children}</div>
      </>,
      host.shadowRoot,
    );
  return mountElement === null ? (
    <div data-seller-support-desk="" data-theme={theme} ref={attach}>
      {content}
    </div>
  ) : (
    content
  );
}
