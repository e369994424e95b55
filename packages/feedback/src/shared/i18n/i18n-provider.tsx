import { createFormatter, UiI18nContext, type Formatter } from '@seller-support/ui';
import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import type { Locale, MessageSource, Translate } from './messages';
import { createTranslator } from './translate';
import { warmUpIntl } from './warm-up-intl';

interface I18nValue {
  locale: Locale;
  t: Translate;
  format: Formatter;
}

const I18nContext = createContext<I18nValue | null>(null);

export interface I18nProviderProps {
  locale: Locale;
  /**
   * The language's messages: all of them, or the parts the screens below need. The app assembles
   * them (shared code does not know the features' namespaces), so it also decides when and how a
   * language, or a part of one, is loaded.
   */
  messages: MessageSource;
  children: ReactNode;
}

/** Gives the tree its language; switching `locale` re-renders in place, nothing remounts. */
export function I18nProvider({ locale, messages, children }: I18nProviderProps) {
  const value = useMemo<I18nValue>(
    () => ({ locale, t: createTranslator(locale, messages), format: createFormatter(locale) }),
    [locale, messages],
  );
  // The frame's provider mounts while the first screen's code and data are on their way.
  useEffect(() => warmUpIntl(locale), [locale]);
  // The shared components (the context snapshot card) speak through the same translator: the
  // module's namespaces include theirs.
  return (
    <I18nContext value={value}>
      <UiI18nContext value={value}>{children}</UiI18nContext>
    </I18nContext>
  );
}

function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (value === null) throw new Error('useT/useFormat/useLocale must be used inside <I18nProvider>.');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** Money, number and date formatting for the current language. */
export function useFormat(): Formatter {
  return useI18n().format;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
