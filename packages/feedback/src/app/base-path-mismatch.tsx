import { lazy, Suspense, useState, type ReactNode } from 'react';
import { modulePathOf } from '../shared/routing/location';

// Only a host that got its basePath wrong downloads the screen that says so.
const BasePathMismatch = lazy(() =>
  import('./base-path-mismatch-screen').then(({ BasePathMismatch }) => ({ default: BasePathMismatch })),
);

export interface BasePathGuardProps {
  basePath: string;
  children: ReactNode;
}

/**
 * The application where single-spa mounted it: its screens when the page is under `basePath`.
 * Mounted outside it, the host's activity rule and its `basePath` disagree, which would render a
 * blank module: the seller gets a way to the module's start instead, the developers a console
 * error naming both, the host `module-failed`. Leaving `basePath` after a sound mount is the host
 * navigating away, and single-spa unmounts the module shortly: nothing to report then.
 */
export function BasePathGuard({ basePath, children }: BasePathGuardProps) {
  const [outside, setOutside] = useState(() => modulePathOf(basePath, window.location.pathname) === null);
  if (!outside) return children;
  return (
    <Suspense fallback={null}>
      <BasePathMismatch basePath={basePath} onInside={() => setOutside(false)} />
    </Suspense>
  );
}
