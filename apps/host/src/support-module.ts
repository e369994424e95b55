/**
 * How the cabinet reaches the support module. Only types come from the workspace package:
 * at runtime `@seller-support/feedback` is whatever the import map points at, a separately
 * built file, so a value imported from the package's source would not exist there.
 */
import type { HostPropsInput, ParcelPropsInput } from '@seller-support/feedback';
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
