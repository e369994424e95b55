import { isKnownTopic } from '@seller-support/contract';
import { Suspense, useEffect, useRef } from 'react';
import { useHref, useModulePath, useRoute } from '../shared/routing/router';
import type { HostProps } from './host-props';
import { useEmitModuleEvent } from './module-events';
import { ModuleNav } from './module-nav';
import { NotFoundScreen } from './not-found-screen';
import { PageLoading } from './page-loading';
import { RequestScreen, RequestsScreen, SupportPage } from './screens';

export interface ModuleRoutesProps {
  /** The host's props, parsed: each screen takes what it needs. */
  host: HostProps;
}

/** The screen for the current module path, under the module's navigation. */
export function ModuleRoutes({ host }: ModuleRoutesProps) {
  const { profileUrl, initialTopic, initialOrderIds, hiddenTopics } = host;
  const route = useRoute();
  useReportNavigation();
  // single-spa unmounts the module outside its base path; until it does, show nothing.
  if (route === null) return null;

  const screen = (() => {
    switch (route.name) {
      case 'ask': {
        // A link may open the form on a topic and an order (the parcel's "full form"); else the host's.
        const topic = route.params.get('topic');
        const order = route.params.get('order');
        return (
          <SupportPage
            profileUrl={profileUrl}
            initialTopic={topic !== null && isKnownTopic(topic) ? topic : initialTopic}
            initialOrderIds={order !== null && order !== '' ? [order] : initialOrderIds}
            hiddenTopics={hiddenTopics}
          />
        );
      }
      case 'requests':
        return <RequestsScreen params={route.params} />;
      case 'request':
        // A key per request: moving from one request to another starts its page afresh.
        return <RequestScreen key={route.id} id={route.id} />;
      case 'not-found':
        return <NotFoundScreen />;
    }
  })();

  return (
    <>
      <ModuleNav route={route} />
      <Suspense fallback={<PageLoading />}>{screen}</Suspense>
    </>
  );
}

/** Tells the host about every change of screen after the first (not about query changes). */
function useReportNavigation() {
  const path = useModulePath();
  const pathname = path?.split('?')[0] ?? null;
  const url = useHref(pathname ?? '/');
  const emit = useEmitModuleEvent();
  const reported = useRef(pathname);
  useEffect(() => {
    if (pathname === null || pathname === reported.current) return;
    reported.current = pathname;
    emit({ type: 'navigated', path: pathname, url });
  }, [emit, pathname, url]);
}
