/**
 * How the demo reaches the moderator's desk: through the import map, a separately built file
 * (packages/desk/dist), as the cabinet reaches the seller's module. Only types come from the
 * workspace package.
 */
import type { DeskHostPropsInput } from '@seller-support/desk';
import type { LifeCycles } from 'single-spa';

export const deskModuleName = '@seller-support/desk';

/** The demo moderator (the mocks' and the service's): Модератор Анна. */
export const demoModeratorToken = 'desk-token';

/** The desk's props, plus the element it mounts into. */
export type DeskModuleProps = DeskHostPropsInput & { domElement: HTMLElement };

function isLifecycle(value: unknown): boolean {
  return (
    typeof value === 'function' || (Array.isArray(value) && value.every((step) => typeof step === 'function'))
  );
}

function isLifeCycles(value: unknown): value is LifeCycles<DeskModuleProps> {
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

/** Loads the desk through the import map and checks that it is a single-spa application. */
export async function loadDeskModule(): Promise<LifeCycles<DeskModuleProps>> {
  const loaded: unknown = await import('@seller-support/desk');
  if (!isLifeCycles(loaded)) {
    throw new TypeError(
      `${deskModuleName} does not export single-spa lifecycles (bootstrap, mount, unmount)`,
    );
  }
  return loaded;
}
