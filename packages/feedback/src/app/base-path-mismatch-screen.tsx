import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../shared/i18n';
import { createBrowserLocation } from '../shared/routing/location';
import { developerError } from './developer-messages';
import { useEmitModuleEvent } from './module-events';

export interface BasePathMismatchProps {
  basePath: string;
  /** The page is under `basePath` now (the seller followed the link): show the module. */
  onInside: () => void;
}

/** For a mount outside `basePath`: a way to the module's start, and the reports to the host. */
export function BasePathMismatch({ basePath, onInside }: BasePathMismatchProps) {
  const t = useT();
  const emit = useEmitModuleEvent();
  const [location] = useState(() => createBrowserLocation(basePath));
  const path = useSyncExternalStore(location.subscribe, location.current, location.current);

  useEffect(() => {
    developerError(
      `basePath '${basePath}' does not match the page '${window.location.pathname}': set basePath to the route single-spa activates the module on`,
    );
    emit({ type: 'module-failed', reason: 'base-path-mismatch' });
  }, [basePath, emit]);

  useEffect(() => {
    if (path !== null) onInside();
  }, [path, onInside]);

  return (
    <section className="not-found">
      <h1>{t('module.notFound.elsewhere')}</h1>
      <p className="not-found__links">
        <a
          href={location.href('/')}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
              return;
            // Through the history, as the module's own links: single-spa hears it and reroutes.
            event.preventDefault();
            location.navigate('/');
          }}
        >
          {t('module.notFound.toAsk')}
        </a>
      </p>
    </section>
  );
}
