import type { ReceivedTicket } from '@seller-support/contract';
import { Suspense, useState } from 'react';
import { useT } from '../../shared/i18n';
import { createMemoryLocation } from '../../shared/routing/location';
import { RouterProvider } from '../../shared/routing/router';
import { DataProviders } from '../data-providers';
import { useEmitModuleEvent } from '../module-events';
import type { DataLayerSlot, MountDataLayer } from '../data-layer-slot';
import type { Emit } from '../module-events';
import { startMountDataLayer, useMountDataLayer } from '../mount-data-layer';
import { prefetchRequestForm } from '../prefetch-first-screen';
import { releaseQueryClient } from '../../shared/api/release-query-client';
import { useDraftStorage } from '../../shared/drafts/draft-storage-context';
import { createIdbDraftStorage, type DraftStorage } from '../../shared/drafts/draft-storage';
import { orderQuestionDraftScope, type ParcelProps } from './parcel-props';
import { OrderQuestionForm } from './order-question-form-part';
import { ParcelSent } from './parcel-sent';

export interface ParcelAppProps extends ParcelProps {
  /** Closes the dialog (the confirmation's "Done"). */
  close: () => void;
  /** Opens a host page without reloading it (the link to the sent request). */
  navigate?: ((url: string) => void) | undefined;
}

/**
 * One parcel's data layer and content. Its own API client, its own QueryClient, and a location in
 * memory: nothing is shared with an application (or another parcel) mounted on the same page, and
 * the address bar is never touched. Dropped with the parcel.
 */
export function ParcelApp({ close, navigate, ...props }: ParcelAppProps) {
  const { basePath, orderId, topic, hiddenTopics } = props;
  const t = useT();
  const emit = useEmitModuleEvent();
  const storage = useDraftStorage();
  const { api, queryClient } = useMountDataLayer(props, (layer) => prefetchParcelForm(layer, storage, props));
  // Links inside the form still point at the application's pages under basePath.
  const [location] = useState(() => createMemoryLocation('/', basePath));
  const [sent, setSent] = useState<ReceivedTicket | null>(null);

  const onSubmitted = (ticket: ReceivedTicket) => {
    emit({ type: 'request-created', ticketId: ticket.id, number: ticket.number });
    setSent(ticket);
  };

  return (
    <DataProviders api={api} queryClient={queryClient}>
      <RouterProvider location={location}>
        {sent === null ? (
          <Suspense
            fallback={
              <p className="ss-muted" role="status">
                {t('parcel.loading')}
              </p>
            }
          >
            <OrderQuestionForm
              orderId={orderId}
              topic={topic}
              hiddenTopics={hiddenTopics}
              basePath={basePath}
              onSubmitted={onSubmitted}
              close={close}
              navigate={navigate}
            />
          </Suspense>
        ) : (
          <ParcelSent ticket={sent} basePath={basePath} onDone={close} navigate={navigate} />
        )}
      </RouterProvider>
    </DataProviders>
  );
}

/** The short form's data: the order, the context, the policy and the stored draft of this order. */
function prefetchParcelForm(
  layer: MountDataLayer,
  storage: DraftStorage,
  { orderId, topic }: ParcelProps,
): void {
  prefetchRequestForm(layer, storage, {
    topic,
    orderIds: [orderId],
    draftScope: orderQuestionDraftScope(orderId),
    pinned: true,
  });
}

/**
 * Starts the parcel's data layer, and with it the form's data, before the dialog's content
 * renders: the parcel calls it as this chunk arrives, while the form's code is still on its way
 * (as the application does, feedback-app.tsx). `storage` is the one a provider gave the tree, if
 * any (IndexedDB's otherwise). Returns what releases the data layer, for a parcel unmounted
 * before the app took it over.
 */
export function startParcelAppData(
  slot: DataLayerSlot,
  props: ParcelProps,
  emit: Emit,
  storage: DraftStorage | null,
): () => void {
  const drafts = storage ?? createIdbDraftStorage();
  const { queryClient } = startMountDataLayer(slot, props, emit, (layer) =>
    prefetchParcelForm(layer, drafts, props),
  );
  return () => releaseQueryClient(queryClient);
}
