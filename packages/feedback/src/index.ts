/**
 * Types for hosts of the seller support module. The module itself is loaded as an ES module
 * (`dist/seller-support.js`, single-spa lifecycles from `src/entry.ts`); this entry exists so a
 * host written in TypeScript can type the props it passes and the events it receives.
 *
 * @packageDocumentation
 */
export type { AccessTokenGetter, CustomTheme, HostPropsInput, Theme, ThemeBase } from './app/host-props';
export type { ThemeTokenName, ThemeTokens } from './shared/ui/theme-tokens';
export type {
  ModuleEvent,
  ModuleFailedEvent,
  NavigatedEvent,
  RequestCreatedEvent,
  SessionExpiredEvent,
  UnreadCountChangedEvent,
} from './app/events';
export { moduleEventName } from './app/events';
export { clearSellerData } from './shared/drafts/seller-data';
export type { ParcelPropsInput } from './app/parcel/parcel-props';
export type { UnreadWatchOptions } from './app/unread-watch';
export type { Locale } from './shared/i18n';
export type { SellerContext, Topic } from '@seller-support/contract';
