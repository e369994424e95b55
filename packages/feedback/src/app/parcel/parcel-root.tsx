import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { RawHostProps } from '../feedback-root';
import { DataLayerSlot, DataLayerSlotProvider } from '../data-layer-slot';
import { failSafeProps } from '../host-props';
import { ModuleCrashGuard } from '../module-error-boundary';
import { ModuleEventsProvider, useEmitModuleEvent } from '../module-events';
import { parcelFramePacks } from '../load-catalog';
import { ModuleFrame } from '../module-frame';
import { parcelFrameStyles } from '../styles';
import { OrderQuestionDialog, type OrderQuestionDialogHandle } from './order-question-dialog';
import { PageLoading } from '../page-loading';
import { OrderQuestionForm } from './order-question-form-part';
import { loadParcelApp, ParcelApp } from './parcel-parts';
import { usePreloaded } from '../../shared/lib/preloadable-lazy';
import { useUnknownPropWarnings } from '../unknown-props';
import { ParcelInvalidProps } from './parcel-invalid-props';
import {
  failSafeOnClose,
  failSafeOrderId,
  knownParcelPropNames,
  parseParcelProps,
  type ParcelProps,
} from './parcel-props';
import { useProvidedDraftStorage } from '../../shared/drafts/provided-draft-storage';
import { useLatest } from '../../shared/lib/use-latest';

export interface ParcelRootProps extends RawHostProps {
  /**
   * Opens a page of the host without reloading it. Given by the parcel's entry (single-spa's
   * `navigateToUrl`), not by the host; absent, links load their page.
   */
  navigate?: ((url: string) => void) | undefined;
}

/** The element that has the focus, looking into shadow roots; null when nothing in particular has it. */
function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Starts the parcel's data layer as soon as the data layer's code is here, while the form's may
 * still be on its way: the form's data does not wait for the form (the application's
 * FirstScreenData, feedback-root.tsx). Releases it if the parcel unmounts before its content took
 * it over.
 */
function ParcelFirstData({ slot, props }: { slot: DataLayerSlot; props: ParcelProps }) {
  const emit = useEmitModuleEvent();
  const storage = useProvidedDraftStorage();
  const start = useLatest({ props, emit, storage });
  useEffect(() => {
    let live = true;
    let release: (() => void) | undefined;
    loadParcelApp().then(
      ({ startParcelAppData }) => {
        if (!live) return;
        const { props: latest, emit: latestEmit, storage: latestStorage } = start.current;
        release = startParcelAppData(slot, latest, latestEmit, latestStorage);
      },
      // The content's own load reports the failure when it renders.
      () => undefined,
    );
    return () => {
      live = false;
      release?.();
    };
  }, [slot, start]);
  return null;
}

/**
 * The parcel's root: "ask support about this order" in a modal dialog over the host's page. Every
 * mount and update re-parses the props; language, theme and the close callback come from them even
 * when other props are wrong, so an invalid-props error still shows in the seller's language in a
 * dialog the seller can close.
 */
export function ParcelRoot(props: ParcelRootProps) {
  const { navigate, ...hostProps } = props;
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  const onClose = failSafeOnClose(props);
  const orderId = failSafeOrderId(props);
  const parsed = useMemo(() => parseParcelProps(props), [props]);
  // `navigate` comes from the parcel's entry, not from the host.
  useUnknownPropWarnings(hostProps, knownParcelPropNames);
  // Taken on the first render, before the dialog takes the focus: where it goes back on close.
  const [opener] = useState(focusedElement);
  const [closed, setClosed] = useState(false);
  const dialog = useRef<OrderQuestionDialogHandle>(null);
  const close = () => dialog.current?.close();
  // Asked for beside the language (the frame waits for it), not after it; the dialog opens at
  // once from the small entry.
  useEffect(() => {
    if (!parsed.ok) return;
    ParcelApp.preload().catch(() => undefined);
    // The form's words too, in the dialog's language, beside its code.
    OrderQuestionForm.preload(locale).catch(() => undefined);
  }, [parsed.ok, locale]);
  const appHere = usePreloaded(ParcelApp, parsed.ok);
  // Another server, another base path or another order: a new slot, so a new data layer.
  const slotKey = parsed.ok
    ? `${parsed.props.apiBaseUrl} ${parsed.props.basePath} ${parsed.props.orderId}`
    : null;
  const [slotOf, setSlotOf] = useState(() => ({ key: slotKey, slot: new DataLayerSlot() }));
  if (slotOf.key !== slotKey) setSlotOf({ key: slotKey, slot: new DataLayerSlot() });
  const { slot } = slotOf;

  return (
    <ModuleFrame
      locale={locale}
      theme={theme}
      nonce={nonce}
      packs={parcelFramePacks}
      styles={parcelFrameStyles}
      // The form's data does not wait for the language either.
      beforeLanguage={
        parsed.ok && (
          <ModuleEventsProvider onEvent={onEvent}>
            <ParcelFirstData key={slotKey} slot={slot} props={parsed.props} />
          </ModuleEventsProvider>
        )
      }
    >
      <ModuleEventsProvider onEvent={onEvent}>
        {!closed && (
          <OrderQuestionDialog
            ref={dialog}
            orderId={orderId}
            opener={opener}
            onClosed={() => {
              setClosed(true);
              onClose?.();
            }}
          >
            {parsed.ok ? (
              <ModuleCrashGuard>
                {/* Another server, another base path or another order: start afresh. */}
                <DataLayerSlotProvider key={slotKey} slot={slot}>
                  {/* A loading line of its own, not the fallback: see usePreloaded. */}
                  {appHere ? (
                    <Suspense fallback={<PageLoading />}>
                      <ParcelApp.Component {...parsed.props} close={close} navigate={navigate} />
                    </Suspense>
                  ) : (
                    <PageLoading />
                  )}
                </DataLayerSlotProvider>
              </ModuleCrashGuard>
            ) : (
              <ParcelInvalidProps problems={parsed.problems} />
            )}
          </OrderQuestionDialog>
        )}
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}
