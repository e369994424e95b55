import { useMemo, type ReactNode } from 'react';
import { I18nProvider, type Locale, type Messages } from '../shared/i18n';
import { ShadowHost } from '../shared/ui/shadow-host';
import type { Stylesheet } from '../shared/ui/stylesheet';
import { resolveTheme, type Theme } from './host-props';
import {
  FrameCatalogContext,
  framePacks,
  useCatalog,
  type FrameCatalog,
  type MessagePack,
} from './load-catalog';
import { frameStyles } from './styles';

export interface ModuleFrameProps {
  locale: Locale;
  theme: Theme;
  nonce?: string | undefined;
  /**
   * The language's messages, when they are at hand (tests, stories): shown at once, and the
   * screens load no words of their own. Without them the frame loads its packs of the language
   * and shows its content once they are here.
   */
  messages?: Messages | undefined;
  /** The frame's own message packs (a constant): the parcel's frame has words of its own. */
  packs?: readonly MessagePack[] | undefined;
  /** The frame's stylesheet: the application's by default; the whole module's in tests and stories. */
  styles?: Stylesheet | undefined;
  /** Rendered at once, before the language is here: work that shows nothing (it has no words). */
  beforeLanguage?: ReactNode;
  children: ReactNode;
}

/** What every screen of the module stands in, error screens included: shadow root, styles, language. */
export function ModuleFrame({
  locale,
  theme,
  nonce,
  messages,
  packs = framePacks,
  styles = frameStyles,
  beforeLanguage,
  children,
}: ModuleFrameProps) {
  const { base, tokens } = resolveTheme(theme);
  const catalog = useCatalog(locale, messages, packs);
  const shownLocale = catalog?.locale;
  const shown = catalog?.messages;
  const frame = useMemo<FrameCatalog | null>(() => {
    if (shownLocale === undefined || shown === undefined) return null;
    return {
      locale: shownLocale,
      parts: Array.isArray(shown) ? shown : [shown],
      complete: messages !== undefined,
    };
  }, [shownLocale, shown, messages]);
  return (
    <ShadowHost styles={styles} theme={base} tokens={tokens} nonce={nonce}>
      {beforeLanguage}
      {catalog !== null && (
        <FrameCatalogContext value={frame}>
          <I18nProvider locale={catalog.locale} messages={catalog.messages}>
            {children}
          </I18nProvider>
        </FrameCatalogContext>
      )}
    </ShadowHost>
  );
}
