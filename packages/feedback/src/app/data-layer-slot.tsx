import type { ApiClient } from '@seller-support/contract';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, use, useState, type ReactNode } from 'react';
import type { HostProps } from './host-props';
import type { Emit } from './module-events';

/** One mount's API client and cache. */
export interface MountDataLayer {
  api: ApiClient;
  queryClient: QueryClient;
}

/** What the data layer calls back into. */
export type DataLayerHost = Pick<HostProps, 'getAccessToken' | 'onSessionExpired'> & { emit: Emit };

/**
 * The host's latest callbacks, for closures that outlive a render (the token getter is asked
 * before every request): the committed render sets them, the data layer reads them when it calls.
 */
export class HostCallbacks {
  #current: DataLayerHost;

  constructor(initial: DataLayerHost) {
    this.#current = initial;
  }

  get current(): DataLayerHost {
    return this.#current;
  }

  set(latest: DataLayerHost): void {
    this.#current = latest;
  }
}

/** A mount's data layer with the callbacks it calls. */
export interface SlotContent {
  layer: MountDataLayer;
  host: HostCallbacks;
}

/** Where a mount keeps its data layer between renders. */
export class DataLayerSlot {
  #content: SlotContent | null = null;

  /** The data layer made for this slot already, or a new one from `make`. */
  take(make: () => SlotContent): SlotContent {
    this.#content ??= make();
    return this.#content;
  }
}

const DataLayerSlotContext = createContext<DataLayerSlot | null>(null);

/**
 * Holds the data layer of the lazily loaded app below it. React may throw away a render of a
 * component that has not committed yet (it does when something below suspends before the first
 * commit) together with its state: a QueryClient made in such a render would be lost with the
 * queries it already holds, each with a five-minute timer. This slot sits above the suspending
 * part and commits with its fallback, so every render of the app finds the same data layer.
 * Keyed like the app: a new key is a new slot, and so a new data layer.
 */
export function DataLayerSlotProvider({ slot, children }: { slot?: DataLayerSlot; children: ReactNode }) {
  // The slot of the component above, when it keeps one (it fills it before the app renders).
  const [own] = useState(() => new DataLayerSlot());
  return <DataLayerSlotContext value={slot ?? own}>{children}</DataLayerSlotContext>;
}

/** The slot of the nearest {@link DataLayerSlotProvider}; null outside one (tests that render an app alone). */
export function useDataLayerSlot(): DataLayerSlot | null {
  return use(DataLayerSlotContext);
}
