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
 */
export interface ModuleFailedEvent {
  type: 'module-failed';
  reason: 'invalid-props' | 'crashed';
  /** For `invalid-props`: the names of the offending props. */
  props?: string[];
}

/** Everything the module tells its host. More event types arrive with later features. */
export type ModuleEvent = ModuleFailedEvent;

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
