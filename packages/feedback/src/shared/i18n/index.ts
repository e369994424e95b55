export { I18nProvider, useFormat, useLocale, useT } from './i18n-provider';
export type { I18nProviderProps } from './i18n-provider';
export { createFormatter, unreadableValue } from '@seller-support/ui';
export type { Formatter } from '@seller-support/ui';
export { createTranslator } from './translate';
export { locales } from './messages';
export type {
  Locale,
  MessageKey,
  MessageParams,
  MessagePart,
  Messages,
  MessageSource,
  Namespaces,
  Translate,
} from './messages';
export type { MessagesOf, PluralMessage } from '@seller-support/ui';
