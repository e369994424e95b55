import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../shared/i18n';
import { createBrowserLocation } from '../shared/routing/location';
import { developerError } from './developer-messages';
import { useEmitModuleEvent } from './module-events';

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
  const [location] = useState(() => createBrowserLocation(basePath));
  const path = useSyncExternalStore(location.subscribe, location.current, location.current);
  const [mountedOutside] = useState(() => path === null);
  if (path !== null || !mountedOutside) return children;
  return (
    <BasePathMismatch
      basePath={basePath}
      navigateToStart={() => location.navigate('/')}
      href={location.href('/')}
    />
  );
}

interface BasePathMismatchProps {
  basePath: string;
  href: string;
  navigateToStart: () => void;
}

function BasePathMismatch({ basePath, href, navigateToStart }: BasePathMismatchProps) {
  const t = useT();
  const emit = useEmitModuleEvent();
  useEffect(() => {
    developerError(
      `basePath '${basePath}' does not match the page '${window.location.pathname}': set basePath to the route single-spa activates the module on`,
    );
    emit({ type: 'module-failed', reason: 'base-path-mismatch' });
  }, [basePath, emit]);

  return (
    <section className="not-found">
      <h1>{t('module.basePathMismatch.title')}</h1>
      <p className="not-found__links">
        <a
          href={href}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
              return;
            // Through the history, as the module's own links: single-spa hears it and reroutes.
            event.preventDefault();
            navigateToStart();
          }}
        >
          {t('module.basePathMismatch.toStart')}
        </a>
      </p>
    </section>
  );
}
