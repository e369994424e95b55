import { locales, type Locale } from './messages';

// `en-GB` and `EN` are English: the language part, in any case.
const asLocale = (tag: string) => locales.find((locale) => tag.toLowerCase().startsWith(locale));

/**
 * The language of the page around the module, for an error screen when the host's own `locale`
 * is wrong: the document's, else the browser's, else Russian. An English cabinet that misspelt
 * `locale` should not get its error in Russian.
 */
export function hostPageLocale(): Locale {
  return asLocale(document.documentElement.lang) ?? asLocale(navigator.language) ?? 'ru';
}

/**
 * The language the module speaks for a host's `locale` prop: the host's when it is one the module
 * has, Russian when the host gave none (the default), else the page's. No schema library: an entry
 * reads it before anything else is here, to preload the words of that language only.
 */
export function localeOfProp(value: unknown): Locale {
  if (value === undefined) return 'ru';
  return locales.find((locale) => locale === value) ?? hostPageLocale();
}
