/**
 * Events the module reports to its host. Every event reaches the host twice, on purpose:
 * through the `onEvent` prop, and as a DOM `CustomEvent` named {@link moduleEventName} that
 * bubbles (and crosses shadow roots) from the module's host element, so a page that did not
 * mount the module, or mounted it as a parcel, can still listen on `document`.
 *
 * Payloads never carry personal data: ids, counts and reasons only.
 *
 * @packageDocumentation
 */

/** The name of the DOM event that carries a {@link ModuleEvent} in its `detail`. */
export const moduleEventName = 'seller-support:event';

/**
 * The module could not render its content.
 *
 * - `invalid-props`: the host passed props that failed validation; `props` names them
 *   (names only, never values).
 * - `crashed`: an unexpected error escaped a screen; the module shows a restart action.
 * - `base-path-mismatch`: the application was mounted on a page outside its `basePath` (single-spa
 *   activates it on another route than the one passed); the seller gets a link to the module's start.
 */
export interface ModuleFailedEvent {
  type: 'module-failed';
  reason: 'invalid-props' | 'crashed' | 'base-path-mismatch';
  /** For `invalid-props`: the names of the offending props. */
  props?: string[];
}

/** The seller sent a request (from the page or the parcel) and the server confirmed it. */
export interface RequestCreatedEvent {
  type: 'request-created';
  ticketId: string;
  /** The number the seller sees ("№ 123"). */
  number: string;
}

/**
 * How many of the seller's requests have something unread, whenever that number changes
 * (first told once the module knows it), so the cabinet's navigation can show a badge.
 */
export interface UnreadCountChangedEvent {
  type: 'unread-count-changed';
  count: number;
}

/**
 * The API refused the token twice in a row (a fresh one from `getAccessToken` did not help).
 * The module keeps what the seller wrote; the host should sign the seller in again.
 */
export interface SessionExpiredEvent {
  type: 'session-expired';
}

/**
 * The module changed its screen. `path` is the module path without its query (`/requests/T-000123`),
 * `url` the address under the host's `basePath` (`/support/requests/T-000123`); the query is left out
 * because it may carry what the seller searched for.
 */
export interface NavigatedEvent {
  type: 'navigated';
  path: string;
  url: string;
}

/** Everything the module tells its host. */
export type ModuleEvent =
  ModuleFailedEvent | RequestCreatedEvent | UnreadCountChangedEvent | SessionExpiredEvent | NavigatedEvent;

/** Where an event goes: the host's callback and the element the DOM event starts from. */
export interface ModuleEventTarget {
  onEvent: ((event: ModuleEvent) => void) | undefined;
  element: HTMLElement | null;
}

/**
 * Delivers an event to the host. A throwing `onEvent` is the host's bug: it must neither take
 * the module down nor stop the DOM event, so it is reported as an uncaught error instead.
 */
export function emitModuleEvent({ onEvent, element }: ModuleEventTarget, event: ModuleEvent): void {
  try {
    onEvent?.(event);
  } catch (error) {
    reportError(error);
  }
  element?.dispatchEvent(
    new CustomEvent<ModuleEvent>(moduleEventName, { detail: event, bubbles: true, composed: true }),
  );
}
