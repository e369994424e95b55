/**
 * What the seller's module and the moderator's desk show alike: the context snapshot card, the
 * i18n it speaks through, and the formatters it shares with the apps.
 *
 * Not here, so that an app loads each on its own terms:
 * - the card's messages, `@seller-support/ui/messages/snapshot` (`snapshotRu`) and
 *   `@seller-support/ui/messages/snapshot.en` (`snapshotEn`): plain catalogs an app registers as
 *   its `snapshot` namespace, one language and one chunk at a time (re-exported here, a catalog
 *   would be bundled with whatever imports the card);
 * - the styles, to be rendered in the app's shadow root in this order: `@seller-support/ui/tokens.css`
 *   (the design tokens, on `:host`), `@seller-support/ui/utilities.css` (`.ss-card`, `.ss-muted`,
 *   `.ss-disclosure`, which the card uses and the apps may too), `@seller-support/ui/base.css` (the
 *   cut from the host page, type, controls, buttons, alerts), then the app's own, and
 *   `@seller-support/ui/context-snapshot.css` (the card's) with the screens that show it.
 */
export { ContextSnapshotCard } from './context-snapshot/context-snapshot-card';
export type { ContextSnapshotCardProps } from './context-snapshot/context-snapshot-card';
export { UiI18nContext } from './i18n/ui-i18n';
export { useUiI18n } from './i18n/use-ui-i18n';
export type { UiI18n, UiMessages, UiNamespaces, UiTranslate } from './i18n/ui-i18n';
export { createFormatter, unreadableValue } from './i18n/format';
export type { Formatter } from './i18n/format';
export { createTranslator } from './i18n/translate';
export { locales } from './i18n/locales';
export type { Locale } from './i18n/locales';
export type {
  MessageKeyOf,
  MessageParamsOf,
  MessagePartOf,
  MessageSourceOf,
  TranslateArgsOf,
  TranslateOf,
} from './i18n/messages';
export type { MessagesOf, PluralMessage } from './i18n/shape';
export { unknownValueAttributes } from './unknown-value';
