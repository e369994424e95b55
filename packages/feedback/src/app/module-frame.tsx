import type { ReactNode } from 'react';
import { I18nProvider, type Locale } from '../shared/i18n';
import { ShadowHost } from '../shared/ui/shadow-host';
import { catalogs } from './catalogs';
import { resolveTheme, type Theme } from './host-props';
import { moduleStyles } from './styles';

export interface ModuleFrameProps {
  locale: Locale;
  theme: Theme;
  nonce?: string | undefined;
  children: ReactNode;
}

/** What every screen of the module stands in, error screens included: shadow root, styles, language. */
export function ModuleFrame({ locale, theme, nonce, children }: ModuleFrameProps) {
  const { base, tokens } = resolveTheme(theme);
  return (
    <ShadowHost css={moduleStyles} theme={base} tokens={tokens} nonce={nonce}>
      <I18nProvider locale={locale} messages={catalogs[locale]}>
        {children}
      </I18nProvider>
    </ShadowHost>
  );
}
