import { lazy, Suspense, useEffect, useMemo } from 'react';
import { failSafeProps, parseHostProps } from './host-props';
import { hostPropExpected, InvalidPropsScreen } from './invalid-props-screen';
import { CrashScreen } from './crash-screen';
import { ModuleCrashGuard } from './module-error-boundary';
import { ModuleEventsProvider, useEmitModuleEvent } from './module-events';
import { ModuleFrame } from './module-frame';
import { PageLoading } from './page-loading';

// The data layer and the screens arrive after the frame: the host's first download stays small.
const FeedbackApp = lazy(() =>
  import('./feedback-app').then(({ FeedbackApp }) => ({ default: FeedbackApp })),
);

/** Whatever the host passed: validated here, not trusted by type. */
export type RawHostProps = Readonly<Record<string, unknown>>;

/**
 * The module's root. Every mount and every update re-parses the host's props; language and
 * theme come from them even when other props are wrong, so the error the host sees is in
 * the seller's language.
 */
export function FeedbackRoot(props: RawHostProps) {
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  const parsed = useMemo(() => parseHostProps(props), [props]);

  return (
    <ModuleFrame locale={locale} theme={theme} nonce={nonce}>
      <ModuleEventsProvider onEvent={onEvent}>
        {parsed.ok ? (
          <ModuleCrashGuard>
            {/* Another API is another server, another base path other routes: start afresh. */}
            <Suspense fallback={<PageLoading />}>
              <FeedbackApp key={`${parsed.props.apiBaseUrl} ${parsed.props.basePath}`} {...parsed.props} />
            </Suspense>
          </ModuleCrashGuard>
        ) : (
          <InvalidPropsScreen problems={parsed.problems} expectedOf={hostPropExpected} />
        )}
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}

/**
 * Last resort for single-spa-react's own boundary, reached only if the frame itself fails.
 * It has no restart: single-spa-react's boundary cannot be reset from inside.
 */
export function FeedbackRootFallback(props: RawHostProps) {
  const { locale, theme, nonce, onEvent } = failSafeProps(props);
  return (
    <ModuleFrame locale={locale} theme={theme} nonce={nonce}>
      <ModuleEventsProvider onEvent={onEvent}>
        <CrashReport />
        <CrashScreen />
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}

function CrashReport() {
  const emit = useEmitModuleEvent();
  useEffect(() => emit({ type: 'module-failed', reason: 'crashed' }), [emit]);
  return null;
}
