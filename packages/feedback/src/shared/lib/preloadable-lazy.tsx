import { lazy, useEffect, useState, type ComponentType } from 'react';

export interface PreloadableLazy<Props extends object> {
  /** Renders the component: at once when its code is here, else through `React.lazy` (suspends). */
  Component: ComponentType<Props>;
  /** Starts loading the code (once); resolves when it is here. */
  preload: () => Promise<ComponentType<Props>>;
  /** Whether the code is here already. */
  isLoaded: () => boolean;
}

/**
 * A lazily loaded component that can be asked for before it renders. `React.lazy` suspends on its
 * first render even when the code arrived already, and a fallback shown and replaced costs the
 * seller React's reveal throttle (up to 300 ms) on top; loaded beforehand, this one renders at
 * once. Each rendered instance keeps the way it started (directly or through lazy), so a
 * component never remounts because its code arrived while it was on screen.
 */
export function preloadableLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableLazy<Props> {
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed load (the network) is asked for again by the next render.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: Props) {
    const [Direct] = useState(() => loaded);
    return Direct === undefined ? <Lazy {...props} /> : <Direct {...props} />;
  }
  return { Component, preload, isLoaded: () => loaded !== undefined };
}

/**
 * Whether `component`'s code is here (or failed to come), loading it once `start` is true: for a
 * parent that shows its own loading line until then instead of a Suspense fallback. React holds
 * the content that replaces a shown fallback for up to 300 ms (its reveal throttle); the render
 * that follows this hook's answer is an ordinary update, committed as soon as it is ready. After
 * a failure the component renders anyway, so its load is asked for again and the failure reaches
 * the error boundary above it.
 */
export function usePreloaded<Props extends object>(
  component: PreloadableLazy<Props>,
  start: boolean,
): boolean {
  const [here, setHere] = useState(component.isLoaded);
  useEffect(() => {
    if (!start || here) return undefined;
    let live = true;
    const settle = () => {
      if (live) setHere(true);
    };
    component.preload().then(settle, settle);
    return () => {
      live = false;
    };
  }, [component, start, here]);
  return here;
}
