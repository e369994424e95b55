import { useLayoutEffect, useRef, type RefObject } from 'react';

/** A ref that always holds the latest `value`: for callbacks that must read it when they run, not when made. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
