import { createContext } from 'react';
import type { snapshotRu } from '../context-snapshot/messages/snapshot';
import type { Formatter } from './format';
import type { TranslateOf } from './messages';
import type { MessagesOf } from './shape';

/**
 * The namespaces the components of this package speak, each under the name an app registers its
 * catalogs with (`snapshot`: `snapshotRu`, `snapshotEn`). An app's own i18n holds them beside its
 * own namespaces; the components read them through {@link UiI18nContext}, nothing else.
 */
export interface UiNamespaces {
  readonly snapshot: typeof snapshotRu;
}

/** A whole language of {@link UiNamespaces}: what a translation of them must fill. */
export type UiMessages = MessagesOf<UiNamespaces>;
export type UiTranslate = TranslateOf<UiNamespaces>;

/** What the components here need of the app's language: its translator and its formatter. */
export interface UiI18n {
  /**
   * Translates the keys of {@link UiNamespaces}. An app's own translator does, when its namespaces
   * include them (the seller's module passes its `t`); any other i18n can build one from the
   * messages it loaded: `createTranslator<UiNamespaces>(locale, messages)`.
   */
  t: UiTranslate;
  format: Formatter;
}

/**
 * The app's language for the components below: `<UiI18nContext value={{ t, format }}>`, the value
 * kept as long as the language is (memoized), so the components re-render only when it changes.
 * The app's translator and formatter themselves, not a second pair: nothing more to load or build.
 */
export const UiI18nContext = createContext<UiI18n | null>(null);
