import { useEffect, useRef } from 'react';

/** The props single-spa itself hands every lifecycle, beside the host's `customProps`. */
const singleSpaPropNames = 'name singleSpa mountParcel unmountSelf domElement domElementGetter'.split(' ');

/** The developers' messages: a chunk loaded only when there is something to tell them. */
export const developerMessages = () => import('./developer-messages');

/**
 * A console warning per prop the module does not know, with the closest known one, once per
 * name for the life of the mount (not again on every update).
 */
export function useUnknownPropWarnings(
  props: Readonly<Record<string, unknown>>,
  known: readonly string[],
): void {
  const warned = useRef(new Set<string>());
  useEffect(() => {
    const unknown = Object.keys(props).filter(
      (name) => !known.includes(name) && !singleSpaPropNames.includes(name) && !warned.current.has(name),
    );
    if (unknown.length === 0) return;
    for (const name of unknown) warned.current.add(name);
    void developerMessages().then(({ warnUnknownProps }) => {
      warnUnknownProps(unknown, known);
    });
  }, [props, known]);
}
