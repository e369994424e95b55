import {
  useCallback,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
} from 'react';
import { useT } from '../../shared/i18n';
import { useLatest } from '../../shared/lib/use-latest';

/** What the dialog's content may do with the dialog. */
export interface OrderQuestionDialogHandle {
  /** Closes the dialog as Escape or the close button would. */
  close: () => void;
}

export interface OrderQuestionDialogProps {
  /** The order in the title; absent when the host passed none that is valid. */
  orderId: string | undefined;
  /**
   * The element the focus goes back to once the dialog has closed: the one that was focused when
   * the parcel mounted (the button the seller pressed), if it is still in the page.
   */
  opener: HTMLElement | null;
  /** Told once the dialog has closed and the focus is back on the opener. */
  onClosed: () => void;
  ref?: Ref<OrderQuestionDialogHandle>;
  children: ReactNode;
}

/**
 * A modal dialog over the host's page. The native `<dialog>` with `showModal()` gives what a
 * hand-made one would have to imitate: the top layer (no host stacking context, `overflow` or
 * `transform` can clip it), the rest of the page inert, Escape to close, and it works inside the
 * module's shadow root, where the host's CSS does not reach it.
 */
export function OrderQuestionDialog({ orderId, opener, onClosed, ref, children }: OrderQuestionDialogProps) {
  const t = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const latestOnClosed = useLatest(onClosed);

  const close = useCallback(() => dialogRef.current?.close(), []);
  useImperativeHandle(ref, () => ({ close }), [close]);

  // A layout effect: its cleanup runs before React takes the dialog out of the page, while the
  // focus can still be seen inside it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return undefined;
    if (!dialog.open) dialog.showModal();
    // The title, not the first field: the seller hears what the dialog is about before the form.
    titleRef.current?.focus();

    // Escape, the close button and `close()` all end here; the browser fires it after closing.
    const onClose = () => {
      returnFocus(opener);
      latestOnClosed.current();
    };
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('close', onClose);
      // The host unmounted the parcel with the dialog still open: the focus must not be lost with
      // it. Closed first, so the page is no longer inert. (After a close, nothing is left to do.)
      if (!dialog.open) return;
      const hadFocus = containsFocus(dialog);
      dialog.close();
      if (hadFocus) returnFocus(opener);
    };
  }, [latestOnClosed, opener]);

  return (
    <dialog ref={dialogRef} className="order-dialog" aria-labelledby={titleId}>
      <header className="order-dialog__header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="order-dialog__title">
          {orderId === undefined ? t('parcel.titleWithoutOrder') : t('parcel.title', { orderId })}
        </h2>
        <button type="button" className="order-dialog__close" onClick={close}>
          <span aria-hidden="true">×</span>
          <span className="ss-visually-hidden">{t('parcel.close')}</span>
        </button>
      </header>
      <div className="order-dialog__body">{children}</div>
    </dialog>
  );
}

function returnFocus(opener: HTMLElement | null): void {
  if (opener?.isConnected === true) opener.focus();
}

/** Whether the focus is inside `element`, looking through the shadow root the dialog lives in. */
function containsFocus(element: HTMLElement): boolean {
  const root = element.getRootNode();
  const active = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
  return active !== null && element.contains(active);
}
