import { isKnownTopic, limits, type Topic } from '@seller-support/contract';
import { contextQueryOptions } from '../shared/api/get-context';
import { policyQueryOptions } from '../shared/api/get-policy';
import type { DraftStorage } from '../shared/drafts/draft-storage';
import type { ModuleRoute } from '../shared/routing/routes';
import { orderQueryOptions } from '../features/ask/api/get-order';
import { ordersInfiniteQueryOptions } from '../features/ask/api/list-orders';
import { draftReadQueryOptions } from '../features/ask/drafts/draft-read';
import { createAskDraftStore } from '../features/ask/drafts/draft-store';
import type { MountDataLayer } from './data-layer-slot';
import type { HostProps } from './host-props';

export interface RequestFormStart {
  /** The topic the form opens with, when the host or the address gives one. */
  topic?: Topic | undefined;
  /** The orders the host opens the form with (the parcel's order). */
  orderIds?: readonly string[] | undefined;
  /** The form's draft scope (the parcel's). */
  draftScope?: string | undefined;
  /** The order is pinned at the form's top (the parcel): no order picker, so no list of orders. */
  pinned?: boolean | undefined;
}

// A failure is the screen's to show, through its own query.
const ignore = (): void => undefined;

/**
 * What the request form waits for before the seller can type, asked for at once and all together:
 * the seller's context, the policy, the first page of orders its picker shows, the host's orders,
 * and the stored draft (read as soon as the context names the seller). Under the query keys and
 * options the form uses, so it finds them there and asks for nothing twice. Failures are the
 * form's to show: it asks again through the same queries.
 */
export function prefetchRequestForm(
  { api, queryClient }: MountDataLayer,
  storage: DraftStorage,
  { topic, orderIds = [], draftScope, pinned = false }: RequestFormStart,
): void {
  queryClient.query(policyQueryOptions(api)).catch(ignore);
  // A form with a stored draft on another topic asks for its own list; this is the usual one.
  if (!pinned) {
    queryClient
      .infiniteQuery(
        ordersInfiniteQueryOptions(api, topic === 'parcel_location' ? { status: ['in_transit'] } : {}),
      )
      .catch(ignore);
  }
  // The ids the form asks for (AskRequest): no blanks, no repeats, no more than a request takes.
  const ids = [...new Set(orderIds.filter((id) => id.trim() !== ''))].slice(0, limits.orderIds.max);
  for (const id of ids) queryClient.query(orderQueryOptions(api, id)).catch(ignore);
  const store = createAskDraftStore(storage);
  // The read needs the seller's id, from the context. Opening the drafts' database costs tens of
  // milliseconds (more the first time on a browser profile, which creates it): a read of no draft
  // opens it now, beside the context, so the real read finds it quick to open.
  void storage.get('seller-support:warm-up');
  queryClient
    .query(contextQueryOptions(api))
    .then(({ seller }) => queryClient.query(draftReadQueryOptions(store, seller.id, draftScope)))
    .catch(ignore);
}

/** The application's first screen's data, for the route it mounts at (the form's, for now). */
export function prefetchFirstScreen(
  layer: MountDataLayer,
  storage: DraftStorage,
  route: ModuleRoute | null,
  host: Pick<HostProps, 'initialTopic' | 'initialOrderIds'>,
): void {
  if (route?.name !== 'ask') return;
  const topic = route.params.get('topic');
  const order = route.params.get('order');
  prefetchRequestForm(layer, storage, {
    topic: topic !== null && isKnownTopic(topic) ? topic : host.initialTopic,
    orderIds: order !== null && order !== '' ? [order] : host.initialOrderIds,
  });
}
