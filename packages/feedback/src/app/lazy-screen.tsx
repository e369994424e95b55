import { use, useMemo, type ComponentType } from 'react';
import { I18nProvider, type Locale, type MessagePart } from '../shared/i18n';
import { ScreenStyles, type Stylesheet } from '../shared/ui/stylesheet';
import {
  loadCatalog,
  loadedCatalog,
  useFrameCatalog,
  useScreenPacks,
  type MessagePack,
} from './load-catalog';

const noParts: readonly MessagePart[] = [];
const noPacks: readonly MessagePack[] = [];

/** A screen loaded when first shown, which can be asked for before that. */
export type LazyScreen<P> = ComponentType<P> & {
  /**
   * Starts loading the screen's code and, given a language, its words in it (each once); resolves
   * when they are here. A screen rendered after that renders at once, without suspending.
   */
  preload: (locale?: Locale) => Promise<void>;
};

/** What a screen's chunk holds: the screen, and the styles it renders with. */
export interface ScreenModule<P> {
  Screen: ComponentType<P>;
  styles: Stylesheet;
}

/**
 * A screen that arrives when first shown, like `React.lazy`, with what it needs beside its code:
 * its words (message packs, in the frame's language) and its styles. Code and words are asked for
 * together, so neither waits for the other, and the screen renders once both are here, with its
 * `<style>` in the same commit as its content: never unstyled, never a raw key. Inside a frame given
 * the whole language (tests, stories) it loads no packs. A failed load is forgotten, so the crash
 * screen's restart asks again.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ScreenModule<P>>,
  packs: readonly MessagePack[],
): LazyScreen<P> {
  let loaded: ScreenModule<P> | undefined;
  let loading: Promise<ScreenModule<P>> | undefined;
  const loadCode = () => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // One promise per language (and one for the code alone), kept once it settles well. A render
  // that finds everything here already asks for no promise, so it never suspends (a switch of
  // language, whose frame loaded the screen's packs first); a render that suspended on one reads
  // the same promise again when it is retried, as React requires, and React has it settled then.
  const arriving = new Map<string, Promise<unknown>>();
  const arrive = (key: string, locale: Locale, words: boolean): Promise<unknown> => {
    const pending = arriving.get(key);
    if (pending !== undefined) return pending;
    const both = Promise.all([loadCode(), words ? loadCatalog(locale, packs) : undefined]);
    both.catch(() => arriving.delete(key));
    arriving.set(key, both);
    return both;
  };

  function LazyScreen(props: P) {
    const frame = useFrameCatalog();
    const words = frame !== null && !frame.complete;
    const locale = frame?.locale ?? 'ru';
    const key = words ? locale : '';
    const own = words ? loadedCatalog(locale, packs) : noParts;
    if (loaded === undefined || own === undefined || arriving.has(key)) use(arrive(key, locale, words));
    useScreenPacks(words ? packs : noPacks);
    // The same array for the same language (load-catalog.ts), so the memo holds between renders.
    const ownParts = own ?? loadedCatalog(locale, packs) ?? noParts;
    const frameParts = frame?.parts ?? noParts;
    const messages = useMemo<readonly MessagePart[]>(
      () => [...frameParts, ...ownParts],
      [frameParts, ownParts],
    );
    if (loaded === undefined) return null;
    const { Screen, styles } = loaded;
    const screen = (
      <>
        <ScreenStyles sheet={styles} />
        <Screen {...props} />
      </>
    );
    return words ? (
      <I18nProvider locale={locale} messages={messages}>
        {screen}
      </I18nProvider>
    ) : (
      screen
    );
  }
  const preload = (locale?: Locale): Promise<void> =>
    Promise.all([loadCode(), locale === undefined ? undefined : loadCatalog(locale, packs)]).then(
      () => undefined,
    );
  return Object.assign(LazyScreen, { preload });
}
