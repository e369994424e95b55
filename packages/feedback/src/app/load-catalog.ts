import { createContext, use, useEffect, useState } from 'react';
import type { Locale, MessagePart, Messages } from '../shared/i18n';
import { backoffDelay } from '../shared/lib/backoff';
import { framePacks, type MessagePack } from './message-packs';

/**
 * A language arrives in packs, each a chunk of its own per language: the frame's words, and the
 * words of each screen, asked for beside the screen's code (lazy-screen.tsx). A seller downloads
 * the language they read and the screens they open; switching language loads the other language's
 * packs of what is on screen while the screen stays in the old one.
 */
const importers = {
  frame: {
    ru: () => import('./messages/frame.ru').then(({ frameRu }) => frameRu),
    en: () => import('./messages/frame.en').then(({ frameEn }) => frameEn),
  },
  form: {
    ru: () => import('./messages/form.ru').then(({ formRu }) => formRu),
    en: () => import('./messages/form.en').then(({ formEn }) => formEn),
  },
  snapshot: {
    // The shared card's catalogs (@seller-support/ui), a chunk per language as the module's own.
    ru: () =>
      import('@seller-support/ui/messages/snapshot').then(({ snapshotRu }) => ({ snapshot: snapshotRu })),
    en: () =>
      import('@seller-support/ui/messages/snapshot.en').then(({ snapshotEn }) => ({ snapshot: snapshotEn })),
  },
  attachments: {
    ru: () =>
      import('../shared/i18n/namespaces/attachments').then(({ attachmentsRu }) => ({
        attachments: attachmentsRu,
      })),
    en: () =>
      import('../shared/i18n/namespaces/attachments.en').then(({ attachmentsEn }) => ({
        attachments: attachmentsEn,
      })),
  },
  channels: {
    ru: () =>
      import('../features/channels/i18n/channels').then(({ channelsRu }) => ({ channels: channelsRu })),
    en: () =>
      import('../features/channels/i18n/channels.en').then(({ channelsEn }) => ({ channels: channelsEn })),
  },
  requestsList: {
    ru: () =>
      import('../features/requests/i18n/requests-list').then(({ requestsListRu }) => ({
        requestsList: requestsListRu,
      })),
    en: () =>
      import('../features/requests/i18n/requests-list.en').then(({ requestsListEn }) => ({
        requestsList: requestsListEn,
      })),
  },
  request: {
    ru: () => import('../features/requests/i18n/request').then(({ requestRu }) => ({ request: requestRu })),
    en: () =>
      import('../features/requests/i18n/request.en').then(({ requestEn }) => ({ request: requestEn })),
  },
  requestActions: {
    ru: () =>
      import('../features/requests/i18n/request-actions').then(({ requestActionsRu }) => ({
        requestActions: requestActionsRu,
      })),
    en: () =>
      import('../features/requests/i18n/request-actions.en').then(({ requestActionsEn }) => ({
        requestActions: requestActionsEn,
      })),
  },
  parcel: {
    ru: () => import('./parcel/i18n/parcel').then(({ parcelRu }) => ({ parcel: parcelRu })),
    en: () => import('./parcel/i18n/parcel.en').then(({ parcelEn }) => ({ parcel: parcelEn })),
  },
} satisfies Readonly<Record<MessagePack, Readonly<Record<Locale, () => Promise<MessagePart>>>>>;

export { framePacks, messagePacks, parcelFramePacks, screenPacks, type MessagePack } from './message-packs';

const loadedPacks = new Map<string, MessagePart>();
const loadingPacks = new Map<string, Promise<MessagePart>>();
/** The packs of the screens mounted now, counted per screen: what a switch of language brings along. */
const packsOnScreen = new Map<MessagePack, number>();
/** Parts handed out, by language and packs: the same array each time, so renders can compare it. */
const shownParts = new Map<string, readonly MessagePart[]>();

const packKey = (locale: Locale, pack: MessagePack) => `${locale}:${pack}`;

/** Loads one pack of a language once; a failed load is forgotten, so the next call asks again. */
function loadPack(locale: Locale, pack: MessagePack): Promise<MessagePart> {
  const key = packKey(locale, pack);
  const pending = loadingPacks.get(key);
  if (pending !== undefined) return pending;
  const request = importers[pack][locale]().then(
    (messages) => {
      loadedPacks.set(key, messages);
      return messages;
    },
    (error: unknown) => {
      loadingPacks.delete(key);
      throw error;
    },
  );
  loadingPacks.set(key, request);
  return request;
}

