import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest value, for callbacks that outlive a render (a token
 * getter called before every request, a host callback called from a cache). Reading it
 * during render is a bug: read it inside the callback.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
