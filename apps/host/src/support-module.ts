/**
 * How the cabinet reaches the support module. Only types come from the workspace package:
 * at runtime `@seller-support/feedback` is whatever the import map points at, a separately
 * built file, so a value imported from the package's source would not exist there.
 */
import type { HostPropsInput, ParcelPropsInput, UnreadWatchOptions } from '@seller-support/feedback';
import type { LifeCycles } from 'single-spa';

export type { ModuleEvent } from '@seller-support/feedback';

/** The module's documented props, plus the element single-spa-react mounts into. */
export type SupportModuleProps = HostPropsInput & { domElement: HTMLElement };

export const supportModuleName = '@seller-support/feedback';

/** The parcel's props: the module's, plus the order, the topic and the close callback. */
export type SupportParcelProps = HostPropsInput & ParcelPropsInput;

/** The "ask support about this order" dialog, a single-spa parcel: a second entry of the same build. */
export const supportParcelSpecifier = '@seller-support/feedback/parcel';

function isLifecycle(value: unknown): boolean {
  return (
    typeof value === 'function' || (Array.isArray(value) && value.every((step) => typeof step === 'function'))
  );
}

function isLifeCycles<Props>(value: unknown): value is LifeCycles<Props> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'bootstrap' in value &&
    isLifecycle(value.bootstrap) &&
    'mount' in value &&
    isLifecycle(value.mount) &&
    'unmount' in value &&
    isLifecycle(value.unmount) &&
    (!('update' in value) || isLifecycle(value.update))
  );
}

/** Loads the module through the import map and checks that it is a single-spa application. */
export async function loadSupportModule(): Promise<LifeCycles<SupportModuleProps>> {
  const loaded: unknown = await import('@seller-support/feedback');
  if (!isLifeCycles<SupportModuleProps>(loaded)) {
    throw new TypeError(
      `${supportModuleName} does not export single-spa lifecycles (bootstrap, mount, unmount)`,
    );
  }
  return loaded;
}

/** Loads the parcel through the import map and checks that it is a single-spa parcel. */
export async function loadSupportParcel(): Promise<LifeCycles<SupportParcelProps>> {
  const loaded: unknown = await import('@seller-support/feedback/parcel');
  if (!isLifeCycles<SupportParcelProps>(loaded)) {
    throw new TypeError(
      `${supportParcelSpecifier} does not export single-spa lifecycles (bootstrap, mount, unmount)`,
    );
  }
  return loaded;
}

/** The module's unread count for pages it is not mounted on: a third entry, without React. */
export const supportUnreadSpecifier = '@seller-support/feedback/unread';

export type WatchUnreadCount = (options: UnreadWatchOptions) => () => void;

function isUnreadEntry(value: unknown): value is { watchUnreadCount: WatchUnreadCount } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'watchUnreadCount' in value &&
    typeof value.watchUnreadCount === 'function'
  );
}

/** Loads the unread entry through the import map and checks that it has `watchUnreadCount`. */
export async function loadUnreadWatch(): Promise<WatchUnreadCount> {
  const loaded: unknown = await import('@seller-support/feedback/unread');
  if (!isUnreadEntry(loaded)) {
    throw new TypeError(`${supportUnreadSpecifier} does not export watchUnreadCount`);
  }
  return loaded.watchUnreadCount;
}

function isClearSellerData(value: unknown): value is { clearSellerData: () => Promise<void> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'clearSellerData' in value &&
    typeof value.clearSellerData === 'function'
  );
}

/** The module's sign-out (`clearSellerData`), from its small unread entry: no React, no screens. */
export async function loadClearSellerData(): Promise<() => Promise<void>> {
  const loaded: unknown = await import('@seller-support/feedback/unread');
  if (!isClearSellerData(loaded)) {
    throw new TypeError(`${supportUnreadSpecifier} does not export clearSellerData`);
  }
  return loaded.clearSellerData;
}