/** The packs' messages in a language if every one of them is here already (the same array each call). */
export function loadedCatalog(
  locale: Locale,
  packs: readonly MessagePack[] = framePacks,
): readonly MessagePart[] | undefined {
  const key = `${locale}:${packs.join(',')}`;
  const shown = shownParts.get(key);
  if (shown !== undefined) return shown;
  const parts: MessagePart[] = [];
  for (const pack of packs) {
    const part = loadedPacks.get(packKey(locale, pack));
    if (part === undefined) return undefined;
    parts.push(part);
  }
  shownParts.set(key, parts);
  return parts;
}

/** Loads the packs of a language (the frame's unless told) once each, side by side. */
export function loadCatalog(
  locale: Locale,
  packs: readonly MessagePack[] = framePacks,
): Promise<readonly MessagePart[]> {
  return Promise.all(packs.map((pack) => loadPack(locale, pack))).then(
    () => loadedCatalog(locale, packs) ?? [],
  );
}

/** How soon a language that did not arrive is asked for again. */
const retryBaseMs = 1_000;
const retryMaxMs = 30_000;

export interface ShownCatalog {
  locale: Locale;
  /** The frame's messages: the whole language given by a test or story, or the frame's packs. */
  messages: Messages | readonly MessagePart[];
}

/**
 * What the frame shows, for the screens below it: a screen adds its own packs in the same language,
 * unless the frame was given the whole language (then it has every word already).
 */
export interface FrameCatalog {
  locale: Locale;
  parts: readonly MessagePart[];
  complete: boolean;
}

export const FrameCatalogContext = createContext<FrameCatalog | null>(null);

/** The frame's language, for a screen that brings its own packs; null outside a frame (a test of a screen alone). */
export function useFrameCatalog(): FrameCatalog | null {
  return use(FrameCatalogContext);
}

/**
 * The language to show: the one asked for once it is here, the one shown before until then, and
 * nothing before the first arrives (the frame shows no words it cannot translate). "Here" is the
 * frame's packs and, on a switch, every pack asked for in the language shown (the screen's), so
 * that the screen switches with the frame and never falls back to its loading state. A language
 * that fails to arrive (the network) is asked for again, waiting longer each time.
 */
export function useCatalog(
  locale: Locale,
  preset: Messages | undefined,
  packs: readonly MessagePack[] = framePacks,
): ShownCatalog | null {
  const [shown, setShown] = useState<ShownCatalog | null>(() => {
    const ready = preset ?? loadedCatalog(locale, packs);
    return ready === undefined ? null : { locale, messages: ready };
  });
  const switching = shown !== null && shown.locale !== locale;
  const ready =
    preset ??
    (switching && loadedCatalog(locale, withScreenPacks(packs)) === undefined
      ? undefined
      : loadedCatalog(locale, packs));
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
      const screens = switching ? loadCatalog(locale, withScreenPacks(packs)) : Promise.resolve();
      Promise.all([loadCatalog(locale, packs), screens]).then(
        ([messages]) => {
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
  }, [locale, missing, packs, switching]);

  if (ready !== undefined) return { locale, messages: ready };
  return shown;
}

/** The frame's packs and those of the screens on it: what a switch of language waits for. */
function withScreenPacks(packs: readonly MessagePack[]): readonly MessagePack[] {
  return [...new Set([...packs, ...packsOnScreen.keys()])];
}

/**
 * Counts a mounted screen's packs as on screen, so that a switch of language brings them along
 * before the frame switches (lazy-screen.tsx). `packs` is a constant.
 */
export function useScreenPacks(packs: readonly MessagePack[]): void {
  useEffect(() => {
    for (const pack of packs) packsOnScreen.set(pack, (packsOnScreen.get(pack) ?? 0) + 1);
    return () => {
      for (const pack of packs) {
        const count = (packsOnScreen.get(pack) ?? 0) - 1;
        if (count > 0) packsOnScreen.set(pack, count);
        else packsOnScreen.delete(pack);
      }
    };
  }, [packs]);
}
