import { mountRootParcel, type LifeCycles } from 'single-spa';
import type { HostPropsInput } from '@seller-support/feedback';
import type { SupportParcelProps } from './support-module';

export interface OrderQuestionOptions {
  /**
   * Where every dialog mounts (the dialog itself shows in the top layer, over the page). One element
   * for every open: single-spa 6 keeps each closed root parcel's `domElement` for the life of the
   * page, so a fresh container per question would be one more detached node each time.
   */
  outlet: HTMLElement;
  /** The parcel's code, loaded on the first question. */
  loadParcel: () => Promise<LifeCycles<SupportParcelProps>>;
  /** The props the cabinet gives the module everywhere: API, token, language, events… */
  hostProps: () => HostPropsInput;
}

export interface OrderQuestion {
  /** Opens "ask support about this order"; closed, the dialog returns the focus to what had it before. */
  open: (orderId: string) => void;
  /** Takes an open dialog away (the seller left the page); the draft in it is kept. */
  close: () => void;
  /**
   * The cabinet's props changed (another language or scheme): an open dialog takes them through
   * the parcel's `update`, in place, with what the seller typed in it.
   */
  update: () => void;
}

/**
 * "Ask support about this order" on the cabinet's pages: the support module's parcel, mounted with
 * `mountRootParcel` into the outlet, one at a time, and unmounted when the seller closes it (its
 * `onClose`) or leaves the page. The module renders into an element of its own inside the outlet
 * and removes it at unmount.
 */
export function createOrderQuestion({ outlet, loadParcel, hostProps }: OrderQuestionOptions): OrderQuestion {
  let current: {
    unmount: () => Promise<unknown>;
    update: () => Promise<unknown>;
    /** This open's identity: a dialog closed meanwhile takes no more updates. */
    token: symbol;
  } | null = null;

  const close = () => {
    if (current === null) return;
    const { unmount } = current;
    current = null;
    unmount().catch(reportError);
  };

  const open = (orderId: string) => {
    // The dialog is modal, so a second one cannot be asked for while one is open; be safe anyway.
    close();
    const token = Symbol(orderId);
    const props = (): SupportParcelProps & { domElement: HTMLElement } => ({
      ...hostProps(),
      domElement: outlet,
      orderId,
      // The seller closed the dialog (and the focus is back on the button): the host unmounts it.
      onClose: close,
    });
    const parcel = mountRootParcel(loadParcel, props());
    // single-spa refuses an update while the parcel mounts or updates: one after another, each
    // with the props of its moment; a dialog closed meanwhile takes none.
    let updates: Promise<unknown> = parcel.mountPromise;
    current = {
      unmount: () => parcel.unmount(),
      update: () => {
        updates = updates
          .catch(() => undefined)
          .then(() => (current?.token === token ? parcel.update?.(props()) : undefined));
        return updates;
      },
      token,
    };
    parcel.mountPromise.catch((error: unknown) => {
      if (current?.token === token) current = null;
      reportError(error);
    });
  };

  const update = () => {
    current?.update().catch(reportError);
  };

  return { open, close, update };
}
