import { useEffect, useState } from 'react';
import type { Locale, Messages } from '../shared/i18n';
import { backoffDelay } from '../shared/lib/backoff';

/**
 * One language at a time: each is a chunk of its own, asked for as the module mounts (beside the
 * screens' chunks, not after them) and kept for the page's life. A seller downloads the language
 * they read; switching language loads the other while the screen stays in the old one.
 */
const importers: Readonly<Record<Locale, () => Promise<Messages>>> = {
  ru: () => import('./catalog-ru').then(({ ru }) => ru),
  en: () => import('./catalog-en').then(({ en }) => en),
};

const loaded = new Map<Locale, Messages>();
const loading = new Map<Locale, Promise<Messages>>();

/** The language's messages if they are here already. */
export function loadedCatalog(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** Loads a language once; a failed load is forgotten, so the next call asks again. */
export function loadCatalog(locale: Locale): Promise<Messages> {
  const pending = loading.get(locale);
  if (pending !== undefined) return pending;
  const request = importers[locale]().then(
    (messages) => {
      loaded.set(locale, messages);
      return messages;
    },
    (error: unknown) => {
      loading.delete(locale);
      throw error;
    },
  );
  loading.set(locale, request);
  return request;
}

/** How soon a language that did not arrive is asked for again. */
const retryBaseMs = 1_000;
const retryMaxMs = 30_000;

export interface ShownCatalog {
  locale: Locale;
  messages: Messages;
}

/**
 * The language to show: the one asked for once it is here, the one shown before until then, and
 * nothing before the first arrives (the frame shows no words it cannot translate). A language
 * that fails to arrive (the network) is asked for again, waiting longer each time.
 */
export function useCatalog(locale: Locale, preset: Messages | undefined): ShownCatalog | null {
  const ready = preset ?? loadedCatalog(locale);
  const [shown, setShown] = useState<ShownCatalog | null>(() =>
    ready === undefined ? null : { locale, messages: ready },
  );
  // What is on screen now is what stays there while the next language loads (React's pattern
  // for keeping something from an earlier render: set during render, rendered again at once).
  if (ready !== undefined && (shown?.locale !== locale || shown.messages !== ready)) {
    setShown({ locale, messages: ready });
  }
  const missing = ready === undefined;

  useEffect(() => {
    if (!missing) return;
    let live = true;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      loadCatalog(locale).then(
        (messages) => {
          if (live) setShown({ locale, messages });
        },
        () => {
          failures += 1;
          if (live) timer = setTimeout(attempt, backoffDelay(retryBaseMs, failures, retryMaxMs));
        },
      );
    };
    attempt();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [locale, missing]);

  if (ready !== undefined) return { locale, messages: ready };
  return shown;
}
