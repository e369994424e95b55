import type { ReactNode } from 'react';
import { I18nProvider, type Locale, type Messages } from '../shared/i18n';
import { ShadowHost } from '../shared/ui/shadow-host';
import { resolveTheme, type Theme } from './host-props';
import { useCatalog } from './load-catalog';
import { moduleStyles } from './styles';

export interface ModuleFrameProps {
  locale: Locale;
  theme: Theme;
  nonce?: string | undefined;
  /**
   * The language's messages, when they are at hand (tests, stories): shown at once. Without
   * them the frame loads the language and shows its content once it is here.
   */
  messages?: Messages | undefined;
  /** Rendered at once, before the language is here: work that shows nothing (it has no words). */
  beforeLanguage?: ReactNode;
  children: ReactNode;
}

/** What every screen of the module stands in, error screens included: shadow root, styles, language. */
export function ModuleFrame({ locale, theme, nonce, messages, beforeLanguage, children }: ModuleFrameProps) {
  const { base, tokens } = resolveTheme(theme);
  const catalog = useCatalog(locale, messages);
  return (
    <ShadowHost css={moduleStyles} theme={base} tokens={tokens} nonce={nonce}>
      {beforeLanguage}
      {catalog !== null && (
        <I18nProvider locale={catalog.locale} messages={catalog.messages}>
          {children}
        </I18nProvider>
      )}
    </ShadowHost>
  );
}
