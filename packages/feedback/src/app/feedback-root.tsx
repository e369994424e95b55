import { Suspense, useEffect, useMemo, useState } from 'react';
import { useProvidedDraftStorage } from '../shared/drafts/provided-draft-storage';
import { preloadableLazy, usePreloaded } from '../shared/lib/preloadable-lazy';
import { useLatest } from '../shared/lib/use-latest';
import { BasePathGuard } from './base-path-mismatch';
import { DataLayerSlot, DataLayerSlotProvider } from './data-layer-slot';
import { failSafeProps, knownHostPropNames, parseHostProps, type HostProps } from './host-props';
import { hostPropExpected, InvalidPropsScreen } from './invalid-props-screen';
import { ModuleCrashGuard } from './module-error-boundary';
import { ModuleEventsProvider, useEmitModuleEvent } from './module-events';
import { ModuleFrame } from './module-frame';
import { PageLoading } from './page-loading';
import { preloadScreenAt } from './screens';
import { useUnknownPropWarnings } from './unknown-props';

// The data layer and the screens arrive after the frame: the host's first download stays small.
// The app comes with the screen it opens on (asked for at mount): arriving without it, it would
// show a loading line, and React holds the screen that replaces a fallback for up to 300 ms.
let firstScreen: Promise<void> = Promise.resolve();
const loadFeedbackApp = () => import('./feedback-app');
const FeedbackApp = preloadableLazy(() =>
  Promise.all([loadFeedbackApp(), firstScreen]).then(([{ FeedbackApp }]) => FeedbackApp),
);

/**
 * Starts the mount's data layer as soon as the app's code is here, while the screen's may still
 * be on its way: the first screen's data does not wait for the screen. Releases it if the module
 * unmounts before the app took it over (the app releases it from then on, too).
 */
function FirstScreenData({ slot, host }: { slot: DataLayerSlot; host: HostProps }) {
  const emit = useEmitModuleEvent();
  const storage = useProvidedDraftStorage();
  const start = useLatest({ host, emit, storage });
  useEffect(() => {
    let live = true;
    let release: (() => void) | undefined;
    loadFeedbackApp().then(
      ({ startFeedbackAppData }) => {
        if (!live) return;
        const { host: props, emit: latestEmit, storage: latestStorage } = start.current;
        release = startFeedbackAppData(slot, props, latestEmit, latestStorage);
      },
      // The app's own load reports the failure when it renders.
      () => undefined,
    );
    return () => {
      live = false;
      release?.();
    };
  }, [slot, start]);
  return null;
}

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
  useUnknownPropWarnings(props, knownHostPropNames);
  // Asked for beside the language (the frame waits for it), not after it: the data layer and the
  // screen of the address, so neither suspends when the language is here (a failure shows then).
  const basePath = parsed.ok ? parsed.props.basePath : null;
  useEffect(() => {
    if (basePath === null) return;
    firstScreen = preloadScreenAt(basePath, locale);
    FeedbackApp.preload().catch(() => undefined);
  }, [basePath, locale]);
  // After the effect above (effects run in order): the app's load waits for the screen's.
  const appHere = usePreloaded(FeedbackApp, basePath !== null);

  // Another API is another server, another base path other routes: a new slot, so a new data layer.
  const slotKey = parsed.ok ? `${parsed.props.apiBaseUrl} ${parsed.props.basePath}` : null;
  const [slotOf, setSlotOf] = useState(() => ({ key: slotKey, slot: new DataLayerSlot() }));
  if (slotOf.key !== slotKey) setSlotOf({ key: slotKey, slot: new DataLayerSlot() });
  const { slot } = slotOf;

  return (
    <ModuleFrame
      locale={locale}
      theme={theme}
      nonce={nonce}
      // The first screen's data does not wait for the language either.
      beforeLanguage={
        parsed.ok && (
          <ModuleEventsProvider onEvent={onEvent}>
            <FirstScreenData key={slotKey} slot={slot} host={parsed.props} />
          </ModuleEventsProvider>
        )
      }
    >
      <ModuleEventsProvider onEvent={onEvent}>
        {parsed.ok ? (
          <ModuleCrashGuard>
            {/* Another API is another server, another base path other routes: start afresh. */}
            <DataLayerSlotProvider key={slotKey} slot={slot}>
              <BasePathGuard basePath={parsed.props.basePath}>
                {/* A loading line of its own, not the fallback: see usePreloaded. */}
                {appHere ? (
                  <Suspense fallback={<PageLoading />}>
                    <FeedbackApp.Component {...parsed.props} />
                  </Suspense>
                ) : (
                  <PageLoading />
                )}
              </BasePathGuard>
            </DataLayerSlotProvider>
          </ModuleCrashGuard>
        ) : (
          <InvalidPropsScreen problems={parsed.problems} expectedOf={hostPropExpected} />
        )}
      </ModuleEventsProvider>
    </ModuleFrame>
  );
}
